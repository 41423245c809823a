import { gzipSync } from "node:zlib";

/** Gzip bytes of one page's HTML and of the CSS and JavaScript it loads. */
export interface PageWeight {
  html: number;
  css: number;
  /** JavaScript before any interaction: scripts, islands and their static imports. */
  js: number;
  /** Plus every chunk the page imports on use (building a message, suggestions, search). */
  jsUsed: number;
  /** The asset files counted, for the report. */
  files: string[];
}

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/**
 * Every JS module reachable from the entries through static imports, and through dynamic ones
 * too when `onUse` is set. Pagefind's own files are measured by the search benchmark instead.
 */
function scriptGraph(dist: string, entries: string[], onUse: boolean): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path) || path.startsWith("/pagefind/")) continue;
    seen.add(path);
    const code = Deno.readTextFileSync(dist + path);
    const dir = path.slice(0, path.lastIndexOf("/") + 1);
    const specs = [
      ...code.matchAll(STATIC_IMPORT),
      ...(onUse ? code.matchAll(DYNAMIC_IMPORT) : []),
    ];
    for (const [, spec] of specs) queue.push(new URL(spec, `https://site${dir}`).pathname);
  }
  return [...seen];
}

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
  const firstLoad = scriptGraph(dist, [...app, ...renderers], false);
  const onUse = [...new Set([...firstLoad, ...scriptGraph(dist, app, true)])];
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
    files: [...styles, ...onUse],
  };
}
