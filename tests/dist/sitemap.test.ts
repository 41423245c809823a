import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { parseSitemap, pathOf } from "../../audit/crawl.ts";

// The audit checks the pages the sitemap lists: a page type missing here goes unaudited.
const paths = readdirSync("dist")
  .filter((name) => /^sitemap-\d+\.xml$/.test(name))
  .flatMap((name) => parseSitemap(readFileSync(`dist/${name}`, "utf8")).locs.map(pathOf));

Deno.test("the sitemap lists every page type in both languages", () => {
  for (const path of ["/", "/guides/", "/faq/", "/search/", "/contact/", "/accessibility/"]) {
    assert.ok(paths.includes(path), path);
    assert.ok(paths.includes(`/es${path}`), `/es${path}`);
  }
  assert.ok(paths.some((p) => /^\/guides\/[^/]+\/$/.test(p)), "at least one guide");
  assert.ok(paths.some((p) => /^\/es\/guides\/[^/]+\/$/.test(p)), "at least one Spanish guide");
});
