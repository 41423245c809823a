import assert from "node:assert/strict";
import { serverError } from "../../../server/handler.ts";
import { header, rawRequest } from "../../../tools/raw-http.ts";
import { files, get, handle, withServer } from "./fixture.ts";

// Routing: folders, 404 pages, redirects, methods and the error answer.

Deno.test("a folder serves its index.html", async () => {
  const res = get("/guides/escrow/");
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "text/html; charset=utf-8");
  assert.equal(await res.text(), files["/guides/escrow/index.html"]);
  assert.equal(await get("/").text(), files["/index.html"]);
  assert.equal(await get("/index.html").text(), files["/index.html"]);
});

Deno.test("unknown paths get the site's 404 page, in Spanish under /es/, never cached", async () => {
  const res = get("/no-such-page/");
  assert.equal(res.status, 404);
  assert.equal(await res.text(), files["/404.html"]);
  assert.equal(res.headers.get("cache-control"), "no-store");
  assert.equal(res.headers.get("etag"), null);
  const es = get("/es/no-existe/");
  assert.equal(es.status, 404);
  assert.equal(await es.text(), files["/es/404/index.html"]);
  // The 404 pages themselves, asked for by name, are ordinary pages.
  assert.equal(get("/404.html").status, 200);
});

Deno.test("a 404 page is negotiated and answers HEAD like any page", async () => {
  await withServer(async (port) => {
    const gzip = await rawRequest(port, "/missing/", { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(gzip.status, 404);
    // The fixture's 404.html has no .gz sibling.
    assert.equal(header(gzip, "content-encoding"), null);
    const head = await rawRequest(port, "/missing/", { method: "HEAD" });
    assert.equal(head.status, 404);
    assert.equal(head.body.byteLength, 0);
    assert.equal(Number(header(head, "content-length")), files["/404.html"].length);
    // A stored ETag for another page must not turn a 404 into a 304.
    const conditional = await rawRequest(port, "/missing/", { headers: { "If-None-Match": "*" } });
    assert.equal(conditional.status, 404);
  });
});

Deno.test("a folder without its slash redirects to it, keeping the query", () => {
  const res = get("/guides/escrow?x=1");
  assert.equal(res.status, 301);
  assert.equal(res.headers.get("location"), "/guides/escrow/?x=1");
  assert.equal(res.headers.get("strict-transport-security") !== null, true);
  assert.equal(get("/es").status, 404, "no /es/ folder in this fixture");
});

Deno.test("methods other than GET and HEAD get 405 with Allow", () => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
    const res = get("/", { method });
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.get("allow"), "GET, HEAD");
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  }
});

Deno.test("the 500 answer carries the security headers", async () => {
  const res = serverError();
  assert.equal(res.status, 500);
  assert.equal(res.headers.get("content-type"), "text/plain; charset=utf-8");
  assert.equal(res.headers.get("cache-control"), "no-store");
  for (
    const name of [
      "content-security-policy",
      "x-frame-options",
      "strict-transport-security",
      "x-content-type-options",
      "cross-origin-resource-policy",
      "referrer-policy",
    ]
  ) {
    assert.ok(res.headers.get(name), name);
  }
  assert.equal(await res.text(), "Internal server error");
  // Each call is a fresh response: a body read once does not break the next.
  assert.equal(await serverError().text(), "Internal server error");
});

Deno.test("plain error answers state their length on HEAD", async () => {
  await withServer(async (port) => {
    const res = await rawRequest(port, "/%zz", { method: "HEAD" });
    assert.equal(res.status, 400);
    assert.equal(header(res, "content-length"), String("Bad request".length));
    assert.equal(res.body.byteLength, 0);
  });
});

Deno.test("an error while answering is one log line and a 500, not a thrown stack", () => {
  const logged: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  try {
    // A request that fails as soon as the handler reads it, its message spread over lines.
    const broken = {
      method: "GET",
      url: "http://localhost/faq?q=1",
      get headers(): Headers {
        throw new RangeError("first line\n    at somewhere (file.ts:1:1)");
      },
    } as Request;
    const res = handle(broken);
    assert.equal(res.status, 500);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  } finally {
    console.error = original;
  }
  assert.equal(logged.length, 1);
  assert.equal(logged[0].length, 1);
  const line = String(logged[0][0]);
  assert.doesNotMatch(line, /\n/);
  assert.match(line, /500 GET "http:\/\/localhost\/faq\?q=1": RangeError: first line at somewhere/);
});
