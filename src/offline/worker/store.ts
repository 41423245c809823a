import type { Pinned } from "../types.ts";

// This build's cache and the checks before anything goes into it.

const cachePrefix = "help-center-";

export function cacheNameOf(version: string): string {
  return cachePrefix + version;
}

/** The names of every other build's cache, there until this build activates. */
export async function olderCacheNames(version: string): Promise<string[]> {
  return (await caches.keys())
    .filter((name) => name.startsWith(cachePrefix) && name !== cacheNameOf(version));
}

export async function olderCaches(version: string): Promise<Cache[]> {
  return Promise.all((await olderCacheNames(version)).map((name) => caches.open(name)));
}

export async function matchIn(stores: Cache[], url: string): Promise<Response | undefined> {
  for (const store of stores) {
    const found = await store.match(url);
    if (found) return found;
  }
  return undefined;
}

/** "sha256-<base64>" of a response's body, as fetch integrity writes it. */
export async function integrityOf(response: Response): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return "sha256-" + btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** Whether a response is a whole file this origin served (not an error, a redirect or opaque). */
export function isWholeFile(response: Response): boolean {
  return response.status === 200 && !response.redirected &&
    (response.type === "basic" || response.type === "default");
}

/**
 * Stores one file of this build: copied from an older cache when its bytes there have the same
 * hash, else downloaded, the browser checking the hash (fetch integrity). Throws when it fails.
 */
export async function pinInto(cache: Cache, [url, integrity]: Pinned, older: Cache[]) {
  const kept = await matchIn([cache, ...older], url);
  if (kept && (await integrityOf(kept)) === integrity) {
    await cache.put(url, kept);
    return;
  }
  // no-cache: revalidate with the server, so the HTTP cache never hands back an older file.
  const response = await fetch(url, { integrity, cache: "no-cache" });
  if (!isWholeFile(response)) throw new Error(`offline: ${url} answered ${response.status}`);
  await cache.put(url, response);
}

/** Runs `work` on every item, `parallel` at a time (a browser opens about six connections). */
export async function eachParallel<T>(
  items: T[],
  work: (item: T) => Promise<void>,
  parallel = 6,
): Promise<void> {
  const queue = [...items];
  const next = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: parallel }, next));
}
