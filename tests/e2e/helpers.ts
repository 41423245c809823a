import type { Page, Request } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { parseSitemap, pathOf } from "../../audit/crawl.ts";

/** Every page a build's sitemaps list, as paths (parsed by the audit's one sitemap reader). */
export function sitemapPaths(dist = "dist"): string[] {
  return readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => parseSitemap(readFileSync(`${dist}/${name}`, "utf8")).locs.map(pathOf));
}

/**
 * Collects console errors and failed requests so a test can assert a clean page. A request that a
 * later page load cancelled (net::ERR_ABORTED once the test moved on) is not a fault of the page:
 * it is left out, whichever of the abort and the new page Chromium reports first.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  let loads = 0; // main-frame navigations started or committed so far
  const loadOf = new WeakMap<Request, number>();
  const aborted: string[] = []; // aborted while their page was still the current one
  const newLoad = () => {
    loads++;
    for (const entry of aborted.splice(0)) problems.splice(problems.lastIndexOf(entry), 1);
  };
  page.on("request", (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) newLoad();
    else loadOf.set(req, loads);
  });
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) newLoad();
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (req) => {
    const abortedHere = req.failure()?.errorText === "net::ERR_ABORTED";
    if (abortedHere && (loadOf.get(req) ?? loads) < loads) return;
    const entry = `failed: ${req.url()}`;
    problems.push(entry);
    if (abortedHere) aborted.push(entry);
  });
  return problems;
}

/**
 * Waits until every island on the page has hydrated: a click before that meets the
 * server-rendered form, which has nothing to run yet and would submit the page.
 */
export async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
}
