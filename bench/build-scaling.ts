// Build scaling: astro build (with the Pagefind and precompression integrations) over synthetic
// corpora of growing size, each into its own bench/work/dist-<n>.
import { generateCorpus } from "./generate-corpus.ts";
import { buildLock, du, fixed, int, mib, root, table, track, workDir } from "./util.ts";

export interface BuildResult {
  guides: number;
  ok: boolean;
  error?: string;
  /** Wall clock of `astro build` (build, Pagefind index, precompression), lock wait excluded. */
  seconds: number;
  lockWaitSeconds: number;
  /** 1-minute load average when the build started: other work on the machine shows here. */
  load: number;
  pages: number;
  /** What Pagefind itself reported ("indexed N pages in M ms"). */
  indexedPages?: number;
  indexMs?: number;
  /** Pagefind's own files, without the .br/.gz siblings the precompress step adds. */
  /** Phases read from Astro's log: bundling, rendering, Pagefind, precompression (seconds). */
  phases: Record<string, number | undefined>;
  index: { bytes: number; files: number };
  indexWithSiblings: { bytes: number; files: number };
  log: string;
}

/** Colour codes, in case a tool ignores NO_COLOR. */
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** "5m 7s", "2.40s", "216ms" -> seconds. */
function duration(text: string | undefined): number | undefined {
  if (!text) return undefined;
  let seconds = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)(ms|m|s)/g)) {
    seconds += Number(value) * (unit === "ms" ? 0.001 : unit === "m" ? 60 : 1);
  }
  return seconds;
}

/** Seconds between the first lines matching `from` and `to`, from their HH:MM:SS stamps. */
function between(text: string, from: RegExp, to: RegExp): number | undefined {
  const stamp = (re: RegExp) => {
    const line = text.split("\n").find((l) => re.test(l));
    const hms = line?.match(/^(\d\d):(\d\d):(\d\d)/);
    return hms ? Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]) : undefined;
  };
  const [a, b] = [stamp(from), stamp(to)];
  return a === undefined || b === undefined ? undefined : (b - a + 86400) % 86400;
}

function phases(text: string): Record<string, number | undefined> {
  return {
    bundle: duration(text.match(/\[vite\] ✓ built in (.+)/)?.[1]),
    render: duration(text.match(/generating static routes[\s\S]*?✓ Completed in (.+?)\.?$/m)?.[1]),
    // Precompression runs right after Pagefind writes its index.
    precompress: between(text, /indexed \d+ pages/, /precompressed \d+ files/),
  };
}

export const distFor = (guides: number) => `${workDir}/dist-${guides}`;

/** Builds one corpus under the shared build lock, streaming Astro's progress lines. */
async function buildOnce(guides: number, label: string): Promise<BuildResult> {
  const corpus = `${root}/bench/corpus/guides-${guides}`;
  const outDir = distFor(guides);
  const log = `${workDir}/build-${guides}.log`;
  await generateCorpus(corpus, guides);
  await Deno.remove(outDir, { recursive: true }).catch(() => {});

  // The shell takes the lock on an inherited descriptor, then becomes the build itself, so the
  // process we track (and end on Ctrl-C) is the build, and the lock goes when it exits.
  // `--force` clears Astro's content-layer cache so every size is measured cold, run after run.
  const script = `exec 9>>${buildLock} && flock 9 && echo BENCH-LOCKED && ` +
    `exec "${Deno.execPath()}" run -A npm:astro build --force --outDir "${outDir}"`;
  const requested = performance.now();
  let locked = requested;
  let load = Deno.loadavg()[0];
  const child = track(new Deno.Command("sh", {
    args: ["-c", script],
    cwd: root,
    env: { HELP_CONTENT_DIR: corpus, NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).spawn());
  const lines: string[] = [];
  const collect = async (stream: ReadableStream<Uint8Array>) => {
    let rest = "";
    for await (
      const chunk of stream.pipeThrough(
        new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>,
      )
    ) {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line === "BENCH-LOCKED") {
          locked = performance.now();
          load = Deno.loadavg()[0];
          console.log(`${label} lock acquired, building…`);
        } else if (
          /Completed in|Building|Generating|Rearranging|indexed \d+ pages|precompressed|built in|error/i
            .test(line)
        ) {
          console.log(`${label}   ${line.replace(ansi, "").trim()}`);
        }
      }
    }
    if (rest) lines.push(rest);
  };
  const [status] = await Promise.all([child.status, collect(child.stdout), collect(child.stderr)]);
  const finished = performance.now();
  const text = lines.join("\n").replace(ansi, "");
  await Deno.writeTextFile(log, text);

  const indexed = text.match(/indexed (\d+) pages in (\d+) ms/);
  const empty = { bytes: 0, files: 0 };
  const pagefindDir = `${outDir}/pagefind`;
  const exists = await Deno.stat(pagefindDir).then(() => true, () => false);
  const result: BuildResult = {
    guides,
    ok: status.success,
    seconds: (finished - locked) / 1000,
    lockWaitSeconds: (locked - requested) / 1000,
    load,
    pages: exists ? (await du(outDir, (name) => name.endsWith(".html"))).files : 0,
    indexedPages: indexed ? Number(indexed[1]) : undefined,
    indexMs: indexed ? Number(indexed[2]) : undefined,
    phases: phases(text),
    index: exists ? await du(pagefindDir, (name) => !/\.(br|gz)$/.test(name)) : empty,
    indexWithSiblings: exists ? await du(pagefindDir) : empty,
    log,
  };
  if (!status.success) {
    result.error = `astro build exited with code ${status.code}; last lines:\n` +
      text.split("\n").slice(-15).join("\n");
  }
  return result;
}

