import assert from "node:assert/strict";
import { hashedPath } from "../../../server/caching.ts";
import type { SaveList, WorkerBuild } from "../../../src/offline/types.ts";
import { Responder } from "../../../src/offline/worker/respond.ts";
import { cacheNameOf, integrityOf } from "../../../src/offline/worker/store.ts";
import { html, network, origin } from "./worker-env.ts";

// The worker's answers, run against Deno's Cache Storage with the network played by the test.

const css = "body{margin:0}";
const vocabulary = '["escrow","payoff"]';

async function setUp(timeout = 50) {
  const build: WorkerBuild = {
    version: `test-${crypto.randomUUID()}`,
    shell: [],
    assets: [["/_astro/Base.Ab12Cd34.css", await integrityOf(new Response(css))]],
    asUsed: [["/pagefind/vocabulary.en.json", await integrityOf(new Response(vocabulary))]],
    hashed: hashedPath.source,
    languages: [
      {
        code: "en",
        prefix: "/",
        notFound: "/404.html",
        offline: "/offline/",
        list: ["/offline/en.json", ""],
      },
      {
        code: "es",
        prefix: "/es/",
        notFound: "/es/404/",
        offline: "/es/offline/",
        list: ["/offline/es.json", ""],
      },
    ],
    timeout,
  };
  const cache = await caches.open(cacheNameOf(build.version));
  for (
    const [path, text] of Object.entries({
      "/offline/": "en offline",
      "/es/offline/": "es offline",
      "/404.html": "en 404",
      "/es/404/": "es 404",
    })
  ) await cache.put(path, html(text));
  return { build, cache, responder: new Responder(build) };
}

/** A page built with this build's stylesheet, or with one this build does not have. */
const page = (text: string, stylesheet = "/_astro/Base.Ab12Cd34.css") =>
  `<link rel="stylesheet" href="${stylesheet}"><main>${text}</main>`;

/** What the worker answers to a request, and what it keeps doing after (storing). */
async function ask(responder: Responder, path: string, mode: RequestMode = "navigate") {
  const kept: Promise<unknown>[] = [];
  const request = { url: origin + path, mode, method: "GET" } as Request;
  const response = await responder.respond(
    request,
    Promise.resolve(undefined),
    (w) => kept.push(w),
  );
  await Promise.all(kept);
  return response;
}

Deno.test("a page from the network is answered and stored; offline it comes from the cache", async () => {
  const { responder, cache } = await setUp();
  {
    using _ = network(() => html(page("escrow")));
    assert.equal(await (await ask(responder, "/guides/escrow/")).text(), page("escrow"));
  }
  assert.equal(await (await cache.match("/guides/escrow/"))?.text(), page("escrow"));
  using _ = network(() => undefined);
  const offline = await ask(responder, "/guides/escrow/");
  assert.equal([offline.status, await offline.text()].join(" "), `200 ${page("escrow")}`);
});

Deno.test("a page naming CSS or JS this build does not have is answered but not stored", async () => {
  const { responder, cache } = await setUp();
  using _ = network(() => html(page("newer build", "/_astro/Base.Zz99Yy88.css")));
  assert.equal((await ask(responder, "/guides/escrow/")).status, 200);
  assert.equal(await cache.match("/guides/escrow/"), undefined);
});

Deno.test("a slow network gives way to the cached copy after the timeout", async () => {
  const { responder, cache } = await setUp(50);
  await cache.put("/guides/escrow/", html("cached"));
  using _ = network(() =>
    new Promise<Response>((done) => setTimeout(() => done(html("late")), 500))
  );
  const started = performance.now();
  const request = { url: `${origin}/guides/escrow/`, mode: "navigate" } as Request;
  const kept: Promise<unknown>[] = [];
  const response = await responder.respond(
    request,
    Promise.resolve(undefined),
    (w) => kept.push(w),
  );
  assert.ok(performance.now() - started < 400, "answered before the network");
  assert.equal(await response.text(), "cached");
  await Promise.all(kept);
});

Deno.test("a slow network with nothing cached is waited for", async () => {
  const { responder } = await setUp(20);
  using _ = network(() =>
    new Promise<Response>((done) => setTimeout(() => done(html("late")), 80))
  );
  assert.equal(await (await ask(responder, "/guides/escrow/")).text(), "late");
});

