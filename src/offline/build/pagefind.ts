import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "./files.ts";

// Which of Pagefind's files belong to the offline shell and which to each language's index.

interface Entry {
  languages: Record<string, { hash: string; wasm: string }>;
}

function entryOf(dist: string): Entry {
  const path = join(dist, "pagefind/pagefind-entry.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : { languages: {} };
}

/** Whether a name Pagefind or the site gives a language (a code or a tag) is the language `code`. */
const isLanguage = (name: string, code: string) =>
  name.toLowerCase() === code || name.toLowerCase().startsWith(`${code}-`);

/** The index Pagefind built for a language: its key is the pages' `lang` (a code or a tag). */
function indexOf(entry: Entry, code: string) {
  const key = Object.keys(entry.languages).find((key) => isLanguage(key, code));
  return key === undefined ? undefined : entry.languages[key];
}

/**
 * The search runtime, the same size whatever the number of guides: Pagefind's script, its worker,
 * the entry, and the WebAssembly of each language the index holds. Its UI bundles and highlighter
 * are not used by this site.
 */
export function pagefindRuntime(dist: string): string[] {
  if (!existsSync(join(dist, "pagefind/pagefind.js"))) return [];
  const wasm = new Set(Object.values(entryOf(dist).languages).map(({ wasm }) => wasm));
  return [
    "/pagefind/pagefind.js",
    "/pagefind/pagefind-worker.js",
    "/pagefind/pagefind-entry.json",
    ...[...wasm].sort().map((name) => `/pagefind/wasm.${name}.pagefind`),
  ];
}

/**
 * The search vocabulary of a language (src/search/pagefind-integration.ts writes one per page
 * `lang`), which the search page fetches for "did you mean". Its name has no hash.
 */
export function vocabularyOf(dist: string, code: string): string[] {
  return filesUnder(join(dist, "pagefind"))
    .filter((file) => isLanguage(file.match(/^\/vocabulary\.([\w-]+)\.json$/)?.[1] ?? "", code))
    .map((file) => `/pagefind${file}`)
    .sort();
}

/**
 * One language's index: its metadata, every index, fragment and filter chunk of it, and its
 * search vocabulary.
 */
export function pagefindIndex(dist: string, code: string): string[] {
  const index = indexOf(entryOf(dist), code);
  if (!index) return [];
  const chunk = index.hash.slice(0, index.hash.lastIndexOf("_") + 1);
  const chunks = ["index", "fragment", "filter"].flatMap((kind) =>
    filesUnder(join(dist, "pagefind", kind))
      .filter((file) => file.startsWith(`/${chunk}`) && !/\.(br|gz)$/.test(file))
      .map((file) => `/pagefind/${kind}${file}`)
  );
  return [
    `/pagefind/pagefind.${index.hash}.pf_meta`,
    ...chunks.sort(),
    ...vocabularyOf(dist, code),
  ];
}