export async function buildScaling(sizes: number[]): Promise<BuildResult[]> {
  const results: BuildResult[] = [];
  for (const [i, guides] of sizes.entries()) {
    const label = `[build ${i + 1}/${sizes.length}]`;
    console.log(`${label} ${int(guides)} guides…`);
    const result = await buildOnce(guides, label);
    console.log(
      result.ok
        ? `${label} ${int(guides)} guides: ${fixed(result.seconds)} s, ${int(result.pages)} pages`
        : `${label} ${int(guides)} guides FAILED: ${result.error}`,
    );
    results.push(result);
  }
  return results;
}

export function buildReport(results: BuildResult[]): string {
  const rows = results.map((r) => [
    int(r.guides),
    r.ok ? "ok" : "FAILED",
    fixed(r.seconds),
    int(r.pages),
    r.pages ? fixed((r.seconds * 1000) / r.pages) : "-",
    ...["bundle", "render"].map((p) => r.phases[p] === undefined ? "-" : fixed(r.phases[p]!)),
    r.indexMs !== undefined ? `${fixed(r.indexMs / 1000)} (${int(r.indexedPages!)} pages)` : "-",
    r.phases.precompress === undefined ? "-" : fixed(r.phases.precompress),
    `${mib(r.index.bytes)} (${int(r.index.bytes)} B)`,
    int(r.index.files),
    mib(r.indexWithSiblings.bytes),
    fixed(r.lockWaitSeconds),
    fixed(r.load),
  ]);
  const marginal = results.filter((r) => r.ok && r.pages).slice(-2);
  const notes: string[] = [];
  if (marginal.length === 2) {
    const [a, b] = marginal;
    const ms = ((b.seconds - a.seconds) * 1000) / (b.pages - a.pages);
    notes.push(
      `Marginal cost between ${int(a.guides)} and ${int(b.guides)} guides: ${
        fixed(ms)
      } ms per extra page (fixed start-up cost excluded).`,
    );
  }
  for (const r of results.filter((r) => r.ok && r.seconds > 180)) {
    const named = Object.entries({ ...r.phases, pagefind: (r.indexMs ?? 0) / 1000 })
      .filter(([, s]) => s !== undefined)
      .sort((a, b) => b[1]! - a[1]!)
      .map(([name, s]) => `${name} ${fixed(s!)} s`)
      .join(", ");
    notes.push(
      `${int(r.guides)} guides took ${fixed(r.seconds / 60)} min, more than the "few minutes" ` +
        `target on this machine. Largest phases: ${named}.`,
    );
  }
  for (const r of results.filter((r) => !r.ok)) {
    notes.push(`${int(r.guides)} guides failed:\n\n\`\`\`\n${r.error}\n\`\`\``);
  }
  return [
    table([
      "guides",
      "build",
      "wall clock (s)",
      "HTML pages built",
      "ms/page",
      "vite bundle (s)",
      "render pages (s)",
      "Pagefind index (s)",
      "precompress (s)",
      "Pagefind index (without .br/.gz)",
      "index files",
      "index incl. .br/.gz",
      "lock wait (s)",
      "load avg at start",
    ], rows),
    ...notes,
  ].join("\n\n");
}
