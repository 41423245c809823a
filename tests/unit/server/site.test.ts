import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { emptyResponseCost, responseCost } from "../../../server/answers.ts";
import { createHandler } from "../../../server/handler.ts";
import { loadSite, SiteFiles } from "../../../server/site.ts";
import { WarmAnswers } from "../../../server/warm.ts";
import { dist, files } from "./fixture.ts";

// The site is loaded once into shared memory; each thread reads it and prebuilds answers only for
// files asked for often, within a budget.

const site = loadSite(dist);
const view = new SiteFiles(site);
const index = (path: string) => view.paths.indexOf(path);

Deno.test("every file is loaded once, with its .br and .gz siblings, in shared buffers", () => {
  assert.ok(site.bodies instanceof SharedArrayBuffer);
  assert.ok(site.spans instanceof SharedArrayBuffer);
  assert.ok(site.hashes instanceof SharedArrayBuffer);
  assert.deepEqual(view.paths, Object.keys(files).sort());
  const page = index("/guides/escrow/index.html");
  const text = (encoding: "identity" | "gzip" | "br") => view.body(page, encoding);
  assert.equal(new TextDecoder().decode(text("identity")), files["/guides/escrow/index.html"]);
  assert.deepEqual(text("gzip"), Deno.readFileSync(`${dist}/guides/escrow/index.html.gz`));
  assert.deepEqual(text("br"), Deno.readFileSync(`${dist}/guides/escrow/index.html.br`));
  assert.equal(view.size(page, "br"), text("br").byteLength);
  // A file with only a gzip sibling, and one with none.
  const script = index("/pagefind/pagefind.js");
  assert.deepEqual([view.has(script, "gzip"), view.has(script, "br")], [true, false]);
  assert.deepEqual([view.has(index("/robots.txt"), "gzip")], [false]);
  // The body handed to a Response is a private copy: a Response cannot hold shared memory.
  assert.ok(text("identity").buffer instanceof ArrayBuffer);
});

Deno.test("entity tags are the identity bytes' SHA-256, as before the site was shared", () => {
  const i = index("/index.html");
  const hash = createHash("sha256").update(files["/index.html"]).digest("hex").slice(0, 24);
  assert.equal(view.etag(i, "identity"), `"${hash}"`);
  assert.equal(view.etag(i, "br"), `"${hash}-br"`);
});

Deno.test("a _headers file in dist/ is the CDN's, never served", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/index.html`, "home");
    await Deno.writeTextFile(`${dir}/_headers`, "/*\n  X-Test: 1\n");
    const handle = createHandler(loadSite(dir));
    assert.deepEqual(new SiteFiles(loadSite(dir)).paths, ["/index.html"]);
    assert.equal(handle(new Request("http://localhost/_headers")).status, 404);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("answers are prebuilt from a file's third request, and only within the budget", async () => {
  const page = index("/guides/escrow/index.html");
  const css = index("/_astro/Base.Ch0PtbC6.css");
  const request = new Request("http://localhost/", { headers: { "accept-encoding": "br" } });
  // Room for one prebuilt answer, not two.
  const warm = new WarmAnswers(view, responseCost + 1000);
  const first = warm.respond(page);
  assert.notEqual(warm.respond(page), first, "built again for the second request");
  assert.equal(warm.bytes, 0);
  const kept = warm.respond(page);
  assert.equal(warm.respond(page), kept, "kept from the third");
  const res = kept(request, false);
  assert.equal(warm.bytes, view.size(page, "br") + responseCost);
  // A kept answer and a one-off one are the same bytes and headers.
  const once = first(request, false);
  assert.deepEqual([...once.headers], [...res.headers]);
  assert.deepEqual(await once.bytes(), await res.bytes());
  kept(request, true);
  assert.equal(warm.bytes, view.size(page, "br") + responseCost + emptyResponseCost);
  // The budget is spent: another file is answered, never kept.
  for (let n = 0; n < 5; n++) warm.respond(css)(request, false);
  assert.notEqual(warm.respond(css), warm.respond(css));
  assert.equal(warm.bytes, view.size(page, "br") + responseCost + emptyResponseCost);
});
