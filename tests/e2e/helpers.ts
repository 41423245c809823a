import type { Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { parseSitemap, pathOf } from "../../audit/crawl.ts";

/** Every page a build's sitemaps list, as paths (parsed by the audit's one sitemap reader). */
export function sitemapPaths(dist = "dist"): string[] {
  return readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => parseSitemap(readFileSync(`${dist}/${name}`, "utf8")).locs.map(pathOf));
}

/** Collects console errors and failed requests so a test can assert a clean page. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (req) => problems.push(`failed: ${req.url()}`));
  return problems;
}
