import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { builtFile } from "../../../src/offline/build/files.ts";
import { saveListUrls, shellUrls, workerBuild } from "../../../src/offline/build/plan.ts";
import { writeSaveLists } from "../../../src/integrations/service-worker.ts";
import { offlineLanguages } from "../../../src/offline/languages.ts";
import { fixture, guideFile } from "./fixture.ts";

const [en, es] = offlineLanguages();

Deno.test("the shell: six pages a language, what they load or import, icons, Pagefind's runtime", async () => {
  const dist = await fixture();
  assert.deepEqual(shellUrls(dist), [
    "/",
    "/search/",
    "/contact/",
    "/messages/",
    "/404.html",
    "/offline/",
    "/es/",
    "/es/search/",
    "/es/contact/",
    "/es/messages/",
    "/es/404/",
    "/es/offline/",
    "/_astro/Base.Ab12Cd34.css",
    "/_astro/Widget.Aa11Bb22.js",
    "/_astro/builder.Gg77Hh88.js",
    "/_astro/preact.Kk11Ll22.js",
    "/_astro/search.Cc33Dd44.js",
    "/_astro/widget.Ii99Jj00.css",
    "/favicon.svg",
    "/pagefind/pagefind.js",
    "/pagefind/pagefind-worker.js",
    "/pagefind/pagefind-entry.json",
    "/pagefind/wasm.en.pagefind",
    "/pagefind/wasm.es.pagefind",
    "/offline/save.js",
  ]);
});

Deno.test("the shell does not grow with the guides", async () => {
  const few = shellUrls(await fixture());
  const many = await fixture(
    Object.fromEntries(Array.from({ length: 200 }, (_, n) => guideFile(n + 3))),
  );
  assert.deepEqual(shellUrls(many), few);
});

Deno.test("a language's save list: its other pages, the CSS they add and its whole index", async () => {
  const dist = await fixture();
  const shell = new Set(shellUrls(dist));
  assert.deepEqual(saveListUrls(dist, en, shell), [
    "/faq/",
    "/guides/",
    "/guides/guide-1/",
    "/guides/guide-2/",
    "/pagefind/pagefind.en_0123456789.pf_meta",
    "/pagefind/filter/en_7654321.pf_filter",
    "/pagefind/fragment/en_1234567.pf_fragment",
    "/pagefind/index/en_abcdef0.pf_index",
    "/pagefind/vocabulary.en.json",
  ]);
  assert.deepEqual(saveListUrls(dist, es, shell), [
    "/es/guides/",
    "/es/guides/guide-1/",
    "/es/guides/guide-2/",
    "/_astro/Rare.Ee55Ff66.css",
    "/pagefind/pagefind.es_9876543210.pf_meta",
    "/pagefind/fragment/es_7654321.pf_fragment",
    "/pagefind/index/es_abcdef1.pf_index",
    "/pagefind/vocabulary.es.json",
  ]);
});

Deno.test("an index and vocabulary named by a language tag (en-US) belong to that language", async () => {
  const dist = await fixture({
    "pagefind/pagefind-entry.json": JSON.stringify({
      version: "1.6.0",
      languages: {
        "en-us": { hash: "en-us_0123456789", wasm: "en", page_count: 2 },
        es: { hash: "es_9876543210", wasm: "es", page_count: 2 },
      },
    }),
    "pagefind/pagefind.en-us_0123456789.pf_meta": "meta en-US",
    "pagefind/index/en-us_abcdef0.pf_index": "index en-US",
    "pagefind/vocabulary.en-US.json": '["escrow"]',
  });
  const urls = saveListUrls(dist, en, new Set(shellUrls(dist)));
  assert.deepEqual(urls.filter((url) => url.startsWith("/pagefind/")), [
    "/pagefind/pagefind.en-us_0123456789.pf_meta",
    "/pagefind/index/en-us_abcdef0.pf_index",
    "/pagefind/vocabulary.en-US.json",
    "/pagefind/vocabulary.en.json",
  ]);
});

Deno.test("the worker pins each language's vocabulary, to store it as the search page uses it", async () => {
  const dist = await fixture();
  writeSaveLists(dist);
  const build = workerBuild(dist);
  assert.deepEqual(build.asUsed, [
    ["/pagefind/vocabulary.en.json", builtFile(dist, "/pagefind/vocabulary.en.json").integrity],
    ["/pagefind/vocabulary.es.json", builtFile(dist, "/pagefind/vocabulary.es.json").integrity],
  ]);
  const before = build.version;
  await Deno.writeTextFile(`${dist}/pagefind/vocabulary.es.json`, '["plica","seguro"]');
  assert.notEqual(workerBuild(dist).version, before, "a new vocabulary is a new build");
});

Deno.test("each file carries its size and the SHA-256 the worker checks", async () => {
  const dist = await fixture();
  const home = builtFile(dist, "/");
  const body = await Deno.readFile(`${dist}/index.html`);
  assert.equal(home.file, "/index.html");
  assert.equal(home.bytes, body.byteLength);
  assert.equal(home.integrity, `sha256-${createHash("sha256").update(body).digest("base64")}`);
  assert.throws(() => builtFile(dist, "/no-such-page/"), /no-such-page\/index\.html is not in/);
});
