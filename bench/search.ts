// Search: a cold first query and a warm next query in Chromium against a large build served by
// the project's Deno server, timed in the page and weighed with CDP network events.
import { chromium, type Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { chromiumFlags, chromiumPath, fixed, int, kib, median, table } from "./util.ts";
import {
  originalQueries,
  type QueryKind,
  searchQueries,
  type SearchQuery,
} from "../tests/e2e/search-queries.ts";

/** A cold query (Pagefind not loaded yet) and a different next query on the same page. */
const queries = { cold: "escrow refund", warm: "payoff statement" };
const repeats = 5;

export interface QueryRun {
  query: string;
  /** performance.now() around import + search + first result's data(). */
  ms: number;
  results: number;
  firstUrl: string;
  /** /pagefind/ requests and their size on the wire (encoded body plus headers). */
  requests: number;
  bytes: number;
  byKind: Record<string, number>;
}

export interface SearchResult {
  base: string;
  runs: { cold: QueryRun; warm: QueryRun }[];
  pageLoadPagefindRequests: number;
}

/**
 * Counts bytes of /pagefind/ responses as they finish. Playwright reports the requests Pagefind's
 * web worker makes on the page too, which a page-level CDP session would miss.
 */
function meter(page: Page) {
  let pending: Promise<{ url: string; bytes: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (!new URL(request.url()).pathname.startsWith("/pagefind/")) return;
    pending.push(
      request.sizes().then((s) => ({
        url: request.url(),
        bytes: s.responseBodySize + s.responseHeadersSize,
      })),
    );
  });
  return {
    async take() {
      const taken = await Promise.all(pending);
      pending = [];
      return taken;
    },
  };
}

const kind = (url: string) => {
  const name = new URL(url).pathname.split("/").pop()!;
  if (name.endsWith(".pagefind")) return "wasm";
  const ext = name.match(/\.pf_(\w+)$/)?.[1];
  return ext ?? name;
};

/** Runs in the page: loads Pagefind (if not yet), searches, and loads the first result. */
async function timedSearch(query: string) {
  const bundle = "/pagefind/pagefind.js";
  const started = performance.now();
  const pagefind = await import(bundle);
  const found = await pagefind.search(query);
  const first = found.results.length ? await found.results[0].data() : undefined;
  return {
    ms: performance.now() - started,
    results: found.results.length as number,
    firstUrl: (first?.url ?? "") as string,
  };
}

