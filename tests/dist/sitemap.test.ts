import assert from "node:assert/strict";
import { sitemapPaths } from "../e2e/helpers.ts";

// The audit checks the pages the sitemap lists: a page type missing here goes unaudited.
const paths = sitemapPaths();

Deno.test("the sitemap lists every page type in both languages", () => {
  for (
    const path of [
      "/",
      "/guides/",
      "/faq/",
      "/search/",
      "/contact/",
      "/messages/",
      "/accessibility/",
    ]
  ) {
    assert.ok(paths.includes(path), path);
    assert.ok(paths.includes(`/es${path}`), `/es${path}`);
  }
  assert.ok(paths.some((p) => /^\/guides\/[^/]+\/$/.test(p)), "at least one guide");
  assert.ok(paths.some((p) => /^\/es\/guides\/[^/]+\/$/.test(p)), "at least one Spanish guide");
});
