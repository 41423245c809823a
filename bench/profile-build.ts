// Profiles one build of a synthetic corpus: runs Astro's build in this process under V8's sampling
// profiler (node:inspector) and prints where the main thread's time went, by package and function.
// The .cpuprofile it writes opens in Chrome DevTools (Performance panel) for a flame chart.
//
//   deno run -A bench/profile-build.ts <guides> [--no-corpus]
import { Session } from "node:inspector/promises";
import { generateCorpus } from "./generate-corpus.ts";
import { fixed, root, workDir } from "./util.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "node_modules/.deno/vite@8.3.8/node_modules/vite/…" -> "vite"; our own files by folder. */
function packageOf(url: string): string {
  const modules = url.match(/node_modules\/(?:\.deno\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (modules) return modules[1];
  if (url.startsWith("node:") || url.startsWith("ext:")) return "(runtime)";
  if (url.includes(root)) return url.slice(url.indexOf(root) + root.length + 1).split("/")[0];
  return url ? "(other)" : "(native/idle)";
}

/** Self time per key, in ms, largest first. */
function selfTimes(profile: Profile, key: (node: ProfileNode) => string): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const k = key(byId.get(id)!);
    totals.set(k, (totals.get(k) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Inclusive time of every function (counted once per sample even when recursive), in ms. */
function inclusiveTimes(profile: Profile): [string, number][] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { callFrame: f } = byId.get(at)!;
      const name = `${f.functionName || "(anonymous)"} ${packageOf(f.url)}:${f.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + profile.timeDeltas[i] / 1000);
    }
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function print(title: string, rows: [string, number][], total: number, limit: number): void {
  console.log(`\n${title}`);
  for (const [name, ms] of rows.slice(0, limit)) {
    console.log(
      `${fixed(ms / 1000).padStart(8)} s ${fixed((100 * ms) / total).padStart(6)} %  ${name}`,
    );
  }
}

if (import.meta.main) {
  const guides = Number(Deno.args[0]);
  if (!guides) {
    console.error("usage: deno run -A bench/profile-build.ts <guides> [--no-corpus]");
    Deno.exit(2);
  }
  const corpus = `${root}/bench/corpus/guides-${guides}`;
  if (!Deno.args.includes("--no-corpus")) await generateCorpus(corpus, guides);
  Deno.env.set("HELP_CONTENT_DIR", corpus);
  await Deno.mkdir(workDir, { recursive: true });

  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 2000 });
  const { build } = await import("astro");
  console.log(`load average ${Deno.loadavg().map((l) => fixed(l)).join(" ")} at start`);
  const started = performance.now();
  await session.post("Profiler.start");
  await build({ root, outDir: `${workDir}/dist-${guides}`, force: true });
  const { profile } = await session.post("Profiler.stop") as unknown as { profile: Profile };
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `build ${fixed(seconds)} s; load average ${
      Deno.loadavg().map((l) => fixed(l)).join(" ")
    } at end`,
  );

  const file = `${workDir}/profile-${guides}.cpuprofile`;
  await Deno.writeTextFile(file, JSON.stringify(profile));
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
  const fn = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(anonymous)"} ${packageOf(n.callFrame.url)}:${
      n.callFrame.lineNumber + 1
    }`;
  print("Self time by package", selfTimes(profile, (n) => packageOf(n.callFrame.url)), total, 25);
  print("Self time by function", selfTimes(profile, fn), total, 40);
  print("Inclusive time by function", inclusiveTimes(profile), total, 80);
  console.log(`\nprofile: ${file} (${fixed(total / 1000)} s sampled)`);
  Deno.exit(0);
}