export async function searchBench(base: string): Promise<SearchResult> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const result: SearchResult = { base, runs: [], pageLoadPagefindRequests: 0 };
  try {
    for (let i = 1; i <= repeats; i++) {
      console.log(`[search ${i}/${repeats}] fresh browser context, ${base}/search/`);
      // A new context has an empty HTTP cache, so the first query is cold.
      const context = await browser.newContext();
      const page = await context.newPage();
      const network = meter(page);
      await page.goto(`${base}/search/`, { waitUntil: "networkidle" });
      result.pageLoadPagefindRequests += (await network.take()).length;

      const measure = async (query: string): Promise<QueryRun> => {
        const timing = await page.evaluate(timedSearch, query);
        // Let the last loadingFinished events arrive.
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(300);
        const entries = await network.take();
        const byKind: Record<string, number> = {};
        for (const e of entries) byKind[kind(e.url)] = (byKind[kind(e.url)] ?? 0) + e.bytes;
        return {
          query,
          ...timing,
          requests: entries.length,
          bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
          byKind,
        };
      };
      const cold = await measure(queries.cold);
      const warm = await measure(queries.warm);
      for (const run of [cold, warm]) {
        console.log(
          `[search ${i}/${repeats}]   "${run.query}": ${
            fixed(run.ms)
          } ms, ${run.results} results, ${run.requests} requests, ${kib(run.bytes)}`,
        );
      }
      result.runs.push({ cold, warm });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return result;
}

export function searchReport(result: SearchResult): string {
  const summary = (which: "cold" | "warm") => {
    const runs = result.runs.map((r) => r[which]);
    const ms = runs.map((r) => r.ms);
    const bytes = runs.map((r) => r.bytes);
    return [
      which === "cold" ? "cold first query" : "warm next query",
      `"${runs[0].query}"`,
      `${fixed(median(ms))} (${fixed(Math.min(...ms))}–${fixed(Math.max(...ms))})`,
      `${kib(median(bytes))} (${int(median(bytes))} B)`,
      median(runs.map((r) => r.requests)),
      int(runs[0].results),
      runs[0].firstUrl,
    ];
  };
  const kinds = (which: "cold" | "warm") =>
    Object.entries(result.runs[0][which].byKind).map(([k, b]) => `${k} ${kib(b)}`).join(", ");
  return [
    table([
      "query",
      "text",
      "time to first result, ms: median (min–max)",
      "/pagefind/ bytes transferred (median)",
      "requests",
      "results",
      "first result",
    ], [summary("cold"), summary("warm")]),
    `${repeats} runs, each in a fresh browser context (empty cache). Bytes are Playwright's ` +
    "`request.sizes()` (CDP encoded body size plus response headers: bytes on the wire) of " +
    `every /pagefind/ request, including those from Pagefind's worker. Run 1 by kind: cold — ${
      kinds("cold")
    }; warm — ${
      kinds("warm")
    }. Requests to /pagefind/ while /search/ loaded, before any query: ${result.pageLoadPagefindRequests}.`,
  ].join("\n\n");
}

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

/** One query of the quality set and the first three guides the search page listed for it. */
export interface QualityRun {
  query: SearchQuery;
  top: string[];
}

/** The query set typed into /search/ and /es/search/, as the search-quality spec does it. */
export async function searchQuality(base: string, queries = searchQueries): Promise<QualityRun[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const runs: QualityRun[] = [];
  try {
    const page = await browser.newPage();
    for (const lang of ["en", "es"] as const) {
      await page.goto(`${base}${lang === "en" ? "" : "/es"}/search/`);
      const input = page.locator("#search-page-input");
      for (const query of queries.filter((q) => q.lang === lang)) {
        await input.fill(query.q);
        await input.press("Enter");
        await page.locator("#search-status").filter({ hasNotText: /^$|…/ }).waitFor();
        const top = await page.locator("#search-results > li h2 a").evaluateAll((links) =>
          links.slice(0, 3).map((a) => a.getAttribute("href") ?? "")
        );
        runs.push({ query, top: top.map((url) => url.match(/\/guides\/([^/]+)\//)?.[1] ?? url) });
      }
    }
  } finally {
    await browser.close();
  }
  return runs;
}

/** Share of runs whose expected guide is first, and within the first three. */
export function qualityRates(runs: QualityRun[]): { top1: number; top3: number; n: number } {
  const hit = (run: QualityRun, k: number) =>
    run.top.slice(0, k).some((slug) => run.query.expect.includes(slug));
  const n = runs.length;
  return {
    n,
    top1: runs.filter((r) => hit(r, 1)).length / (n || 1),
    top3: runs.filter((r) => hit(r, 3)).length / (n || 1),
  };
}

/**
 * Per language: the index a search can download (Pagefind's meta, index, fragment and filter
 * files) and the vocabulary the search page loads for spelling suggestions (gzip).
 */
export async function indexSize(
  dist: string,
): Promise<Record<string, { files: number; bytes: number; vocabulary: number }>> {
  const sizes: Record<string, { files: number; bytes: number; vocabulary: number }> = {};
  const add = async (lang: string, path: string) => {
    sizes[lang] ??= { files: 0, bytes: 0, vocabulary: 0 };
    sizes[lang].files++;
    sizes[lang].bytes += (await Deno.stat(path)).size;
  };
  for await (const entry of Deno.readDir(`${dist}/pagefind`)) {
    const meta = entry.name.match(/^pagefind\.([a-z0-9-]+)_\w+\.pf_meta$/);
    if (meta) await add(meta[1], `${dist}/pagefind/${entry.name}`);
  }
  // Pagefind names its files by the page's tag in lower case; the vocabulary keeps its case.
  for await (const entry of Deno.readDir(`${dist}/pagefind`)) {
    const lang = entry.name.match(/^vocabulary\.([\w-]+)\.json$/)?.[1].toLowerCase();
    if (lang && sizes[lang]) {
      sizes[lang].vocabulary = gzipSize(await Deno.readFile(`${dist}/pagefind/${entry.name}`));
    }
  }
  for (const folder of ["index", "fragment", "filter"]) {
    for await (const entry of Deno.readDir(`${dist}/pagefind/${folder}`)) {
      const lang = entry.name.match(/^([a-z0-9-]+?)_\w+\.pf_\w+$/)?.[1];
      if (lang) await add(lang, `${dist}/pagefind/${folder}/${entry.name}`);
    }
  }
  return sizes;
}

export function qualityReport(
  runs: QualityRun[],
  sizes: Awaited<ReturnType<typeof indexSize>>,
): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const row = (label: string, subset: QualityRun[]) => {
    const { n, top1, top3 } = qualityRates(subset);
    return [label, n, pct(top1), pct(top3)];
  };
  const original = new Set(originalQueries);
  const kinds: QueryKind[] = ["typo", "no-accent", "question", "everyday", "rare-word"];
  const misses = runs.filter((r) => !r.top.some((slug) => r.query.expect.includes(slug)));
  return [
    table(["queries", "n", "top-1", "top-3"], [
      row("all", runs),
      row("English", runs.filter((r) => r.query.lang === "en")),
      row("Spanish", runs.filter((r) => r.query.lang === "es")),
      row("the first 80", runs.filter((r) => original.has(r.query))),
      row("added since", runs.filter((r) => !original.has(r.query))),
      ...kinds.map((kind) => row(kind, runs.filter((r) => r.query.kinds?.includes(kind)))),
    ]),
    "The query set of tests/e2e/search-queries.ts typed into the built site's search page " +
    "(its own ranking, src/search/client.ts), as tests/e2e/search-quality.spec.ts does.",
    table(
      ["language", "index files", "index bytes", "vocabulary, gzip"],
      Object.entries(sizes).map(([lang, s]) => [
        lang,
        s.files,
        `${int(s.bytes)} (${kib(s.bytes)})`,
        `${int(s.vocabulary)} B`,
      ]),
    ),
    "Index: each language's Pagefind meta, index, fragment and filter files in dist/pagefind " +
    "(already compressed by Pagefind), without the shared script, worker and WebAssembly. " +
    "Vocabulary: pagefind/vocabulary.<lang>.json, which the search page loads with its first " +
    "search, gzip -9.",
    misses.length
      ? `Not in the top 3:\n\n${
        misses.map((r) => `- ${r.query.lang} "${r.query.q}" → ${r.top.join(", ") || "(nothing)"}`)
          .join("\n")
      }`
      : "Every query has its guide in the top 3.",
  ].join("\n\n");
}

// `deno run -A bench/search.ts`: the quality section alone, against dist/ served by server/main.ts.
if (import.meta.main) {
  const { root, startDenoServer, stop, workDir } = await import("./util.ts");
  await Deno.mkdir(workDir, { recursive: true });
  const server = await startDenoServer(`${root}/dist`, `${workDir}/serve-quality.log`);
  try {
    console.log(qualityReport(await searchQuality(server.base), await indexSize(`${root}/dist`)));
  } finally {
    await stop(server.child);
  }
}
