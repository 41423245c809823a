import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { createHandler, negotiateEncoding, safePath } from "../../../server/handler.ts";
import { loadSite } from "../../../server/site.ts";

// A small dist/ written to a temp folder, served by the real loader and handler.
const dist = await Deno.makeTempDir({ prefix: "help-dist-" });
const files: Record<string, string> = {
  "/index.html": "<!doctype html><title>Home</title>",
  "/404.html": "<!doctype html><title>Not found</title>",
  "/es/404/index.html": "<!doctype html><title>No encontrada</title>",
  "/guides/escrow/index.html": "<!doctype html><title>Escrow</title>" +
    "x".repeat(2000),
  "/_astro/site.Ab12Cd34.css": "body{color:red}",
  "/pagefind/pagefind.js": "export {}",
  "/pagefind/fragment/en_1a2b3c4d5e.pf_fragment": "fragment",
};
for (const [path, text] of Object.entries(files)) {
  await Deno.mkdir(dist + path.slice(0, path.lastIndexOf("/")), {
    recursive: true,
  });
  await Deno.writeTextFile(dist + path, text);
}
await Deno.writeFile(
  `${dist}/guides/escrow/index.html.gz`,
  gzipSync(files["/guides/escrow/index.html"]),
);
const outside = await Deno.makeTempFile({ prefix: "secret-" });
await Deno.writeTextFile(outside, "secret");

const handle = createHandler(await loadSite(dist));
const get = (path: string, init: RequestInit = {}) =>
  handle(new Request(`http://localhost${path}`, init));

Deno.test("serves index.html for folders with the right type and security headers", async () => {
  const res = get("/");
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "text/html; charset=utf-8");
  assert.equal(await res.text(), files["/index.html"]);
  assert.match(
    res.headers.get("content-security-policy")!,
    /frame-ancestors 'none'/,
  );
  assert.match(res.headers.get("strict-transport-security")!, /max-age=\d+/);
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  assert.equal(res.headers.get("referrer-policy"), "no-referrer");
  assert.match(res.headers.get("permissions-policy")!, /camera=\(\)/);
});

Deno.test("HTML is cached briefly, hashed assets for a year", () => {
  assert.equal(
    get("/").headers.get("cache-control"),
    "public, max-age=300, must-revalidate",
  );
  assert.equal(
    get("/_astro/site.Ab12Cd34.css").headers.get("cache-control"),
    "public, max-age=31536000, immutable",
  );
  assert.match(
    get("/pagefind/fragment/en_1a2b3c4d5e.pf_fragment").headers.get(
      "cache-control",
    )!,
    /immutable/,
  );
  assert.match(
    get("/pagefind/pagefind.js").headers.get("cache-control")!,
    /max-age=300/,
  );
  assert.equal(
    get("/pagefind/pagefind.js").headers.get("content-type"),
    "text/javascript; charset=utf-8",
  );
});

Deno.test("answers 304 when the ETag or date still matches", () => {
  const first = get("/guides/escrow/");
  const etag = first.headers.get("etag")!;
  assert.equal(
    get("/guides/escrow/", { headers: { "if-none-match": etag } }).status,
    304,
  );
  assert.equal(
    get("/guides/escrow/", { headers: { "if-none-match": `W/${etag}, "x"` } })
      .status,
    304,
  );
  assert.equal(
    get("/guides/escrow/", { headers: { "if-none-match": '"other"' } }).status,
    200,
  );
  const since = first.headers.get("last-modified")!;
  assert.equal(
    get("/guides/escrow/", { headers: { "if-modified-since": since } }).status,
    304,
  );
});

Deno.test("sends the precompressed file when the client accepts it", async () => {
  const res = get("/guides/escrow/", {
    headers: { "accept-encoding": "gzip, br" },
  });
  assert.equal(res.headers.get("content-encoding"), "gzip");
  assert.equal(res.headers.get("vary"), "Accept-Encoding");
  assert.notEqual(
    res.headers.get("etag"),
    get("/guides/escrow/").headers.get("etag"),
  );
  const plain = await new Response(
    res.body!.pipeThrough(new DecompressionStream("gzip")),
  ).text();
  assert.equal(plain, files["/guides/escrow/index.html"]);
  assert.equal(
    get("/", { headers: { "accept-encoding": "gzip" } }).headers.get(
      "content-encoding",
    ),
    null,
  );
});

Deno.test("negotiation honours q=0", async () => {
  const site = await loadSite(dist);
  const asset = site.get("/guides/escrow/index.html")!;
  assert.equal(negotiateEncoding("gzip;q=0, br;q=0", asset), "identity");
  assert.equal(negotiateEncoding("*", asset), "gzip");
  assert.equal(negotiateEncoding(null, asset), "identity");
});

Deno.test("unknown paths get the site's 404 page, in Spanish under /es/", async () => {
  const res = get("/no-such-page/");
  assert.equal(res.status, 404);
  assert.equal(await res.text(), files["/404.html"]);
  const es = get("/es/no-existe/");
  assert.equal(es.status, 404);
  assert.equal(await es.text(), files["/es/404/index.html"]);
  assert.equal(es.headers.get("cache-control"), "no-store");
});

Deno.test("a folder without its slash redirects to it", () => {
  const res = get("/guides/escrow?x=1");
  assert.equal(res.status, 301);
  assert.equal(res.headers.get("location"), "/guides/escrow/?x=1");
});

Deno.test("methods other than GET and HEAD get 405 with Allow", () => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
    const res = get("/", { method });
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.get("allow"), "GET, HEAD");
  }
});

Deno.test("HEAD sends headers without a body", async () => {
  const res = get("/", { method: "HEAD" });
  assert.equal(res.status, 200);
  assert.equal(
    res.headers.get("content-length"),
    String(files["/index.html"].length),
  );
  assert.equal(await res.text(), "");
});

Deno.test("traversal, bad encodings and control characters get a 4xx, never a file outside dist", async () => {
  const name = outside.slice(outside.lastIndexOf("/") + 1);
  for (
    const path of [
      `/../${name}`,
      `/%2e%2e/%2e%2e/tmp/${name}`,
      `/guides/%2e%2e%2f%2e%2e%2f${name}`,
      `/..%5c..%5c${name}`,
      "/%E0%A4%A",
      "/%zz",
      "/index.html%00.css",
      `/${"a".repeat(5000)}`,
    ]
  ) {
    const res = get(path);
    assert.ok(
      res.status >= 400 && res.status < 500,
      `${path} -> ${res.status}`,
    );
    assert.ok(!(await res.text()).includes("secret"), path);
  }
});

Deno.test("safePath refuses dot segments and control characters", () => {
  assert.equal(safePath("/guides/%2e%2e/x"), undefined);
  assert.equal(safePath("/a%0d%0aSet-Cookie:x"), undefined);
  assert.equal(safePath("/gu%C3%ADas/"), "/guías/");
});
