import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** One file the service worker stores at install: its URL, size and SRI hash. */
export interface PrecacheEntry {
  /** The URL the site links to: folders as "/guides/x/", not ".../index.html". */
  url: string;
  /** The file under the build folder. */
  file: string;
  bytes: number;
  /** "sha256-<base64>", checked by the browser as fetch() integrity at install. */
  integrity: string;
}

/** Pages and their assets; sitemaps, robots.txt, .br/.gz siblings and sw.js itself stay out. */
const siteFile = /\.(html|css|js|svg|ico|png|jpe?g|webp|avif|woff2)$/;
/**
 * The Pagefind files the search client loads: its script and worker, the entry, each language's
 * meta, index, fragment and filter chunks, and the vocabulary the search page suggests spellings
 * from (src/search/vocabulary.ts). Pagefind's UI bundles and highlighter are unused here.
 */
const pagefindFile =
  /^\/pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|vocabulary\.[\w-]+\.json|(index|fragment|filter)\/[^/]+)$/;

/** The URL a file is requested by: index.html files by their folder. */
function urlOf(path: string): string {
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => "/" + relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** Every file of a build that the service worker precaches, sorted by URL. */
export function precacheEntries(dir: string): PrecacheEntry[] {
  const files = filesUnder(dir);
  const entry = files.includes("/pagefind/pagefind-entry.json")
    ? JSON.parse(readFileSync(join(dir, "pagefind/pagefind-entry.json"), "utf8"))
    : { languages: {} };
  // Only the WebAssembly builds of the languages the index holds (not wasm.unknown).
  const wasm = new Set(
    Object.values(entry.languages as Record<string, { wasm: string }>)
      .map(({ wasm }) => `/pagefind/wasm.${wasm}.pagefind`),
  );
  return files
    .filter((path) =>
      path.startsWith("/pagefind/")
        ? pagefindFile.test(path) || wasm.has(path)
        : siteFile.test(path) && path !== "/sw.js"
    )
    .map((path) => {
      const body = readFileSync(join(dir, path));
      return {
        url: urlOf(path),
        file: path,
        bytes: body.byteLength,
        integrity: `sha256-${createHash("sha256").update(body).digest("base64")}`,
      };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** A short name for one build's precache: it changes when any precached byte changes. */
export function precacheVersion(entries: PrecacheEntry[]): string {
  const hash = createHash("sha256");
  for (const { url, integrity } of entries) hash.update(`${url} ${integrity}\n`);
  return hash.digest("hex").slice(0, 16);
}
