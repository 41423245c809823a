import { builtFile } from "../src/offline/build/files.ts";
import { shellUrls } from "../src/offline/build/plan.ts";
import { offlineLanguages } from "../src/offline/languages.ts";
import type { SaveList } from "../src/offline/types.ts";
import { saveScript } from "../src/offline/urls.ts";
import { gzipSize } from "./measure.ts";

// The offline part of `deno task budget`: what every first visit downloads in the background (the
// worker and its shell), what "save every guide" adds per language and per guide, and what
// registering the worker costs each page.

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

const none = (): Weight => ({ files: 0, raw: 0, gzip: 0 });

function add(sum: Weight, dist: string, file: string): void {
  const body = Deno.readFileSync(dist + file);
  sum.files++;
  sum.raw += body.byteLength;
  sum.gzip += gzipSize(body);
}

function groupOf(url: string): string {
  return url.endsWith("/") || url.endsWith(".html")
    ? "pages"
    : url.startsWith("/_astro/")
    ? "css+js"
    : url.startsWith("/pagefind/")
    ? "pagefind"
    : "other";
}

/** The shell the worker precaches, in groups, plus sw.js itself: raw and gzip (about the wire). */
export function shellWeight(dist: string) {
  const groups = new Map<string, Weight>();
  const total = none();
  for (const url of shellUrls(dist)) {
    const group = groups.get(groupOf(url)) ?? none();
    const { file } = builtFile(dist, url);
    add(group, dist, file);
    add(total, dist, file);
    groups.set(groupOf(url), group);
  }
  const worker = none();
  add(worker, dist, "/sw.js");
  groups.set("sw.js", worker);
  add(total, dist, "/sw.js");
  return { groups, total };
}

/** What "save every guide" downloads for each language, and that divided by its guides. */
export function saveWeight(dist: string) {
  return offlineLanguages().map((lang) => {
    const list: SaveList = JSON.parse(Deno.readTextFileSync(dist + lang.list));
    const weight = none();
    for (const [url] of list.files) add(weight, dist, builtFile(dist, url).file);
    add(weight, dist, lang.list);
    const guides = list.files.filter(([url]) => url.startsWith(lang.guides) && url !== lang.guides)
      .length;
    return { code: lang.code, guides, ...weight };
  });
}

/** Gzip bytes of the save script the guides index loads when the borrower uses the button. */
export function saveScriptWeight(dist: string): number {
  return gzipSize(Deno.readFileSync(dist + saveScript));
}

/** Gzip bytes of the inline script that registers /sw.js, as built into the home page. */
export function registrationWeight(dist: string): number {
  const html = Deno.readTextFileSync(`${dist}/index.html`);
  const scripts = [...html.matchAll(/<script[^>]*>([^<]+)<\/script>/g)].map(([, code]) => code);
  const code = scripts.find((code) => code.includes("serviceWorker.register("));
  if (!code) throw new Error("the home page does not register the service worker");
  return gzipSize(new TextEncoder().encode(code));
}
