import { gzipSync } from "node:zlib";

/** Gzip bytes of one page's HTML and of the CSS and JavaScript it loads. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** The asset files counted, for the report. */
  files: string[];
}

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

/** Every JS module a page can load: its scripts and islands, then their static and dynamic imports. */
function scriptGraph(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.pop()!;
    // Pagefind's own files are measured by the search benchmark, not the page budget.
    if (seen.has(path) || path.startsWith("/pagefind/")) continue;
    seen.add(path);
    const code = Deno.readTextFileSync(dist + path);
    const dir = path.slice(0, path.lastIndexOf("/") + 1);
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      queue.push(new URL(spec, `https://site${dir}`).pathname);
    }
  }
  return [...seen];
}

export function measurePage(dist: string, htmlPath: string): PageWeight {
  const html = Deno.readFileSync(dist + htmlPath);
  const text = new TextDecoder().decode(html);
  const attr = (pattern: RegExp) => [...text.matchAll(pattern)].map(([, value]) => value);
  const styles = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const scripts = scriptGraph(dist, [
    ...attr(/<script[^>]+src="([^"]+)"/g),
    ...attr(/component-url="([^"]+)"/g),
    ...attr(/renderer-url="([^"]+)"/g),
    ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ]);
  const sum = (files: string[]) =>
    files.reduce((total, file) => total + gzipSize(Deno.readFileSync(dist + file)), 0);
  // Astro inlines small scripts; they are JavaScript the page runs, so they count here too.
  const inline = attr(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([^<]+)<\/script>/g);
  const encoder = new TextEncoder();
  return {
    html: gzipSize(html),
    css: sum(styles),
    js: sum(scripts) + inline.reduce((total, code) => total + gzipSize(encoder.encode(code)), 0),
    files: [...styles, ...scripts],
  };
}
