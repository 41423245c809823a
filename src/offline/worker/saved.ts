import type { SaveList, WorkerLanguage } from "../types.ts";
import { savedMark } from "../urls.ts";
import { eachParallel, integrityOf, isWholeFile } from "./store.ts";

// A language's saved guides in this build's cache: its list, the mark that the borrower asked for
// them, and filling the cache from the list.

/** Stored when the borrower saves a language; deleted when they remove it. */
export function markOf(lang: WorkerLanguage): string {
  return savedMark(lang.list[0]);
}

export async function isSaved(cache: Cache, lang: WorkerLanguage): Promise<boolean> {
  return (await cache.match(markOf(lang))) !== undefined;
}

/** The language's list as stored in this build's cache, if it is. */
export async function storedList(
  cache: Cache,
  lang: WorkerLanguage,
): Promise<SaveList | undefined> {
  return (await cache.match(lang.list[0]))?.json();
}

/** The language's list: from the cache, else downloaded (checked against this build) and stored. */
export async function listOf(cache: Cache, lang: WorkerLanguage): Promise<SaveList> {
  const stored = await storedList(cache, lang);
  if (stored) return stored;
  const [url, integrity] = lang.list;
  const response = await fetch(url, { integrity, cache: "no-cache" });
  if (!isWholeFile(response)) throw new Error(`offline: ${url} answered ${response.status}`);
  await cache.put(url, response.clone());
  return response.json();
}

export interface Progress {
  savedBytes: number;
  totalBytes: number;
}

/**
 * Stores every file of the list that the cache lacks or holds with other bytes, downloading each
 * with fetch integrity; `onFile` runs after each. Stops at the first failure (what was stored
 * stays) or when `stopped()` says so.
 */
export async function fill(
  cache: Cache,
  list: SaveList,
  progress: Progress,
  onFile: () => void,
  stopped: () => boolean = () => false,
): Promise<void> {
  progress.totalBytes = list.files.reduce((sum, [, , bytes]) => sum + bytes, 0);
  progress.savedBytes = 0;
  const missing: SaveList["files"] = [];
  for (const file of list.files) {
    const [url, integrity, bytes] = file;
    const kept = await cache.match(url);
    if (kept && (await integrityOf(kept)) === integrity) progress.savedBytes += bytes;
    else missing.push(file);
  }
  onFile();
  await eachParallel(missing, async ([url, integrity, bytes]) => {
    if (stopped()) return;
    const response = await fetch(url, { integrity, cache: "no-cache" });
    if (!isWholeFile(response)) throw new Error(`offline: ${url} answered ${response.status}`);
    await cache.put(url, response);
    progress.savedBytes += bytes;
    onFile();
  });
}

/** Bytes of the list the cache already holds (not re-hashed: for showing where a save stands). */
export async function storedBytes(cache: Cache, list: SaveList): Promise<number> {
  const held = await Promise.all(list.files.map(([url]) => cache.match(url)));
  return list.files.reduce((sum, [, , bytes], i) => sum + (held[i] ? bytes : 0), 0);
}
