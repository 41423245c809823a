import assert from "node:assert/strict";
import { cacheControl, immutable, isHashed } from "../../../server/caching.ts";
import { kindOf } from "../../../server/headers.ts";
import { get } from "./fixture.ts";

// Which headers each kind of file gets, and how long browsers may keep it.

const always = [
  "strict-transport-security",
  "x-content-type-options",
  "cross-origin-resource-policy",
];
const documentOnly = [
  "content-security-policy",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
];
const securityNames = [...always, ...documentOnly];

/** The security headers a response carries, sorted. */
function security(path: string): string[] {
  return [...get(path).headers.keys()].filter((name) => securityNames.includes(name)).sort();
}

Deno.test("pages, SVG, XML and error answers get the document headers", () => {
  const expected = [...always, ...documentOnly].sort();
  for (const path of ["/", "/guides/escrow/", "/sitemap-index.xml", "/favicon.svg", "/nope/"]) {
    assert.deepEqual(security(path), expected, path);
  }
  const home = get("/").headers;
  assert.equal(
    home.get("content-security-policy"),
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  );
  assert.equal(home.get("x-frame-options"), "DENY");
  assert.equal(home.get("referrer-policy"), "no-referrer");
  assert.match(home.get("permissions-policy")!, /camera=\(\)/);
  assert.equal(home.get("cross-origin-opener-policy"), "same-origin");
  assert.match(home.get("strict-transport-security")!, /max-age=63072000/);
  assert.equal(home.get("x-content-type-options"), "nosniff");
  assert.equal(home.get("cross-origin-resource-policy"), "same-origin");
});

Deno.test("stylesheets, scripts run by pages, fonts and index chunks get only the three", () => {
  for (
    const path of [
      "/_astro/Base.Ch0PtbC6.css",
      "/_astro/client.Bu8v_p1Y.js",
      "/_astro/inter.Dx4kTq2B.woff2",
      "/pagefind/pagefind.js",
      "/pagefind/pagefind-ui.js",
      "/pagefind/pagefind-ui.css",
      "/pagefind/pagefind-entry.json",
      "/pagefind/wasm.en.pagefind",
      "/pagefind/pagefind.en_f4f45f77fa.pf_meta",
      "/pagefind/index/en_8abfe5b.pf_index",
      "/pagefind/fragment/en_14d0f46.pf_fragment",
      "/pagefind/filter/en_c0dd1fe.pf_filter",
    ]
  ) {
    assert.deepEqual(security(path), [...always].sort(), path);
  }
});

Deno.test("worker scripts get a CSP that lets them fetch from this origin and compile wasm", () => {
  for (const path of ["/pagefind/pagefind-worker.js", "/sw.js"]) {
    assert.deepEqual(
      security(path),
      [...always, "content-security-policy", "referrer-policy"].sort(),
      path,
    );
    const csp = get(path).headers.get("content-security-policy")!;
    assert.match(csp, /default-src 'none'/, path);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/, path);
    assert.match(csp, /connect-src 'self'/, path);
  }
});

Deno.test("kindOf: root scripts and *worker.js are workers; other scripts run in their page", () => {
  assert.equal(kindOf("/sw.js", "text/javascript; charset=utf-8"), "worker");
  assert.equal(kindOf("/service-worker.mjs", "text/javascript; charset=utf-8"), "worker");
  assert.equal(kindOf("/pagefind/pagefind-worker.js", "text/javascript"), "worker");
  assert.equal(kindOf("/pagefind/pagefind.js", "text/javascript"), "subresource");
  assert.equal(kindOf("/_astro/client.Bu8v_p1Y.js", "text/javascript"), "subresource");
  assert.equal(kindOf("/guides/x/index.html", "text/html; charset=utf-8"), "document");
  assert.equal(kindOf("/_astro/Base.Ch0PtbC6.css", "text/css; charset=utf-8"), "subresource");
});

Deno.test("only content-hashed names are immutable; pages and entry files revalidate", () => {
  const hashed = [
    "/_astro/Base.Ch0PtbC6.css",
    "/_astro/client.Bu8v_p1Y.js",
    "/_astro/inter.Dx4kTq2B.woff2",
    "/pagefind/pagefind.en_f4f45f77fa.pf_meta",
    "/pagefind/index/en_8abfe5b.pf_index",
    "/pagefind/fragment/en_14d0f46.pf_fragment",
    "/pagefind/filter/en_c0dd1fe.pf_filter",
  ];
  const unhashed = [
    "/",
    "/guides/escrow/",
    "/404.html",
    "/sitemap-index.xml",
    "/robots.txt",
    "/favicon.svg",
    "/sw.js",
    "/pagefind/pagefind.js",
    "/pagefind/pagefind-worker.js",
    "/pagefind/pagefind-entry.json",
    "/pagefind/pagefind-ui.js",
    "/pagefind/pagefind-ui.css",
    "/pagefind/wasm.en.pagefind",
  ];
  for (const path of hashed) {
    assert.equal(get(path).headers.get("cache-control"), immutable, path);
    // Never revalidated, so no validator is sent.
    assert.equal(get(path).headers.get("etag"), null, path);
  }
  for (const path of unhashed) {
    assert.equal(get(path).headers.get("cache-control"), "no-cache", path);
    assert.match(get(path).headers.get("etag") ?? "", /^"[0-9a-f]{24}(-\w+)?"$/, path);
  }
  for (const path of [...hashed, ...unhashed]) {
    assert.equal(get(path).headers.get("last-modified"), null, path);
  }
});

Deno.test("isHashed needs the hash where Pagefind puts it", () => {
  assert.ok(isHashed("/pagefind/index/es_88d148b.pf_index"));
  assert.ok(!isHashed("/pagefind/index/en.pf_index"));
  assert.ok(!isHashed("/pagefind/pagefind-entry.json"));
  assert.ok(!isHashed("/pagefind/wasm.unknown.pagefind"));
  assert.ok(!isHashed("/guides/a_1234567.pf_index"), "outside /pagefind/");
  assert.equal(cacheControl("/_astro/x.y.js"), immutable);
});

Deno.test("only files with encoded siblings vary on Accept-Encoding", () => {
  assert.equal(get("/").headers.get("vary"), "Accept-Encoding");
  assert.equal(get("/pagefind/pagefind.js").headers.get("vary"), "Accept-Encoding");
  assert.equal(get("/pagefind/index/en_8abfe5b.pf_index").headers.get("vary"), null);
  assert.equal(get("/sw.js").headers.get("vary"), null);
});

Deno.test("content types for what Astro and Pagefind write", () => {
  const type = (path: string) => get(path).headers.get("content-type");
  assert.equal(type("/"), "text/html; charset=utf-8");
  assert.equal(type("/pagefind/pagefind.js"), "text/javascript; charset=utf-8");
  assert.equal(type("/sw.js"), "text/javascript; charset=utf-8");
  assert.equal(type("/_astro/inter.Dx4kTq2B.woff2"), "font/woff2");
  assert.equal(type("/pagefind/index/en_8abfe5b.pf_index"), "application/octet-stream");
  assert.equal(type("/sitemap-index.xml"), "application/xml; charset=utf-8");
});
