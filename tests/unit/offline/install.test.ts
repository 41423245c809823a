import assert from "node:assert/strict";
import { hashedPath } from "../../../server/caching.ts";
import type { SaveList, WorkerBuild } from "../../../src/offline/types.ts";
import { savedMark } from "../../../src/offline/urls.ts";
import { install } from "../../../src/offline/worker/install.ts";
import { cacheNameOf, integrityOf } from "../../../src/offline/worker/store.ts";
import { connection, html, network } from "./worker-env.ts";

// Installing a new build over an older one, with the network played by the test.

const sha = (text: string) => integrityOf(new Response(text));

/** The new build's files, by path. */
const site: Record<string, string> = {
  "/": "home B",
  "/search/": "search B",
  "/guides/same/": "same in A and B",
  "/guides/changed/": "guide B",
  "/es/guides/igual/": "igual en A y B",
  "/es/guides/cambiada/": "guía B",
};

async function listFor(paths: string[]): Promise<string> {
  const list: SaveList = {
    files: await Promise.all(
      paths.map(async (p) => [p, await sha(site[p]), site[p].length] as [string, string, number]),
    ),
  };
  return JSON.stringify(list);
}

async function setUp() {
  const lists: Record<string, string> = {
    "/offline/en.json": await listFor(["/guides/same/", "/guides/changed/"]),
    "/offline/es.json": await listFor(["/es/guides/igual/", "/es/guides/cambiada/"]),
  };
  const id = crypto.randomUUID();
  const build: WorkerBuild = {
    version: `new-${id}`,
    shell: [["/", await sha(site["/"])], ["/search/", await sha(site["/search/"])]],
    assets: [],
    asUsed: [],
    hashed: hashedPath.source,
    languages: [
      {
        code: "en",
        prefix: "/",
        notFound: "/404.html",
        offline: "/offline/",
        list: ["/offline/en.json", await sha(lists["/offline/en.json"])],
      },
      {
        code: "es",
        prefix: "/es/",
        notFound: "/es/404/",
        offline: "/es/offline/",
        list: ["/offline/es.json", await sha(lists["/offline/es.json"])],
      },
    ],
    timeout: 50,
  };
  // The previous build: English guides opened, every Spanish guide saved.
  const older = await caches.open(cacheNameOf(`old-${id}`));
  for (
    const [path, text] of Object.entries({
      "/": "home B",
      "/search/": "search A",
      "/guides/same/": "same in A and B",
      "/guides/changed/": "guide A",
      "/es/guides/igual/": "igual en A y B",
      "/es/guides/cambiada/": "guía A",
      [savedMark("/offline/es.json")]: "saved",
    })
  ) await older.put(path, html(text));
  const serve = (path: string) => {
    const text = site[path] ?? lists[path];
    return text === undefined ? new Response("Not found", { status: 404 }) : new Response(text);
  };
  const done = async () => {
    for (const name of await caches.keys()) if (name.includes(id)) await caches.delete(name);
  };
  return { build, serve, cache: await caches.open(cacheNameOf(build.version)), done };
}

function texts(cache: Cache, paths: string[]) {
  return Promise.all(paths.map(async (path) => (await cache.match(path))?.text()));
}

Deno.test("the shell: an unchanged file is copied from the older cache, a changed one downloaded", async () => {
  const { build, serve, cache, done } = await setUp();
  using _ = connection(undefined);
  using net = network(serve);
  await install(build);
  assert.deepEqual(await texts(cache, ["/", "/search/"]), ["home B", "search B"]);
  assert.ok(!net.asked.includes("/"), "the unchanged home page is not downloaded");
  assert.ok(net.asked.includes("/search/"));
  await done();
});

Deno.test("a shell file the server does not have fails the install", async () => {
  const { build, serve, done } = await setUp();
  using _ = connection(undefined);
  using __ = network((path) => path === "/search/" ? undefined : serve(path));
  await assert.rejects(install(build));
  await done();
});

Deno.test("what the borrower had: same bytes kept, changed pages dropped, a saved language saved again", async () => {
  const { build, serve, cache, done } = await setUp();
  using _ = connection({ type: "wifi" });
  using net = network(serve);
  await install(build);
  assert.deepEqual(await texts(cache, ["/guides/same/", "/guides/changed/"]), [
    "same in A and B",
    undefined,
  ]);
  assert.deepEqual(await texts(cache, ["/es/guides/igual/", "/es/guides/cambiada/"]), [
    "igual en A y B",
    "guía B",
  ]);
  assert.ok(await cache.match(savedMark("/offline/es.json")));
  assert.ok(!net.asked.includes("/guides/changed/"), "an opened page is not downloaded again");
  assert.ok(!net.asked.includes("/es/guides/igual/"), "an unchanged saved page is not downloaded");
  await done();
});

for (
  const [reported, name] of [[{ saveData: true }, "Save-Data"], [
    { type: "cellular" },
    "a phone network",
  ]] as const
) {
  Deno.test(`on ${name}: nothing beyond the shell is downloaded but the saved language's list`, async () => {
    const { build, serve, cache, done } = await setUp();
    using _ = connection(reported);
    using net = network(serve);
    await install(build);
    assert.deepEqual(net.asked.sort(), ["/offline/es.json", "/search/"]);
    // Saved and unchanged stays; opened pages are not checked, so they go.
    assert.deepEqual(
      await texts(cache, ["/es/guides/igual/", "/es/guides/cambiada/", "/guides/same/"]),
      ["igual en A y B", undefined, undefined],
    );
    assert.ok(
      await cache.match(savedMark("/offline/es.json")),
      "still saved: the guides index offers to finish",
    );
    await done();
  });
}
