import { precacheEntries } from "../src/offline/precache.ts";
import { gzipSize } from "./measure.ts";

// The offline part of `deno task budget`: what the service worker stores, and what registering it
// costs each page.

/** The precache in groups, raw (as Cache Storage holds it) and gzip (about what goes over the wire). */
export function precacheWeight(dist: string) {
  const groups = new Map<string, { files: number; raw: number; gzip: number }>();
  for (const entry of precacheEntries(dist)) {
    const group = entry.file.endsWith(".html")
      ? "pages"
      : entry.file.startsWith("/pagefind/")
      ? "pagefind"
      : entry.file.startsWith("/_astro/")
      ? "css+js"
      : "other";
    const sum = groups.get(group) ?? { files: 0, raw: 0, gzip: 0 };
    sum.files++;
    sum.raw += entry.bytes;
    sum.gzip += gzipSize(Deno.readFileSync(dist + entry.file));
    groups.set(group, sum);
  }
  const total = [...groups.values()].reduce((a, b) => ({
    files: a.files + b.files,
    raw: a.raw + b.raw,
    gzip: a.gzip + b.gzip,
  }));
  return { groups, total, worker: Deno.statSync(`${dist}/sw.js`).size };
}

/** Gzip bytes of the inline script that registers /sw.js, as built into the home page. */
export function registrationWeight(dist: string): number {
  const html = Deno.readTextFileSync(`${dist}/index.html`);
  const scripts = [...html.matchAll(/<script[^>]*>([^<]+)<\/script>/g)].map(([, code]) => code);
  const code = scripts.find((code) => code.includes("serviceWorker.register("));
  if (!code) throw new Error("the home page does not register the service worker");
  return gzipSize(new TextEncoder().encode(code));
}
