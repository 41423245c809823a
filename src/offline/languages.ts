import { type Lang, langs, languageOf, localizePath, notFoundPath } from "../i18n/languages.ts";

// The one place the offline code learns the site's languages and where their pages live: the
// build, the worker's manifest, the pages and the tests all read this list.

/** One language's pages as the service worker and "save every guide" need them. */
export interface OfflineLanguage {
  code: Lang;
  /** BCP 47 tag: the pages' `lang`, and the locale sizes are written in ("0.8 MB" in es-US). */
  tag: string;
  /** Paths under it belong to the language; the root language's is "/" (tried last). */
  prefix: string;
  /** The pages of the shell, precached at install: home, search, contact, My messages, 404, offline. */
  shell: string[];
  /** The not-found page, answered offline for a path the saved language does not have. */
  notFound: string;
  /** "This page is not saved for reading offline", answered for a page never opened. */
  offline: string;
  /** The guides index, where the borrower saves every guide of the language. */
  guides: string;
  /** The list of every file "save every guide" stores (written by the build). */
  list: string;
}

export function offlineLanguages(): OfflineLanguage[] {
  return langs.map((code) => {
    const at = (path: string) => localizePath(path, code);
    const notFound = notFoundPath(code);
    const offline = at("/offline/");
    return {
      code,
      tag: languageOf(code).tag,
      prefix: at("/"),
      shell: [at("/"), at("/search/"), at("/contact/"), at("/messages/"), notFound, offline],
      notFound,
      offline,
      guides: at("/guides/"),
      list: `/offline/${code}.json`,
    };
  });
}
