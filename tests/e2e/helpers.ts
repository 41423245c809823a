import type { Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";

/** Every page in the built sitemap, as paths; read from dist/ so each page can be its own test. */
export function sitemapPaths(dist = "dist"): string[] {
  return readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) =>
      [
        ...readFileSync(`${dist}/${name}`, "utf8").matchAll(
          /<loc>([^<]+)<\/loc>/g,
        ),
      ]
        .map(([, loc]) => new URL(loc).pathname)
    );
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
