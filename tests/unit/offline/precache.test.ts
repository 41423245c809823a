import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { writeServiceWorker } from "../../../src/integrations/service-worker.ts";
import { precacheEntries, precacheVersion } from "../../../src/offline/precache.ts";

// A small build with every kind of file the precache must take or leave.
async function fixture(): Promise<string> {
  const dist = await Deno.makeTempDir({ prefix: "help-precache-" });
  const files: Record<string, string> = {
    "index.html": "<!doctype html><title>Home</title>",
    "404.html": "<!doctype html><title>Not found</title>",
    "es/404/index.html": "<!doctype html><title>No encontrada</title>",
    "guides/escrow/index.html": "<!doctype html><title>Escrow</title>",
    "_astro/Base.Ab12Cd34.css": "body{margin:0}",
    "_astro/Base.Ab12Cd34.css.br": "compressed",
    "_astro/Base.Ab12Cd34.css.gz": "compressed",
    "favicon.svg": "<svg/>",
    "sw.js": "// the worker itself",
    "robots.txt": "User-agent: *",
    "sitemap-0.xml": "<urlset/>",
    "pagefind/pagefind.js": "// search",
    "pagefind/pagefind-worker.js": "// worker",
    "pagefind/pagefind-ui.js": "// unused UI",
    "pagefind/pagefind-highlight.js": "// unused highlighter",
    "pagefind/pagefind-entry.json": JSON.stringify({
      version: "1.6.0",
      // Pagefind names its files after the pages' lang tags, lower-cased (en-US -> en-us).
      languages: { "en-us": { hash: "en-us_0123456789", wasm: "en-us", page_count: 1 } },
    }),
    "pagefind/wasm.en-us.pagefind": "wasm",
    "pagefind/wasm.es-us.pagefind": "wasm of a language the index does not hold",
    "pagefind/wasm.unknown.pagefind": "wasm",
    "pagefind/pagefind.en-us_0123456789.pf_meta": "meta",
    "pagefind/index/en-us_abcdef0.pf_index": "index",
    "pagefind/fragment/en-us_1234567.pf_fragment": "fragment",
    "pagefind/filter/en-us_7654321.pf_filter": "filter",
    "pagefind/vocabulary.en-US.json": '["escrow"]',
  };
  for (const [path, text] of Object.entries(files)) {
    await Deno.mkdir(`${dist}/${path.slice(0, path.lastIndexOf("/") + 1)}`, { recursive: true });
    await Deno.writeTextFile(`${dist}/${path}`, text);
  }
  return dist;
}

Deno.test("the precache holds pages, assets and the search index, and nothing else", async () => {
  const dist = await fixture();
  assert.deepEqual(precacheEntries(dist).map((entry) => entry.url), [
    "/",
    "/404.html",
    "/_astro/Base.Ab12Cd34.css",
    "/es/404/",
    "/favicon.svg",
    "/guides/escrow/",
    "/pagefind/filter/en-us_7654321.pf_filter",
    "/pagefind/fragment/en-us_1234567.pf_fragment",
    "/pagefind/index/en-us_abcdef0.pf_index",
    "/pagefind/pagefind-entry.json",
    "/pagefind/pagefind-worker.js",
    "/pagefind/pagefind.en-us_0123456789.pf_meta",
    "/pagefind/pagefind.js",
    "/pagefind/vocabulary.en-US.json",
    "/pagefind/wasm.en-us.pagefind",
  ]);
});

Deno.test("each entry carries its size and the SHA-256 the browser checks", async () => {
  const dist = await fixture();
  const home = precacheEntries(dist).find((entry) => entry.url === "/")!;
  const body = await Deno.readFile(`${dist}/index.html`);
  assert.equal(home.file, "/index.html");
  assert.equal(home.bytes, body.byteLength);
  assert.equal(home.integrity, `sha256-${createHash("sha256").update(body).digest("base64")}`);
});

Deno.test("the version changes with any precached byte, and only then", async () => {
  const dist = await fixture();
  const before = precacheVersion(precacheEntries(dist));
  await Deno.writeTextFile(`${dist}/robots.txt`, "User-agent: *\nDisallow: /");
  assert.equal(precacheVersion(precacheEntries(dist)), before);
  await Deno.writeTextFile(`${dist}/guides/escrow/index.html`, "<!doctype html><title>New</title>");
  assert.notEqual(precacheVersion(precacheEntries(dist)), before);
});

Deno.test("sw.js is the worker source with the build's version and files inlined", async () => {
  const dist = await fixture();
  const { files, version } = writeServiceWorker(dist);
  const code = await Deno.readTextFile(`${dist}/sw.js`);
  new Function(code); // parses
  const build = JSON.parse(code.match(/^const build = (.*);$/m)![1]);
  assert.equal(build.version, version);
  assert.equal(build.files.length, files);
  assert.deepEqual(build.files[0], ["/", precacheEntries(dist)[0].integrity]);
  assert.ok(!code.includes('version: "dev"'));
});

Deno.test("a build without a home page has nothing to serve offline and fails", async () => {
  const dist = await fixture();
  await Deno.remove(`${dist}/index.html`);
  assert.throws(() => writeServiceWorker(dist), /no home page/);
});
