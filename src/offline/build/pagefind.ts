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

/** The index Pagefind built for a language: its key is the pages' `lang` (a code or a tag). */
function indexOf(entry: Entry, code: string) {
  const key = Object.keys(entry.languages)
    .find((key) => key.toLowerCase() === code || key.toLowerCase().startsWith(`${code}-`));
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

/** One language's index: its metadata and every index, fragment and filter chunk of it. */
export function pagefindIndex(dist: string, code: string): string[] {
  const index = indexOf(entryOf(dist), code);
  if (!index) return [];
  const chunk = index.hash.slice(0, index.hash.lastIndexOf("_") + 1);
  const chunks = ["index", "fragment", "filter"].flatMap((kind) =>
    filesUnder(join(dist, "pagefind", kind))
      .filter((file) => file.startsWith(`/${chunk}`) && !/\.(br|gz)$/.test(file))
      .map((file) => `/pagefind/${kind}${file}`)
  );
  return [`/pagefind/pagefind.${index.hash}.pf_meta`, ...chunks.sort()];
}
