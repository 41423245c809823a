import assert from "node:assert/strict";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { negotiateEncoding } from "../../../server/negotiation.ts";
import { header, rawRequest } from "../../../tools/raw-http.ts";
import { decoder, files, withServer } from "./fixture.ts";

// Content negotiation, HEAD, conditional requests and Range, checked on the wire: what Deno
// actually sends (content-length on HEAD, no body on 304) is part of the contract.

const all = { br: 1, gzip: 1, identity: 1 };

Deno.test("the encoding with the highest q-value wins; ties go to the smaller", () => {
  const cases: [string | null, string][] = [
    [null, "identity"],
    ["", "identity"],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, br", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["gzip;q=0.8, br;q=0.9", "br"],
    ["br;q=1.0, gzip;q=1.0", "br"],
    ["gzip;q=0, br;q=0", "identity"],
    ["br;q=0", "identity"],
    ["*", "br"],
    ["*;q=0.5, gzip", "gzip"],
    ["GZIP", "gzip"],
    ["x-gzip", "gzip"],
    ["br;q=abc, gzip;q=0.1", "gzip"],
    ["br;q=2, gzip;q=0.1", "gzip"],
    ["identity;q=0.9, gzip;q=0.5", "identity"],
    ["deflate", "identity"],
  ];
  for (const [accept, expected] of cases) {
    assert.equal(negotiateEncoding(accept, all), expected, String(accept));
  }
  // Only what the file has is considered.
  assert.equal(negotiateEncoding("br, gzip;q=0.5", { gzip: 1, identity: 1 }), "gzip");
  assert.equal(negotiateEncoding("br", { gzip: 1, identity: 1 }), "identity");
  // Nothing acceptable: the header is disregarded rather than answered 406.
  assert.equal(negotiateEncoding("identity;q=0", { identity: 1 }), "identity");
});

const decode = {
  br: (bytes: Uint8Array) => decoder.decode(brotliDecompressSync(bytes)),
  gzip: (bytes: Uint8Array) => decoder.decode(gunzipSync(bytes)),
  identity: (bytes: Uint8Array) => decoder.decode(bytes),
};
const asking = { br: "br;q=1, gzip;q=0.8", gzip: "gzip, br;q=0.5", identity: "identity" };
const encodings = ["br", "gzip", "identity"] as const;
const page = "/guides/escrow/";
const text = files["/guides/escrow/index.html"];

Deno.test("GET sends each encoding's bytes, with its own ETag", async () => {
  await withServer(async (port) => {
    const etags = new Set<string>();
    for (const encoding of encodings) {
      const res = await rawRequest(port, page, {
        headers: { "Accept-Encoding": asking[encoding] },
      });
      assert.equal(res.status, 200);
      assert.equal(header(res, "content-encoding"), encoding === "identity" ? null : encoding);
      assert.equal(header(res, "vary"), "Accept-Encoding");
      assert.equal(Number(header(res, "content-length")), res.body.byteLength);
      assert.equal(decode[encoding](res.body), text, encoding);
      etags.add(header(res, "etag")!);
    }
    assert.equal(etags.size, 3, "one ETag per encoding");
  });
});

Deno.test("HEAD sends GET's headers, its content-length, and no body, for each encoding", async () => {
  await withServer(async (port) => {
    for (const encoding of encodings) {
      const headers = { "Accept-Encoding": asking[encoding] };
      const got = await rawRequest(port, page, { headers });
      const head = await rawRequest(port, page, { method: "HEAD", headers });
      assert.equal(head.status, 200);
      assert.equal(head.body.byteLength, 0, encoding);
      const without = (r: typeof got) => r.headers.filter(([name]) => name !== "date");
      assert.deepEqual(without(head), without(got), encoding);
      assert.equal(Number(header(head, "content-length")), got.body.byteLength, encoding);
    }
  });
});

Deno.test("If-None-Match answers 304 for each encoding's own ETag only", async () => {
  await withServer(async (port) => {
    const etag: Record<string, string> = {};
    for (const encoding of encodings) {
      const res = await rawRequest(port, page, {
        headers: { "Accept-Encoding": asking[encoding] },
      });
      etag[encoding] = header(res, "etag")!;
    }
    for (const encoding of encodings) {
      for (const method of ["GET", "HEAD"]) {
        const ask = (ifNoneMatch: string) =>
          rawRequest(port, page, {
            method,
            headers: { "Accept-Encoding": asking[encoding], "If-None-Match": ifNoneMatch },
          });
        const same = await ask(etag[encoding]);
        assert.equal(same.status, 304, `${method} ${encoding}`);
        assert.equal(same.body.byteLength, 0);
        assert.equal(header(same, "etag"), etag[encoding]);
        assert.equal(header(same, "cache-control"), "no-cache");
        assert.equal(header(same, "vary"), "Accept-Encoding");
        assert.equal((await ask(`W/${etag[encoding]}`)).status, 304, "weak comparison");
        assert.equal((await ask(`"other", ${etag[encoding]}`)).status, 304, "in a list");
        assert.equal((await ask("*")).status, 304);
        // Another encoding's tag names other bytes: the full answer follows.
        const other = encodings.find((e) => e !== encoding)!;
        const changed = await ask(etag[other]);
        assert.equal(changed.status, 200, `${method} ${encoding} with the ${other} tag`);
        assert.equal(header(changed, "etag"), etag[encoding]);
      }
    }
  });
});

Deno.test("If-Modified-Since alone never answers 304: no Last-Modified is sent", async () => {
  await withServer(async (port) => {
    const res = await rawRequest(port, page, {
      headers: { "If-Modified-Since": "Sat, 01 Jan 2100 00:00:00 GMT" },
    });
    assert.equal(res.status, 200);
    assert.equal(header(res, "last-modified"), null);
  });
});

Deno.test("Range is refused the same way everywhere: the whole file, 200, no Content-Range", async () => {
  await withServer(async (port) => {
    const ranges = [
      "bytes=0-9",
      "bytes=-5",
      "bytes=5-",
      "bytes=0-0,5-9",
      "bytes=99999-",
      "lines=1-2",
    ];
    const paths = [page, "/_astro/Base.Ch0PtbC6.css", "/pagefind/index/en_8abfe5b.pf_index"];
    for (const path of paths) {
      for (const encoding of encodings) {
        const full = await rawRequest(port, path, {
          headers: { "Accept-Encoding": asking[encoding] },
        });
        for (const range of ranges) {
          for (const method of ["GET", "HEAD"]) {
            const res = await rawRequest(port, path, {
              method,
              headers: { "Accept-Encoding": asking[encoding], "Range": range, "If-Range": '"x"' },
            });
            const what = `${method} ${path} ${encoding} ${range}`;
            assert.equal(res.status, 200, what);
            assert.equal(header(res, "content-range"), null, what);
            assert.equal(header(res, "accept-ranges"), null, what);
            assert.equal(header(res, "content-length"), header(full, "content-length"), what);
            if (method === "GET") assert.deepEqual(res.body, full.body, what);
          }
        }
      }
    }
  });
});
