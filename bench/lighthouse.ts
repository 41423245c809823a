// Lighthouse (mobile, default config) through its CLI under Deno, with Debian's chromium.
import { chromiumPath, fixed, table, track, workDir } from "./util.ts";

export const lighthousePages = [
  ["home", "/"],
  ["guide", "/guides/payoff-statement/"],
  ["search", "/search/"],
  ["contact", "/contact/"],
] as const;

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const metrics = [
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
] as const;

export interface LighthouseRun {
  name: string;
  path: string;
  scores?: Record<string, number | null>;
  metrics?: Record<string, string>;
  /** Audits that cost points, per category below 100. */
  lost?: string[];
  error?: string;
}

interface Report {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
}

async function lighthouse(url: string, output: string): Promise<string | undefined> {
  const child = track(new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "npm:lighthouse@12.2.3",
      url,
      "--output=json",
      `--output-path=${output}`,
      `--chrome-path=${chromiumPath}`,
      "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage",
      "--quiet",
    ],
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(180_000),
  }).spawn());
  const { success, code, stderr } = await child.output();
  if (success) return undefined;
  const text = new TextDecoder().decode(stderr).trim().split("\n").slice(-8).join("\n");
  return `lighthouse exited with code ${code}:\n${text}`;
}

export async function lighthouseBench(base: string): Promise<LighthouseRun[]> {
  const runs: LighthouseRun[] = [];
  for (const [i, [name, path]] of lighthousePages.entries()) {
    console.log(`[lighthouse ${i + 1}/${lighthousePages.length}] ${name} ${path}`);
    const output = `${workDir}/lighthouse-${name}.json`;
    await Deno.remove(output).catch(() => {});
    let error: string | undefined;
    try {
      error = await lighthouse(base + path, output);
    } catch (e) {
      error = `lighthouse could not run: ${e instanceof Error ? e.message : e}`;
    }
    if (error) {
      console.log(`[lighthouse]   ${error}`);
      runs.push({ name, path, error });
      continue;
    }
    const report: Report = JSON.parse(await Deno.readTextFile(output));
    const run: LighthouseRun = {
      name,
      path,
      scores: Object.fromEntries(categories.map((c) => [c, report.categories[c]?.score ?? null])),
      metrics: Object.fromEntries(
        metrics.map(([label, id]) => [label, report.audits[id]?.displayValue ?? "-"]),
      ),
      lost: categories.flatMap((c) =>
        (report.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => {
            const audit = report.audits[ref.id];
            const value = audit.displayValue ? ` (${audit.displayValue})` : "";
            return `${c}: ${audit.title}${value}, score ${score(audit.score)}`;
          })
      ),
      error: report.runtimeError
        ? `${report.runtimeError.code}: ${report.runtimeError.message}`
        : undefined,
    };
    console.log(
      `[lighthouse]   ${categories.map((c) => `${c} ${score(run.scores![c])}`).join(", ")}`,
    );
    runs.push(run);
  }
  return runs;
}

const score = (value: number | null | undefined) =>
  value === null || value === undefined ? "-" : fixed(value * 100, 0);

export function lighthouseReport(runs: LighthouseRun[]): string {
  const rows = runs.map((r) => [
    r.name,
    r.path,
    ...categories.map((c) => score(r.scores?.[c])),
    ...metrics.map(([label]) => r.metrics?.[label] ?? "-"),
  ]);
  const errors = runs.filter((r) => r.error).map((r) => `${r.name}:\n\n\`\`\`\n${r.error}\n\`\`\``);
  const lost = runs.filter((r) => r.lost?.length).map((r) => `- ${r.name}: ${r.lost!.join("; ")}`);
  return [
    table(["page", "path", ...categories, ...metrics.map(([label]) => label)], rows),
    "Lighthouse 12.2.3 CLI run by `deno run -A npm:lighthouse@12.2.3`, default config (mobile form " +
    "factor, simulated slow-4G throttling), one run per page against the Deno server on loopback. " +
    "Reports: bench/work/lighthouse-<page>.json.",
    ...(lost.length
      ? [`Audits that cost points (weighted, score below 100):\n\n${lost.join("\n")}`]
      : []),
    ...errors,
  ].join("\n\n");
}
