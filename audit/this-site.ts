/**
 * What only this project has. A generic audit checks the pages a sitemap lists; when the target
 * is this site (the local build, or --this-site with --url), these are checked too. Each list
 * follows the language registry (src/i18n/languages.ts).
 */
import { type Lang, langs, localizePath, notFoundPages } from "../src/i18n/languages.ts";

const everyLanguage = (path: string) =>
  Object.fromEntries(langs.map((lang) => [lang, localizePath(path, lang)])) as Record<Lang, string>;

/**
 * Pages in no sitemap that borrowers still see: the not-found pages, and the offline pages the
 * service worker answers for a page not saved for reading offline.
 */
export const thisSitePages: string[] = [
  ...notFoundPages().map((page) => page.url).reverse(),
  ...Object.values(everyLanguage("/offline/")),
];

/** The contact widget's pages; audit/widget-states.ts drives its states there. */
export const widgetPages = everyLanguage("/contact/");

/** The borrower's own tracker; audit/messages-states.ts seeds and drives it there. */
export const messagesPages = everyLanguage("/messages/");
