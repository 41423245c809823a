import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { findTopic } from "../../src/inquiry/catalog.ts";
import { isCategoryId } from "../../src/inquiry/categories.ts";
import { langOfPath, languageOf } from "../../src/i18n/languages.ts";

// Checks the built site in dist/ as a crawler would: every page, every internal link and anchor.
const dist = "dist";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** The URL path a file in dist/ is served at. */
function urlOf(file: string): string {
  return "/" + file.slice(dist.length + 1).replace(/index\.html$/, "");
}

const pages = new Map(htmlFiles(dist).map((file) => [urlOf(file), readFileSync(file, "utf8")]));
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
const hrefs = (html: string) =>
  [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map(([, href]) => href.replaceAll("&amp;", "&"));

Deno.test("every internal link and anchor on every page resolves", () => {
  const broken: string[] = [];
  for (const [url, html] of pages) {
    for (const href of hrefs(html)) {
      if (/^(https:|mailto:|tel:)/.test(href)) continue;
      assert.ok(!href.startsWith("http:"), `${url} links to insecure ${href}`);
      const target = new URL(href, `https://site${url}`);
      const path = decodeURIComponent(target.pathname);
      const page = pages.get(path) ?? pages.get(path.replace(/\.html$/, ""));
      if (page === undefined) {
        const file = join(dist, path);
        if (!(path.includes(".") && statSync(file, { throwIfNoEntry: false })?.isFile())) {
          broken.push(`${url} -> ${href}`);
        }
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && !ids(page).has(anchor)) broken.push(`${url} -> ${href} (no #${anchor})`);
    }
  }
  assert.deepEqual(broken, []);
});

Deno.test("contact links name a real category and topic", () => {
  const wrong: string[] = [];
  for (const [url, html] of pages) {
    for (const href of hrefs(html).filter((h) => /\/contact\/\?/.test(h))) {
      const params = new URL(href, "https://site").searchParams;
      const category = params.get("category");
      const topic = params.get("topic");
      if (!isCategoryId(category)) wrong.push(`${url}: category ${category}`);
      else if (topic && !findTopic(category, topic)) {
        wrong.push(`${url}: ${category} topic ${topic}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

Deno.test("the contact pages name the servicer's time zone in words, never its IANA id", () => {
  for (const [url, html] of pages) {
    if (!/\/contact\/$/.test(url)) continue;
    const hours = /<dt>[^<]*<\/dt>\s*<dd>\s*<span[^>]*>[^<]*<\/span>\s*\(([^)]*)\)/.exec(html)?.[1];
    assert.ok(hours, `${url}: no hours with a time zone`);
    assert.doesNotMatch(hours, /\/|_/, `${url}: ${hours}`);
  }
});

Deno.test("every page has its folder's language and direction, a title and exactly one h1", () => {
  for (const [url, html] of pages) {
    const { tag, dir } = languageOf(langOfPath(url));
    assert.ok(html.includes(`<html lang="${tag}" dir="${dir}"`), url);
    assert.match(html, /<title>[^<]{3,}<\/title>/, url);
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1, url);
  }
});

Deno.test("every guide exists in both languages, and none is silently untranslated", () => {
  const guides = (prefix: string) =>
    [...pages.keys()].filter((u) => u.startsWith(prefix) && u !== prefix).map((u) =>
      u.slice(prefix.length)
    );
  const en = guides("/guides/");
  assert.ok(en.length >= 22, `only ${en.length} English guides`);
  assert.deepEqual(guides("/es/guides/").sort(), en.sort());
  const untranslated = [...pages].filter(([url, html]) =>
    url.startsWith("/es/guides/") && html.includes('class="notice"')
  ).map(([url]) => url);
  console.log(
    `guides: ${en.length} per language; untranslated Spanish pages: ${untranslated.length}`,
  );
  for (const url of untranslated) {
    assert.match(pages.get(url)!, /todavía no está traducida/, url);
  }
});

Deno.test("the FAQ has at least 24 questions, the same ones in each language", () => {
  const questionIds = (url: string) =>
    [...pages.get(url)!.matchAll(/<div class="faq-item[^"]*"><h3 id="([^"]+)"/g)].map(([, id]) =>
      id
    );
  const en = questionIds("/faq/");
  console.log(`FAQ: ${en.length} questions per language`);
  assert.ok(en.length >= 24, `only ${en.length} questions`);
  assert.deepEqual(questionIds("/es/faq/").sort(), en.sort());
});
