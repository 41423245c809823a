import assert from "node:assert/strict";
import { dist, distPaths, withRealServer } from "./server.ts";

// A load run against the real server on the real build: a fixed number of requests, many at a
// time over keep-alive connections, spread over every file in dist/ plus misses and HEADs. Every
// answer must be right, byte for byte, not merely fast.

const total = 2000;
const concurrency = 50;

interface Case {
  path: string;
  method: "GET" | "HEAD";
  status: number;
  body?: Uint8Array;
}

function cases(): Case[] {
  const files = distPaths();
  const out: Case[] = files.map((path) => ({
    path: path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path,
    method: "GET",
    status: 200,
    body: Deno.readFileSync(dist + path),
  }));
  out.push({ path: "/no-such-page/", method: "GET", status: 404 });
  out.push({ path: "/es/no-existe/", method: "GET", status: 404 });
  out.push({ path: "/", method: "HEAD", status: 200 });
  return out;
}

Deno.test(`${total} requests, ${concurrency} at a time: every answer right`, async () => {
  const all = cases();
  await withRealServer(async (port) => {
    const failures: string[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const c = all[next++ % all.length];
        try {
          // fetch asks for gzip and br and decodes them: compared with the file, this checks the
          // precompressed siblings too.
          const res = await fetch(`http://127.0.0.1:${port}${c.path}`, { method: c.method });
          const body = new Uint8Array(await res.arrayBuffer());
          if (res.status !== c.status) failures.push(`${c.method} ${c.path}: ${res.status}`);
          else if (c.body && !bytesEqual(body, c.body)) failures.push(`${c.path}: body differs`);
          else if (c.method === "HEAD" && body.byteLength !== 0) failures.push(`HEAD ${c.path}`);
        } catch (error) {
          failures.push(`${c.method} ${c.path}: ${error}`);
        }
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `load: ${total} requests over ${all.length} paths, ${concurrency} at a time, ` +
        `${failures.length} failures, ${(total / seconds).toFixed(0)} req/s`,
    );
    assert.deepEqual(failures.slice(0, 10), []);
  });
});

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}
