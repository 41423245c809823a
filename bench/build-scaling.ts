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
  /** 1-minute load average when the build ended. */
  loadAtEnd: number;
  /** CPU seconds (user + system, all threads and waited-for children) of the whole build. */
  cpuSeconds: number;
  /** What Pagefind itself reported ("indexed N pages in M ms"). */
  indexedPages?: number;
  indexMs?: number;
  /** Wall and CPU seconds per phase, between the log lines that mark them (see `phaseMarks`). */
  phases: Partial<Record<Phase, { seconds: number; cpuSeconds: number }>>;
  /** Pagefind's own files, without the .br/.gz siblings the precompress step adds. */
  index: { bytes: number; files: number };
  indexWithSiblings: { bytes: number; files: number };
  log: string;
}

/** Colour codes, in case a tool ignores NO_COLOR. */
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/**
 * The log lines that end each phase, in the order they appear; each is looked for only after the
 * one before it has been seen. A phase runs from the previous mark (or the lock) to its own.
 */
const phaseMarks = [
  ["setup", /Building static entrypoints/], // config, content sync, types
  ["bundle", /generating static routes/], // Vite (Rolldown): server and client bundles
  ["render", /✓ Completed in/], // every page rendered to HTML
  ["finish", /\[build\] ✓ Completed in/], // Astro's clean-up of the server bundle
  ["pagefind", /indexed \d+ pages/], // sitemap, then the Pagefind index
  ["precompress", /precompressed \d+ files/],
] as const;
export type Phase = typeof phaseMarks[number][0];

/** USER_HZ: /proc counts CPU time in these ticks (100 on Linux almost everywhere). */
const clockTicks = 100;

/** A process's parent and the CPU seconds its threads have used, from /proc/<pid>/stat. */
function procStat(pid: string): { parent: number; cpu: number } | undefined {
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    // Fields after the command name (which may hold spaces) start at field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return {
      parent: Number(fields[1]),
      cpu: (Number(fields[11]) + Number(fields[12])) / clockTicks,
    };
  } catch {
    return undefined; // gone
  }
}

/**
 * CPU seconds used by a process and every process under it (Pagefind runs its own binary), each
 * remembered at its last sighting: call it often, since a finished child leaves /proc.
 */
function cpuTracker(root: number): () => number {
  const seen = new Map<number, number>();
  return () => {
    const tree = new Set([root]);
    const stats = [...Deno.readDirSync("/proc")]
      .filter((entry) => /^\d+$/.test(entry.name))
      .map((entry) => [Number(entry.name), procStat(entry.name)] as const)
      .filter(([, stat]) => stat !== undefined)
      .sort(([a], [b]) => a - b); // parents (usually) before their children
    for (const [pid, stat] of stats) {
      if (pid === root || tree.has(stat!.parent)) {
        tree.add(pid);
        seen.set(pid, stat!.cpu);
      }
    }
    return [...seen.values()].reduce((sum, cpu) => sum + cpu, 0);
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
  // Wall clock (ms) and CPU seconds at the lock and at each phase mark, as its line arrives.
  const marks: { wall: number; cpu: number }[] = [];
  const cpuOfBuild = cpuTracker(child.pid);
  const mark = () => marks.push({ wall: performance.now(), cpu: cpuOfBuild() });
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
          mark();
          console.log(`${label} lock acquired, building…`);
        } else if (
          marks.length && marks.length <= phaseMarks.length &&
          phaseMarks[marks.length - 1][1].test(line)
        ) {
          mark();
          console.log(`${label}   ${line.replace(ansi, "").trim()}`);
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
  // Sample until the build exits: its children's time is only seen while they run.
  let lastCpu = 0;
  const poll = setInterval(() => lastCpu = cpuOfBuild(), 200);
  const [status] = await Promise.all([child.status, collect(child.stdout), collect(child.stderr)]);
  clearInterval(poll);
  const finished = performance.now();
  const loadAtEnd = Deno.loadavg()[0];
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
    loadAtEnd,
    cpuSeconds: lastCpu,
    pages: exists ? (await du(outDir, (name) => name.endsWith(".html"))).files : 0,
    indexedPages: indexed ? Number(indexed[1]) : undefined,
    indexMs: indexed ? Number(indexed[2]) : undefined,
    phases: Object.fromEntries(
      marks.slice(1).map((m, i) => [phaseMarks[i][0], {
        seconds: (m.wall - marks[i].wall) / 1000,
        cpuSeconds: m.cpu - marks[i].cpu,
      }]),
    ),
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
        ? `${label} ${int(guides)} guides: ${fixed(result.seconds)} s wall, ` +
          `${fixed(result.cpuSeconds)} s CPU, ${int(result.pages)} pages, load ` +
          `${fixed(result.load)} → ${fixed(result.loadAtEnd)}`
        : `${label} ${int(guides)} guides FAILED: ${result.error}`,
    );
    results.push(result);
  }
  return results;
}

