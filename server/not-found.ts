import type { SiteFiles } from "./site.ts";

/** A page that answers the paths under `prefix` that match no file. */
export interface NotFoundPage {
  prefix: string;
  file: string;
}

/**
 * The build's list of not-found pages (dist/not-found.json: each language's by the path prefix it
 * answers, longer prefixes first, the root last); a site without the list has its root /404.html.
 */
export function notFoundListOf(files: SiteFiles): NotFoundPage[] {
  const i = files.paths.indexOf("/not-found.json");
  if (i < 0) return [{ prefix: "/", file: "/404.html" }];
  return JSON.parse(new TextDecoder().decode(files.body(i, "identity")));
}
