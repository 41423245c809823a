/** The nine inquiry categories: ids are part of the product contract (URLs, tests). */
export const categoryIds = [
  "account-inquiry",
  "payment-clarification",
  "document-request",
  "hardship",
  "escalation",
  "notice-of-error",
  "request-for-information",
  "security",
  "general",
] as const;

export type CategoryId = typeof categoryIds[number];

// The languages the core writes in come from the site's registry; each has one file per
// dictionary under i18n/.
export { isLang, type Lang, langs } from "../i18n/languages.ts";

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === "string" &&
    (categoryIds as readonly string[]).includes(value);
}
