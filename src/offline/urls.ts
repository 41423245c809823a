// Where the offline files live, shared by the build, the worker and the pages (no imports).

/** The page script that saves and removes a language's guides (src/offline/page/). */
export const saveScript = "/offline/save.js";

/** The cache entry that says the borrower saved every guide of the language with this list. */
export function savedMark(list: string): string {
  return `${list}?saved`;
}

/** The language a site path belongs to: the one with the longest prefix the path starts with. */
export function languageOfPath<T extends { prefix: string }>(languages: T[], path: string): T {
  return languages.filter((lang) => path.startsWith(lang.prefix))
    .reduce((a, b) => (b.prefix.length > a.prefix.length ? b : a));
}