Deno.test("offline, a page never stored gets the offline page of its language, 503", async () => {
  const { responder } = await setUp();
  using _ = network(() => undefined);
  for (
    const [path, text] of [["/guides/escrow/", "en offline"], ["/es/guides/escrow/", "es offline"]]
  ) {
    const response = await ask(responder, path);
    assert.deepEqual([response.status, await response.text()], [503, text]);
  }
});

Deno.test("offline, a language whose list is stored answers 404 for a page it does not have", async () => {
  const { responder, cache } = await setUp();
  const list: SaveList = { files: [["/es/guides/escrow/", "sha256-x", 10]] };
  await cache.put("/offline/es.json", Response.json(list));
  using _ = network(() => undefined);
  const missing = await ask(responder, "/es/no-existe/");
  assert.deepEqual([missing.status, await missing.text()], [404, "es 404"]);
  // In the list but not stored (a save that stopped): not saved, not missing.
  assert.equal((await ask(responder, "/es/guides/escrow/")).status, 503);
  assert.equal((await ask(responder, "/no-such-page/")).status, 503, "English is not saved");
});

Deno.test("offline, a stored page's address without the final slash redirects to it", async () => {
  const { responder, cache } = await setUp();
  await cache.put("/guides/escrow/", html("escrow"));
  using _ = network(() => undefined);
  const response = await ask(responder, "/guides/escrow");
  assert.equal(response.status, 301);
  assert.equal(response.headers.get("location"), `${origin}/guides/escrow/`);
});

Deno.test("hashed files come from the cache first; this build's CSS and index chunks are stored", async () => {
  const { responder, cache } = await setUp();
  const chunk = "/pagefind/fragment/en_1234567.pf_fragment";
  {
    using net = network((path) =>
      path === "/_astro/Base.Ab12Cd34.css"
        ? new Response(css)
        : path === "/_astro/Other.Cc33Dd44.js"
        ? new Response("not this build's")
        : new Response("chunk")
    );
    for (const path of ["/_astro/Base.Ab12Cd34.css", "/_astro/Other.Cc33Dd44.js", chunk]) {
      assert.equal((await ask(responder, path, "cors")).status, 200);
    }
    await ask(responder, "/_astro/Base.Ab12Cd34.css", "cors");
    assert.equal(net.asked.filter((path) => path === "/_astro/Base.Ab12Cd34.css").length, 1);
  }
  assert.equal(await (await cache.match("/_astro/Base.Ab12Cd34.css"))?.text(), css);
  assert.equal(await (await cache.match(chunk))?.text(), "chunk");
  assert.equal(await cache.match("/_astro/Other.Cc33Dd44.js"), undefined);
});

Deno.test("unhashed files: network first, the cached copy when offline, ignoring the query", async () => {
  const { responder, cache } = await setUp();
  await cache.put("/pagefind/pagefind-entry.json", new Response("cached entry"));
  {
    using _ = network(() => new Response("fresh entry"));
    assert.equal(
      await (await ask(responder, "/pagefind/pagefind-entry.json?ts=1", "cors")).text(),
      "fresh entry",
    );
  }
  using _ = network(() => undefined);
  assert.equal(
    await (await ask(responder, "/pagefind/pagefind-entry.json?ts=2", "cors")).text(),
    "cached entry",
  );
  assert.equal((await ask(responder, "/robots.txt", "cors")).type, "error");
});

Deno.test("a search vocabulary is stored as it passes when its bytes are this build's, and answered offline", async () => {
  const { responder, cache } = await setUp();
  const path = "/pagefind/vocabulary.en.json";
  {
    using _ = network(() => new Response('["another build"]'));
    assert.equal(await (await ask(responder, path, "cors")).text(), '["another build"]');
  }
  assert.equal(await cache.match(path), undefined, "another build's vocabulary is not stored");
  {
    using _ = network(() => new Response(vocabulary));
    assert.equal(await (await ask(responder, path, "cors")).text(), vocabulary);
  }
  using _ = network(() => undefined);
  assert.equal(await (await ask(responder, path, "cors")).text(), vocabulary);
  assert.equal((await ask(responder, "/pagefind/vocabulary.es.json", "cors")).type, "error");
});
