import assert from "node:assert/strict";
import fc from "fast-check";
import { createHandler } from "../../../server/handler.ts";
import { loadSite } from "../../../server/site.ts";

// Bounded fuzzing of the real server over TCP: paths, methods, headers and conditional values.
// Never a 5xx, never a byte from outside the site, and the server still answers afterwards.

const dist = await Deno.makeTempDir({ prefix: "help-fuzz-" });
await Deno.mkdir(`${dist}/guides/escrow`, { recursive: true });
await Deno.writeTextFile(`${dist}/index.html`, "<!doctype html><title>Home</title>");
await Deno.writeTextFile(`${dist}/404.html`, "<!doctype html><title>Not found</title>");
await Deno.writeTextFile(
  `${dist}/guides/escrow/index.html`,
  "<!doctype html><title>Escrow</title>",
);
const secretDir = await Deno.makeTempDir({ prefix: "help-secret-" });
const secret = "TOP-SECRET-OUTSIDE-DIST";
await Deno.writeTextFile(`${secretDir}/passwd`, secret);

const pathPart = fc.oneof(
  fc.constantFrom(
    "..",
    "%2e%2e",
    "%2E%2E%2F",
    "..%5c",
    "%00",
    "%",
    "%zz",
    "%c0%ae",
    "%ff",
    "//",
    "guides",
    "escrow",
    "index.html",
    secretDir.slice(1),
    "passwd",
    "é",
    "%E2%80%AE",
    "😀",
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.string({ maxLength: 3000, unit: "binary" }).map((s) => encodeURIComponent(s)),
);
const path = fc.array(pathPart, { maxLength: 8 }).map((parts) => `/${parts.join("/")}`);
const method = fc.constantFrom(
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "OPTIONS",
  "PATCH",
  "TRACE",
  "BREW",
);
const headerValue = fc.oneof(
  fc.constantFrom("*", '"x"', 'W/"x"', "bytes=0-1", "bytes=-5", "bytes=9999999999-", "gzip;q=abc"),
  fc.string({ maxLength: 200 }).map((s) => s.replace(/[\r\n\0]/g, "")),
);

/**
 * Sends one request over a raw socket, so paths reach the server exactly as written (fetch
 * would normalise "..") and any method is allowed. Returns the status code and the whole reply.
 */
async function rawRequest(
  port: number,
  request: string,
): Promise<{ status: number; reply: string }> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  try {
    await conn.write(new TextEncoder().encode(request));
    const chunks: Uint8Array[] = [];
    const buffer = new Uint8Array(16384);
    for (let n = await conn.read(buffer); n !== null; n = await conn.read(buffer)) {
      chunks.push(buffer.slice(0, n));
    }
    const reply = new TextDecoder().decode(new Uint8Array(chunks.flatMap((c) => [...c])));
    return { status: Number(reply.slice(9, 12)), reply };
  } finally {
    conn.close();
  }
}

/** Header values go on the wire as UTF-8 bytes, minus line breaks (HTTP cannot carry them). */
const wire = (value: string) => value.replace(/[\r\n]/g, "");

Deno.test("fuzzed requests never get a 5xx or a file from outside dist/", async () => {
  const server = Deno.serve(
    { port: 0, hostname: "127.0.0.1", onListen: () => {} },
    createHandler(await loadSite(dist)),
  );
  const port = server.addr.port;
  let requests = 0;
  try {
    await fc.assert(
      fc.asyncProperty(
        path,
        method,
        headerValue,
        headerValue,
        headerValue,
        async (p, m, range, ifNoneMatch, encoding) => {
          requests++;
          const { status, reply } = await rawRequest(
            port,
            `${m} ${p} HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: ${wire(range)}\r\n` +
              `If-None-Match: ${wire(ifNoneMatch)}\r\nAccept-Encoding: ${wire(encoding)}\r\n` +
              "Connection: close\r\n\r\n",
          );
          assert.ok(status >= 200 && status < 500, `${m} ${p} -> ${status}`);
          assert.ok(!reply.includes(secret), `${m} ${p} leaked a file`);
        },
      ),
      { numRuns: 400, interruptAfterTimeLimit: 30_000 },
    );
    const after = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(after.status, 200);
    await after.body?.cancel();
    console.log(`fuzz: ${requests} requests, no 5xx, no leak, server still answering`);
  } finally {
    await server.shutdown();
  }
});

Deno.test("a short load run completes with zero errors", async () => {
  const server = Deno.serve(
    { port: 0, hostname: "127.0.0.1", onListen: () => {} },
    createHandler(await loadSite(dist)),
  );
  const url = `http://127.0.0.1:${server.addr.port}/guides/escrow/`;
  const total = 2000;
  const concurrency = 50;
  let errors = 0;
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const response = await fetch(url).catch(() => undefined);
        if (response?.status !== 200) errors++;
        await response?.body?.cancel();
      }
    }));
  } finally {
    await server.shutdown();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `load: ${total} requests, ${concurrency} at a time, ${errors} errors, ${
      (total / seconds).toFixed(0)
    } req/s`,
  );
  assert.equal(errors, 0);
});