/** "12.3 (20.1)": wall seconds, then CPU seconds in brackets. */
function wallCpu(phase: { seconds: number; cpuSeconds: number } | undefined): string {
  return phase ? `${fixed(phase.seconds)} (${fixed(phase.cpuSeconds)})` : "-";
}

export function buildReport(results: BuildResult[]): string {
  const totals = results.map((r) => [
    int(r.guides),
    r.ok ? "ok" : "FAILED",
    int(r.pages),
    fixed(r.seconds),
    r.pages ? fixed((r.seconds * 1000) / r.pages) : "-",
    fixed(r.cpuSeconds),
    r.pages ? fixed((r.cpuSeconds * 1000) / r.pages) : "-",
    `${fixed(r.load)} → ${fixed(r.loadAtEnd)}`,
    fixed(r.lockWaitSeconds),
  ]);
  const phases = results.map((r) => [
    int(r.guides),
    ...phaseMarks.map(([name]) => wallCpu(r.phases[name])),
    r.indexMs !== undefined ? `${fixed(r.indexMs / 1000)} (${int(r.indexedPages!)} pages)` : "-",
    `${mib(r.index.bytes)} (${int(r.index.files)} files)`,
    mib(r.indexWithSiblings.bytes),
  ]);
  const notes: string[] = [];
  const ok = results.filter((r) => r.ok && r.pages);
  if (ok.length >= 2) {
    const [a, b] = ok.slice(-2);
    const wall = ((b.seconds - a.seconds) * 1000) / (b.pages - a.pages);
    const cpu = ((b.cpuSeconds - a.cpuSeconds) * 1000) / (b.pages - a.pages);
    notes.push(
      `Marginal cost between ${int(a.guides)} and ${int(b.guides)} guides: ${fixed(wall)} ms ` +
        `wall, ${fixed(cpu)} ms CPU per extra page (fixed start-up cost excluded).`,
    );
  }
  for (const r of results.filter((r) => !r.ok)) {
    notes.push(`${int(r.guides)} guides failed:\n\n\`\`\`\n${r.error}\n\`\`\``);
  }
  return [
    table([
      "guides",
      "build",
      "HTML pages",
      "wall clock (s)",
      "ms/page",
      "CPU (s)",
      "CPU ms/page",
      "load avg start → end",
      "lock wait (s)",
    ], totals),
    "Phases, wall seconds (CPU seconds):",
    table([
      "guides",
      ...phaseMarks.map(([name]) => name),
      "Pagefind's own report (s)",
      "index without .br/.gz",
      "index with .br/.gz",
    ], phases),
    ...notes,
  ].join("\n\n");
}

/** What the table measures, for the report. */
export const buildMethod = "Synthetic corpora from bench/generate-corpus.ts: half English, half " +
  "Spanish (each slug has both languages, so every guide file is one page), about 580 words per " +
  "guide drawn from mortgage word lists with a Zipf distribution plus invented place names (a " +
  "long tail of rare words), with headings, lists, <Steps>, <Callout>, <Deadline> and " +
  "<ContactLink>; 8 FAQs per language; the real servicer profile. Each size runs `astro build " +
  "--force --outDir bench/work/dist-<n>` (content cache cleared: cold) under the shared build " +
  "lock; the wall clock covers the whole build including the Pagefind index and the " +
  "precompression step, and excludes time waiting for the lock. CPU is user + system time of " +
  "the build process and the processes it starts (Pagefind's binary, esbuild), all threads, read " +
  "from /proc every 200 ms: other agents share this machine's 2 cores, so wall clock depends on " +
  "the load average shown, CPU time much less. HTML pages = every .html file written (guides " +
  "plus the site's fixed pages). Phases run between the log lines that end them: setup (config, content sync, types), " +
  "bundle (Vite/Rolldown server and client builds), render (every page to HTML), finish " +
  "(Astro's clean-up), pagefind (sitemap and the index), precompress. Logs: " +
  "bench/work/build-<n>.log.";

if (import.meta.main) {
  // deno run -A bench/build-scaling.ts 1000,5000   (prints the report; RESULTS.md is not touched)
  const sizes = (Deno.args[0] ?? "1000,5000").split(",").map(Number);
  const results = await buildScaling(sizes);
  console.log(`\n${buildMethod}\n\n${buildReport(results)}`);
}
