/**
 * How long a browser may keep each file, decided by whether its name changes with its content.
 *
 * A deploy replaces dist/ whole: the old build's hashed files are gone. So only a file whose name
 * carries a hash of its bytes may be kept without asking again; everything else (pages, the
 * sitemap, Pagefind's entry files, a future /sw.js) is revalidated on every use, which costs a
 * 304 with no body when nothing changed. A page reused from cache after a deploy would name CSS
 * and JS files the server no longer has.
 *
 * Hashed, kept a year and never revalidated (`immutable`):
 * - everything under /_astro/: Vite names each file `<name>.<hash>.<ext>`;
 * - Pagefind's chunks, `<lang>_<hash>.pf_index|pf_fragment|pf_filter` under index/, fragment/
 *   and filter/, and its metadata `pagefind.<lang>_<hash>.pf_meta`: the hash is of the content.
 *
 * Not hashed, so revalidated (`no-cache`), though Pagefind writes them in the same folder:
 * pagefind.js, pagefind-worker.js, pagefind-entry.json (which names the current .pf_meta hash),
 * pagefind-ui.*, pagefind-modular-ui.*, pagefind-component-ui.*, pagefind-highlight.js and
 * wasm.<lang>.pagefind (same name in every build; the bytes change with Pagefind's version).
 */
export const immutable = "public, max-age=31536000, immutable";
export const revalidate = "no-cache";

/** Paths whose names change whenever their bytes do; the service worker uses the same pattern. */
export const hashedPath =
  /^\/_astro\/|^\/pagefind\/(?:[^/]+\/)?[^/]*_[0-9a-f]{7,}\.pf_(?:index|fragment|filter|meta)$/;

/** Whether a file's name changes whenever its bytes do. */
export function isHashed(path: string): boolean {
  return hashedPath.test(path);
}

export function cacheControl(path: string): string {
  return isHashed(path) ? immutable : revalidate;
}
