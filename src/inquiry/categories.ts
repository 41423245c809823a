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

/**
 * The categories' English names (product contract): every subject line names its category in
 * English so the servicer can route it, whatever the message's language; the English form shows
 * them too.
 */
export const routingNames: Record<CategoryId, string> = {
  "account-inquiry": "Account Inquiry",
  "payment-clarification": "Payment Clarification",
  "document-request": "Document Request",
  hardship: "Hardship Assistance",
  escalation: "Escalation",
  "notice-of-error": "Notice of Error",
  "request-for-information": "Request for Information",
  security: "Security Concern",
  general: "General Question",
};

// The languages the core writes in come from the site's registry; each has one file per
// dictionary under i18n/.
export { isLang, type Lang, langs } from "../i18n/languages.ts";

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === "string" &&
    (categoryIds as readonly string[]).includes(value);
}
