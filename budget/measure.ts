import { gzipSync } from "node:zlib";
import { isLang, langOfTag } from "../src/i18n/languages.ts";

/** Gzip bytes of one page's HTML and of the CSS and JavaScript it loads. */
export interface PageWeight {
  html: number;
  css: number;
  /** JavaScript before any interaction: scripts, islands and their static imports. */
  js: number;
  /**
   * Plus the chunks the page's own scripts import on use (building a message, suggestions, search
   * results), with what they import statically: one step of use, not the further steps a result
   * offers (such as recording the date a message was sent).
   */
  jsUsed: number;
  /** Everything the page can ever load, every on-demand step included; reported, not budgeted. */
  jsAll: number;
  /** The asset files counted, for the report. */
  files: string[];
}

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** The modules a file imports, statically or on demand, as site paths. */
function importsOf(dist: string, path: string, pattern: RegExp): string[] {
  const code = Deno.readTextFileSync(dist + path);
  const dir = path.slice(0, path.lastIndexOf("/") + 1);
  return [...code.matchAll(pattern)].map(([, spec]) =>
    new URL(spec, `https://site${dir}`).pathname
  );
}

/**
 * Every JS module reachable from the entries through static imports, then through `steps`
 * rounds of dynamic imports (Infinity: all). Pagefind's own files are measured by the search
 * benchmark instead.
 */
function scriptGraph(dist: string, entries: string[], steps: number): string[] {
  const seen = new Set<string>();
  let frontier = entries;
  for (let step = 0; frontier.length > 0; step++) {
    const lazy: string[] = [];
    const queue = [...frontier];
    while (queue.length) {
      const path = queue.pop()!;
      if (seen.has(path) || path.startsWith("/pagefind/")) continue;
      seen.add(path);
      queue.push(...importsOf(dist, path, STATIC_IMPORT));
      if (step < steps) lazy.push(...importsOf(dist, path, DYNAMIC_IMPORT));
    }
    frontier = lazy.filter((path) => !seen.has(path));
  }
  return [...seen];
}

/**
 * A chunk of one language's words (Rolldown names it after its module, a registry code:
 * `es.<hash>.js`). A page loads its own language's and, only if the borrower writes in another
 * language, that one too: the other language's chunk counts in `jsAll`, not in the budgeted
 * figures.
 */
const languageChunk = /\/([a-z][a-z0-9-]*)\.[A-Za-z0-9_-]+\.js$/;

export function measurePage(dist: string, htmlPath: string): PageWeight {
  const html = Deno.readFileSync(dist + htmlPath);
  const text = new TextDecoder().decode(html);
  const attr = (pattern: RegExp) => [...text.matchAll(pattern)].map(([, value]) => value);
  const styles = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const app = [
    ...attr(/<script[^>]+src="([^"]+)"/g),
    ...attr(/component-url="([^"]+)"/g),
    ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  // A framework renderer's own lazy imports (Preact's signals support, for signal props) are
  // not the page's: only the page's scripts and islands are followed into what they load on use.
  const renderers = attr(/renderer-url="([^"]+)"/g);
  const lang = langOfTag(/<html[^>]*\blang="([^"]+)"/.exec(text)?.[1] ?? "");
  const ownLanguage = (file: string) => {
    const chunk = languageChunk.exec(file)?.[1];
    return chunk === undefined || !isLang(chunk) || chunk === lang;
  };
  // An island may load its language's words before it renders (the contact form's), so every own-
  // language chunk the first load can import counts in it: an over-count by the words loaded on use.
  const staticLoad = scriptGraph(dist, [...app, ...renderers], 0);
  const words = staticLoad.flatMap((file) => importsOf(dist, file, DYNAMIC_IMPORT))
    .filter((file) => isLang(languageChunk.exec(file)?.[1]) && ownLanguage(file));
  const firstLoad = [...new Set([...staticLoad, ...words])].filter(ownLanguage);
  const onUse = [...new Set([...firstLoad, ...scriptGraph(dist, app, 1)])].filter(ownLanguage);
  const all = [...new Set([...firstLoad, ...scriptGraph(dist, app, Infinity)])];
  const sum = (files: string[]) =>
    files.reduce((total, file) => total + gzipSize(Deno.readFileSync(dist + file)), 0);
  // Astro inlines small scripts; they are JavaScript the page runs, so they count here too.
  const inline = attr(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([^<]+)<\/script>/g)
    .reduce((total, code) => total + gzipSize(new TextEncoder().encode(code)), 0);
  return {
    html: gzipSize(html),
    css: sum(styles),
    js: sum(firstLoad) + inline,
    jsUsed: sum(onUse) + inline,
    jsAll: sum(all) + inline,
    files: [...styles, ...all],
  };
}
