const reference = /(?:\/_astro\/|["'`](?:\.\/|_astro\/))([\w.~-]+\.(?:js|css))(?=["'`\s)>?#])/g;

/**
 * The /_astro/ files a page or script names: stylesheets, scripts, islands, imports and Vite's
 * preload lists. Read by the build (what the shell and save lists need) and by the worker (whether
 * a page belongs with this build's assets).
 */
export function assetsNamedBy(text: string): string[] {
  return [...new Set([...text.matchAll(reference)].map(([, name]) => `/_astro/${name}`))];
}
