import assert from "node:assert/strict";
import { withRealServer } from "./server.ts";

// Slow and idle connections are closed while honest clients are served, on loopback, with a
// fixed number of connections and short timeouts so the test takes seconds: the server's
// defaults are longer (server/connections.ts), the mechanism is the same.

const headerTimeout = 2;
const idleTimeout = 3;
/** How long after its deadline a connection may still be open: the sweep runs every second. */
const slack = 2.5;
const tricklers = 40;
const idlers = 20;

const encoder = new TextEncoder();
const seconds = (since: number) => (performance.now() - since) / 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the server closes the connection (EOF or reset), or after `limit` seconds. */
async function closedBy(conn: Deno.Conn, limit: number): Promise<boolean> {
  const buffer = new Uint8Array(4096);
  const eof = (async () => {
    try {
      while (await conn.read(buffer) !== null) { /* an answer would be read and dropped */ }
    } catch { /* reset */ }
    return true;
  })();
  return await Promise.race([eof, sleep(limit * 1000).then(() => false)]);
}

/** Reads until a response head ends (HEAD answers have no body) and returns its status. */
async function readHead(conn: Deno.Conn): Promise<number> {
  const buffer = new Uint8Array(4096);
  let text = "";
  while (!text.includes("\r\n\r\n")) {
    const n = await conn.read(buffer);
    if (n === null) throw new Error("closed before the response ended");
    text += new TextDecoder().decode(buffer.subarray(0, n));
  }
  return Number(text.split(" ")[1]);
}

/** A request head that never ends: one more byte every 300 ms. Returns when it was closed. */
async function trickle(port: number): Promise<number> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  const started = performance.now();
  let open = true;
  const writer = (async () => {
    await conn.write(encoder.encode("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "))
      .catch(() => {});
    while (open) {
      await sleep(300);
      await conn.write(encoder.encode("a")).catch(() => open = false);
    }
  })();
  const closed = await closedBy(conn, headerTimeout + slack + 1);
  open = false;
  await writer;
  conn.close();
  return closed ? seconds(started) : Infinity;
}

/** One request answered, then silence on the kept-alive connection. Returns when it was closed. */
async function idle(port: number): Promise<{ status: number; after: number }> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  await conn.write(encoder.encode("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
  const status = await readHead(conn);
  const answered = performance.now();
  const closed = await closedBy(conn, idleTimeout + slack + 1);
  conn.close();
  return { status, after: closed ? seconds(answered) : Infinity };
}

/** An honest keep-alive client: one request a second for 6 s, all on the same connection. */
async function steady(port: number): Promise<number[]> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  const statuses: number[] = [];
  try {
    for (let i = 0; i < 6; i++) {
      await conn.write(encoder.encode("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
      statuses.push(await readHead(conn));
      await sleep(1000);
    }
  } finally {
    conn.close();
  }
  return statuses;
}

/** A slow but honest client: its request head in three parts over 1.2 s, under the deadline. */
async function slowButHonest(port: number): Promise<number> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  try {
    for (
      const part of ["HEAD / HTTP/1.1\r\n", "Host: 127.0.0.1\r\n", "Connection: close\r\n\r\n"]
    ) {
      await conn.write(encoder.encode(part));
      await sleep(600);
    }
    return await readHead(conn);
  } finally {
    conn.close();
  }
}

/** Fresh connections through fetch, one after another, for `duration` seconds. */
async function fetches(port: number, duration: number): Promise<number[]> {
  const statuses: number[] = [];
  const started = performance.now();
  while (seconds(started) < duration) {
    const res = await fetch(`http://127.0.0.1:${port}/guides/`);
    await res.body?.cancel();
    statuses.push(res.status);
    await sleep(100);
  }
  return statuses;
}

Deno.test(
  `${tricklers} slow request heads and ${idlers} idle keep-alives are closed; honest clients served`,
  async () => {
    await withRealServer(async (port) => {
      const [slow, quiet, kept, honest, fresh] = await Promise.all([
        Promise.all(Array.from({ length: tricklers }, () => trickle(port))),
        Promise.all(Array.from({ length: idlers }, () => idle(port))),
        steady(port),
        slowButHonest(port),
        fetches(port, headerTimeout + slack),
      ]);
      const range = (xs: number[]) =>
        `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} s`;
      console.log(
        `slow heads closed after ${range(slow)}; idle keep-alives after ${
          range(quiet.map((q) => q.after))
        }; ${fresh.length} fresh requests and ${kept.length} kept-alive ones served meanwhile`,
      );
      for (const after of slow) {
        assert.ok(after >= headerTimeout - 0.3, `a slow head was closed early, after ${after} s`);
        assert.ok(after <= headerTimeout + slack, `a slow head was still open after ${after} s`);
      }
      for (const { status, after } of quiet) {
        assert.equal(status, 200);
        assert.ok(
          after >= idleTimeout - 0.3,
          `an idle connection was closed early, after ${after} s`,
        );
        assert.ok(after <= idleTimeout + slack, `an idle connection was open after ${after} s`);
      }
      assert.deepEqual(kept, [200, 200, 200, 200, 200, 200], "the steady keep-alive client");
      assert.equal(honest, 200, "the slow but honest client");
      assert.ok(fresh.length >= 5);
      assert.deepEqual(new Set(fresh), new Set([200]), "fresh connections meanwhile");
    }, { HEADER_TIMEOUT: String(headerTimeout), IDLE_TIMEOUT: String(idleTimeout) });
  },
);
