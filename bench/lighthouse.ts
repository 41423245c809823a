// Lighthouse through its CLI under Deno, with Debian's chromium: the default config (a phone) and,
// for the search page with a query, its desktop preset too.
import { chromiumPath, fixed, table, track, workDir } from "./util.ts";

/** Name (also the report's file name), path, and Lighthouse's desktop preset where asked. */
export const lighthousePages: readonly (readonly [string, string, "desktop"?])[] = [
  ["home", "/"],
  ["guide", "/guides/payoff-statement/"],
  ["search", "/search/"],
  // Results arrive after the page has painted: what a borrower following a search link sees.
  ["search-escrow", "/search/?q=escrow"],
  ["search-escrow-es", "/es/search/?q=escrow"],
  ["search-escrow-desktop", "/search/?q=escrow", "desktop"],
  ["search-escrow-es-desktop", "/es/search/?q=escrow", "desktop"],
  ["contact", "/contact/"],
];

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const metrics = [
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
] as const;

/**
 * The longest main-thread task, as Lighthouse models it on a phone (4x slower CPU) and which script
 * it ran for: over 50 ms blocks a tap. A printed figure, not a test: it varies from run to run.
 */
const longestTask = "longest task";

function longestTaskOf(report: Report): string {
  const items = report.audits["long-tasks"]?.details?.items ?? [];
  if (!items.length) return "under 50 ms";
  const longest = items.reduce((a, b) => ((b.duration ?? 0) > (a.duration ?? 0) ? b : a));
  const where = longest.url?.startsWith("http") ? new URL(longest.url).pathname : longest.url;
  return `${Math.round(longest.duration ?? 0)} ms (${where})`;
}

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
  audits: Record<
    string,
    {
      title: string;
      score: number | null;
      displayValue?: string;
      details?: { items?: { duration?: number; url?: string }[] };
    }
  >;
}

async function lighthouse(
  url: string,
  output: string,
  preset?: "desktop",
): Promise<string | undefined> {
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
      ...(preset ? [`--preset=${preset}`] : []),
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

export async function lighthouseBench(
  base: string,
  pages = lighthousePages,
): Promise<LighthouseRun[]> {
  const runs: LighthouseRun[] = [];
  for (const [i, [name, path, preset]] of pages.entries()) {
    console.log(`[lighthouse ${i + 1}/${pages.length}] ${name} ${path} ${preset ?? "mobile"}`);
    const output = `${workDir}/lighthouse-${name}.json`;
    await Deno.remove(output).catch(() => {});
    let error: string | undefined;
    try {
      error = await lighthouse(base + path, output, preset);
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
      metrics: {
        ...Object.fromEntries(
          metrics.map(([label, id]) => [label, report.audits[id]?.displayValue ?? "-"]),
        ),
        [longestTask]: longestTaskOf(report),
      },
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
    r.metrics?.[longestTask] ?? "-",
  ]);
  const errors = runs.filter((r) => r.error).map((r) => `${r.name}:\n\n\`\`\`\n${r.error}\n\`\`\``);
  const lost = runs.filter((r) => r.lost?.length).map((r) => `- ${r.name}: ${r.lost!.join("; ")}`);
  return [
    table(["page", "path", ...categories, ...metrics.map(([label]) => label), longestTask], rows),
    "Lighthouse 12.2.3 CLI run by `deno run -A npm:lighthouse@12.2.3`, default config (mobile form " +
    "factor, simulated slow-4G throttling; pages named -desktop: `--preset=desktop`), one run per " +
    "page against the Deno server on loopback. Reports: bench/work/lighthouse-<page>.json.",
    ...(lost.length
      ? [`Audits that cost points (weighted, score below 100):\n\n${lost.join("\n")}`]
      : []),
    ...errors,
  ].join("\n\n");
}

// `deno run -A bench/lighthouse.ts [name...]`: these pages alone (all without names), against
// dist/ served by server/main.ts; prints the table.
if (import.meta.main) {
  const { root, startDenoServer, stop } = await import("./util.ts");
  await Deno.mkdir(workDir, { recursive: true });
  const pages = Deno.args.length
    ? lighthousePages.filter(([name]) => Deno.args.includes(name))
    : lighthousePages;
  const server = await startDenoServer(`${root}/dist`, `${workDir}/serve-lighthouse.log`);
  try {
    console.log(lighthouseReport(await lighthouseBench(server.base, pages)));
  } finally {
    await stop(server.child);
  }
}
