// Search: a cold first query and a warm next query in Chromium against a large build served by
// the project's Deno server, timed in the page and weighed with CDP network events.
import { chromium, type Page } from "@playwright/test";
import { chromiumFlags, chromiumPath, fixed, int, kib, median, table } from "./util.ts";

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
