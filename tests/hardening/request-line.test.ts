import assert from "node:assert/strict";
import { dist, withRealServer } from "./server.ts";
import { exchange, get, latin1 } from "./wire.ts";

// What the server answers depends on the request line alone: raw bytes in a query never make a
// 500, and the Host header never moves the path or a redirect's Location. Sent byte for byte over
// a socket to the real server on the real build.

const home = Deno.readTextFileSync(`${dist}/index.html`);

Deno.test("raw non-ASCII in a folder redirect's query is percent-encoded, never a 500", async () => {
  await withRealServer(async (port) => {
    const cases: [target: string, location: string][] = [
      ["/faq?q=😀", "/faq/?q=%F0%9F%98%80"],
      ["/faq?q=a😀b&lang=ü", "/faq/?q=a%F0%9F%98%80b&lang=%C3%BC"],
      ["/es/faq?q=préstamo", "/es/faq/?q=pr%C3%A9stamo"],
      ["/guides?q=%F0%9F%98%80", "/guides/?q=%F0%9F%98%80"],
    ];
    for (const [target, location] of cases) {
      const res = await get(port, target, `127.0.0.1:${port}`);
      assert.equal(res.status, 301, target);
      assert.equal(res.headers.get("location"), location, target);
    }
    // Bytes that are not UTF-8 at all, alone or cut mid-character.
    for (const query of ["\xff", "\xf0\x9f", "a\xc3", "\xed\xa0\x80"]) {
      const target = `/faq?q=${query}`;
      const res = await exchange(
        port,
        [`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, "Connection: close"],
        latin1,
      );
      assert.ok(res.status < 500, `${JSON.stringify(target)} -> ${res.status}`);
      if (res.status === 301) assert.match(res.headers.get("location")!, /^\/faq\/\?q=[!-~]*$/);
    }
  });
});

Deno.test("the path is the request target's: a Host header cannot move it", async () => {
  await withRealServer(async (port) => {
    // "guides" is a valid host name: it names the host, not a folder.
    const plain = await get(port, "/", "guides");
    assert.equal(plain.status, 200);
    assert.equal(plain.body, home, "GET / with Host: guides serves the home page");
    for (const host of ["help.example.com", "evil.example:1", `127.0.0.1:${port}`]) {
      const res = await get(port, "/guides", host);
      assert.equal(res.status, 301, host);
      assert.equal(res.headers.get("location"), "/guides/", host);
    }
    // An absolute-form target carries its own authority; the path is still the target's.
    const absolute = await get(port, "http://help.example.com/guides", "other.example");
    assert.equal(absolute.status, 301);
    assert.equal(absolute.headers.get("location"), "/guides/");
  });
});

Deno.test("a Host that is not host[:port] gets 400, whatever the path", async () => {
  await withRealServer(async (port) => {
    const invalid = [
      "evil/guides",
      "evil/",
      "/guides",
      "evil?x=1",
      "evil#top",
      "user@evil",
      "evil:http",
      "evil:1:2",
      "[::1",
      "a b",
      "evil\\guides",
    ];
    for (const host of invalid) {
      for (const target of ["/", "/guides", "/guides/"]) {
        const res = await get(port, target, host);
        assert.equal(res.status, 400, `Host: ${host}, ${target}`);
        assert.equal(res.headers.get("location"), undefined, `Host: ${host}, ${target}`);
        assert.equal(res.body, "Bad request");
      }
    }
    const twice = await exchange(port, [
      "GET / HTTP/1.1",
      "Host: help.example.com",
      "Host: evil.example",
      "Connection: close",
    ]);
    assert.equal(twice.status, 400, "two Host headers");
  });
});

Deno.test("valid Host forms, an empty Host and HTTP/1.0 without one are served", async () => {
  await withRealServer(async (port) => {
    const valid = [
      "help.example.com",
      "help.example.com:8443",
      "HELP.Example.COM",
      "localhost",
      `127.0.0.1:${port}`,
      "[::1]",
      `[::1]:${port}`,
      "xn--prstamo-cya.example",
      "",
    ];
    for (const host of valid) {
      const res = await get(port, "/", host);
      assert.equal(res.status, 200, `Host: ${host}`);
      assert.equal(res.body, home, `Host: ${host}`);
    }
    const old = await get(port, "/", null, "1.0");
    assert.equal(old.status, 200, "HTTP/1.0 without Host");
    assert.equal(old.body, home);
  });
});
