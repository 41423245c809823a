import { languageOfPath } from "../urls.ts";
import type { WorkerBuild } from "../types.ts";
import { backgroundAllowed, currentConnection } from "./connection.ts";
import { fill, listOf, markOf } from "./saved.ts";
import { cacheNameOf, eachParallel, integrityOf, matchIn, olderCaches, pinInto } from "./store.ts";

// Installing a build: its shell first (any failure fails the install, and the previous build keeps
// working), then, as far as it can, what the borrower had from the previous build.

export async function install(build: WorkerBuild): Promise<void> {
  const cache = await caches.open(cacheNameOf(build.version));
  const older = await olderCaches(build.version);
  await eachParallel(build.shell, (file) => pinInto(cache, file, older));
  await keepFromOlder(build, cache, older).catch(() => {});
}

/**
 * Pages and index chunks of the previous build that this build has byte for byte are copied over;
 * the rest is dropped, so the cache never holds two builds. A language the borrower saved stays
 * saved: the files that changed are downloaded again, unless the connection asks to save data,
 * when the guides index offers to finish instead. Pages merely opened are kept only when checking
 * them costs nothing the borrower would mind (the language's list is one small download).
 */
async function keepFromOlder(build: WorkerBuild, cache: Cache, older: Cache[]): Promise<void> {
  if (older.length === 0) return;
  const background = backgroundAllowed(currentConnection());
  const shell = new Set(build.shell.map(([url]) => url));
  const held = (await Promise.all(older.map((store) => store.keys())))
    .flat().map((request) => new URL(request.url).pathname)
    .filter((path) => !shell.has(path));
  for (const lang of build.languages) {
    const saved = (await matchIn(older, markOf(lang))) !== undefined;
    const opened = held.some((path) =>
      /(\/|\.html)$/.test(path) && languageOfPath(build.languages, path) === lang
    );
    if (!saved && !(opened && background)) continue;
    const list = await listOf(cache, lang);
    for (const [url, integrity] of list.files) {
      const kept = await matchIn(older, url);
      if (kept && (await integrityOf(kept)) === integrity) await cache.put(url, kept);
    }
    if (!saved) continue;
    await cache.put(markOf(lang), new Response("saved"));
    if (background) await fill(cache, list, { savedBytes: 0, totalBytes: 0 }, () => {});
  }
}
