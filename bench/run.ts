// `deno task bench`: runs every benchmark in turn and writes bench/RESULTS.md.
// BENCH_SIZES=100,1000 runs smaller corpora (default 100,1000,5000). `--only serving` runs only
// the serving section (SERVING_ROUNDS, SERVING_SECONDS, SERVING_MAX_WAIT) and updates it in place.
import {
  buildMethod,
  buildReport,
  type BuildResult,
  buildScaling,
  distFor,
} from "./build-scaling.ts";
import { lighthouseBench, lighthouseReport } from "./lighthouse.ts";
import { machine, machineReport } from "./machine.ts";
import { indexSize, qualityReport, searchBench, searchQuality, searchReport } from "./search.ts";
import { replaceServingSection, serving, servingReport, servingTitle } from "./serving.ts";
import { buildLock, fixed, int, root, startDenoServer, stop, stopAll, workDir } from "./util.ts";

const sizes = (Deno.env.get("BENCH_SIZES") ?? "100,1000,5000").split(",").map(Number);
const started = performance.now();
const sections: string[] = [];

/** Runs one section; a failure is written into the report instead of stopping the others. */
async function section(title: string, body: () => Promise<string>): Promise<void> {
  let text: string;
  try {
    text = await body();
  } catch (error) {
    const message = error instanceof Error ? error.stack ?? error.message : String(error);
    text = `This section failed:\n\n\`\`\`\n${message}\n\`\`\``;
  }
  const block = `## ${title}\n\n${text}`;
  console.log(`\n${block}\n`);
  sections.push(block);
}

async function sh(args: string[]): Promise<void> {
  const { success, code } = await new Deno.Command(args[0], {
    args: args.slice(1),
    cwd: root,
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  if (!success) throw new Error(`${args.join(" ")} exited with code ${code}`);
}

/** A copy of dist/ taken under the build lock, so a teammate's rebuild cannot change it mid-run. */
async function snapshotDist(): Promise<string> {
  const snapshot = `${workDir}/serve-dist`;
  const ensure = `test -f dist/index.html || "${Deno.execPath()}" run -A npm:astro build`;
  await sh([
    "flock",
    buildLock,
    "sh",
    "-c",
    `${ensure} && rm -rf "${snapshot}" &&
    cp -a dist "${snapshot}"`,
  ]);
  return snapshot;
}

/** `--only serving`: that section alone, written in place of its old text in RESULTS.md. */
async function onlyServing() {
  const block = `## ${servingTitle}\n\n${servingReport(await serving(await snapshotDist()))}`;
  console.log(`\n${block}\n`);
  const file = `${root}/bench/RESULTS.md`;
  await Deno.writeTextFile(file, replaceServingSection(await Deno.readTextFile(file), block));
  await sh([Deno.execPath(), "fmt", "--quiet", "bench/RESULTS.md"]);
}

async function main() {
  await Deno.mkdir(workDir, { recursive: true });
  const only = Deno.args[0] === "--only" ? Deno.args[1] : undefined;
  if (only === "serving") return await onlyServing();
  if (only !== undefined) throw new Error(`--only knows "serving", not "${only}"`);
  const host = await machine();
  const sectionsBefore = [`## Machine\n\n${machineReport(host)}`];
  console.log(sectionsBefore[0]);

  let builds: BuildResult[] = [];
  await section("1. Build scaling", async () => {
    builds = await buildScaling(sizes);
    return `${buildMethod}\n\n${buildReport(builds)}`;
  });

  await section("2. Search (Pagefind in Chromium)", async () => {
    const largest = builds.filter((b) => b.ok).at(-1);
    if (!largest) throw new Error("no corpus build succeeded, nothing to search");
    const server = await startDenoServer(distFor(largest.guides), `${workDir}/serve-search.log`);
    try {
      return `Against the ${int(largest.guides)}-guide build (bench/work/dist-${largest.guides}) ` +
        "served by server/main.ts, headless Chromium with the playwright.config.ts flags, " +
        "on /search/ (English index). Timed in the page with performance.now() around " +
        '`(await import("/pagefind/pagefind.js")).search(q)` plus the first result\'s `.data()`.' +
        `\n\n${searchReport(await searchBench(server.base))}`;
    } finally {
      await stop(server.child);
    }
  });

  let dist = "";
  await section("2b. Search quality (this site's build)", async () => {
    dist = await snapshotDist();
    const server = await startDenoServer(dist, `${workDir}/serve-quality.log`);
    try {
      return qualityReport(await searchQuality(server.base), await indexSize(dist));
    } finally {
      await stop(server.child);
    }
  });

  await section(servingTitle, async () => {
    dist ||= await snapshotDist();
    return servingReport(await serving(dist));
  });

  await section("4. Lighthouse", async () => {
    dist ||= await snapshotDist();
    const server = await startDenoServer(dist, `${workDir}/serve-lighthouse.log`);
    try {
      return lighthouseReport(await lighthouseBench(server.base));
    } finally {
      await stop(server.child);
    }
  });

  const seconds = (performance.now() - started) / 1000;
  const report = [
    "# Benchmark results",
    "Written by `deno task bench` (bench/run.ts); every figure is from the run below. Re-run to " +
    "refresh; the file is overwritten.",
    `Total bench run time: ${fixed(seconds / 60)} min (${int(seconds)} s).`,
    ...sectionsBefore,
    ...sections,
  ].join("\n\n") + "\n";
  await Deno.writeTextFile(`${root}/bench/RESULTS.md`, report);
  // The repository's `deno fmt --check` covers this file too.
  await sh([Deno.execPath(), "fmt", "--quiet", "bench/RESULTS.md"]);
  console.log(`Total bench run time: ${fixed(seconds)} s. Wrote bench/RESULTS.md`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  Deno.addSignalListener(signal, async () => {
    console.error(`\n${signal}: stopping servers…`);
    await stopAll();
    Deno.exit(130);
  });
}

try {
  await main();
} finally {
  await stopAll();
}
