/**
 * What only this project has. A generic audit checks the pages a sitemap lists; when the target
 * is this site (the local build, or --this-site with --url), these are checked too.
 */

/** The not-found pages: in no sitemap, yet borrowers land on them. */
export const thisSitePages = ["/404.html", "/es/404/"];

/** The contact widget's pages; audit/widget-states.ts drives its states there. */
export const widgetPages = { en: "/contact/", es: "/es/contact/" } as const;

/** The borrower's own tracker; audit/messages-states.ts seeds and drives it there. */
export const messagesPages = { en: "/messages/", es: "/es/messages/" } as const;
