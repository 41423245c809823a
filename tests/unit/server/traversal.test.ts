import assert from "node:assert/strict";
import { safePath } from "../../../server/handler.ts";
import { rawRequest } from "../../../tools/raw-http.ts";
import { decoder, get, outside, secret, withServer } from "./fixture.ts";

// Sent over a raw socket: a Request object would resolve "/../" before the handler saw it.

const name = outside.slice(outside.lastIndexOf("/") + 1);
const tmp = outside.slice(1, outside.lastIndexOf("/")); // "tmp" or wherever temp files live

const refused = [
  `/../${name}`,
  `/../../../../${tmp}/${name}`,
  `/guides/../../${name}`,
  `/./index.html`,
  `/%2e%2e/${name}`,
  `/%2E%2E/%2e%2e/${tmp}/${name}`,
  `/guides/%2e%2e%2f%2e%2e%2f${name}`,
  `/..%2f${name}`,
  `/..%5c..%5c${name}`,
  `/guides%2fescrow/`,
  `/guides%2Fescrow/index.html`,
  `/guides%5cescrow/`,
  "/%E0%A4%A",
  "/%zz",
  "/index.html%00.css",
  "/a%0d%0aSet-Cookie:x=1",
  `/${"a".repeat(5000)}`,
];

Deno.test("traversal, encoded slashes and bad encodings get 400 on the wire", async () => {
  await withServer(async (port) => {
    for (const target of refused) {
      const res = await rawRequest(port, target);
      assert.equal(res.status, 400, target);
      assert.ok(!decoder.decode(res.body).includes(secret), target);
      assert.equal(res.headers.find(([n]) => n === "x-content-type-options")?.[1], "nosniff");
    }
  });
});

Deno.test("the raw cases really differ from what a Request object delivers", () => {
  // new Request() turns "/guides/../index.html" into "/index.html": a test through it would pass
  // whatever the handler did with dot segments.
  assert.equal(new Request("http://x/guides/../index.html").url, "http://x/index.html");
  assert.equal(get("/guides/../index.html").status, 200);
});

Deno.test("percent-encoded names that are not tricks still work", async () => {
  await withServer(async (port) => {
    assert.equal((await rawRequest(port, "/guides/%65scrow/")).status, 200);
    assert.equal((await rawRequest(port, "/index.html?a=%2f..%2f")).status, 200, "query ignored");
    assert.equal((await rawRequest(port, "/guides//escrow/")).status, 404);
  });
});

Deno.test("safePath refuses dot segments, encoded separators and control characters", () => {
  assert.equal(safePath("/guides/%2e%2e/x"), undefined);
  assert.equal(safePath("/guides/..%2fx"), undefined);
  assert.equal(safePath("/a%2Fb"), undefined);
  assert.equal(safePath("/a%5Cb"), undefined);
  assert.equal(safePath("/a%0d%0aSet-Cookie:x"), undefined);
  assert.equal(safePath("/gu%C3%ADas/"), "/guías/");
  assert.equal(safePath("/a..b/c."), "/a..b/c.");
});
