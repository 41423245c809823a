import { defaultLang, type Lang } from "../i18n/languages.ts";
import type { CategoryId } from "./categories.ts";
import { catalog, type Category } from "./catalog.ts";
import { daysBetween, type IsoDate } from "./dates.ts";
import { formWords } from "./i18n/form/index.ts";
import type { Inquiry } from "./schema.ts";
import { singleLine } from "./text.ts";

export const SUBJECT_MAX_LENGTH = 120;
/** Contract words (DESIGN.md): servicers route on them, so they are never translated. */
export const SUBJECT_LOAN = "Loan";
export const SUBJECT_URGENT = "URGENT";
const DASH = " \u2013 ";

export interface SubjectParts {
  loanNumber: string;
  /** English category name: servicers route on it. */
  categoryName: string;
  topicName: string;
  urgent?: boolean;
}

/** `Loan <digits> – <Category> – <Topic>`, at most 120 UTF-16 units, cut at the end (the topic) with "…". */
export function formatSubject(parts: SubjectParts): string {
  const loan = `${SUBJECT_LOAN} ${parts.loanNumber.replace(/\D/g, "")}`.trim();
  const full = [
    parts.urgent ? SUBJECT_URGENT : "",
    loan,
    singleLine(parts.categoryName),
    singleLine(parts.topicName),
  ]
    .filter((p) => p !== "").join(DASH);
  if (full.length <= SUBJECT_MAX_LENGTH) return full;
  return truncate(full, SUBJECT_MAX_LENGTH);
}

/** Cuts at a code point boundary so no emoji is split, leaving room for the ellipsis. */
function truncate(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return out.trimEnd() + "\u2026";
}

/** A foreclosure sale close enough (hardship: within 30 days of today) makes a message urgent. */
export function isUrgent(inquiry: Inquiry, today: IsoDate): boolean {
  const category: Category = catalog[inquiry.category];
  const within = category.urgentWhenSaleWithin;
  if (within === undefined || inquiry.saleDate === undefined) return false;
  const days = daysBetween(today, inquiry.saleDate);
  return days >= 0 && days <= within;
}

/**
 * A category's name as every subject line writes it, whatever the message's language: in the
 * site's first language (English, DESIGN.md contract), as servicers route on it.
 */
export function routingCategoryName(category: CategoryId): string {
  return formWords(defaultLang).categories[category];
}

/** The subject line for an inquiry; the topic is named in the message language. */
export function subjectFor(inquiry: Inquiry, lang: Lang, today: IsoDate): string {
  return formatSubject({
    loanNumber: inquiry.loanNumber,
    categoryName: routingCategoryName(inquiry.category),
    topicName: formWords(lang).topics[inquiry.topic],
    urgent: isUrgent(inquiry, today),
  });
}
