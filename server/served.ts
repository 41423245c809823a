/**
 * Which files of a build are served, each at its own path: everything but the .br and .gz
 * siblings (encodings of the file beside them) and `_headers`, the header policy for a CDN in
 * front (server/headers-file.ts), which CDNs never serve either.
 */
export function servedPaths(all: Iterable<string>): string[] {
  const files = new Set(all);
  return [...files].filter((path) =>
    path !== "/_headers" &&
    !(path.endsWith(".br") && files.has(path.slice(0, -3))) &&
    !(path.endsWith(".gz") && files.has(path.slice(0, -3)))
  ).sort();
}
