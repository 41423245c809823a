import { categoryNames, type Lang } from "./categories.ts";
import { findTopic } from "./catalog.ts";
import { daysBetween, type IsoDate } from "./dates.ts";
import type { Inquiry } from "./schema.ts";
import { singleLine } from "./text.ts";

export const SUBJECT_MAX_LENGTH = 120;
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
  const loan = `Loan ${parts.loanNumber.replace(/\D/g, "")}`.trim();
  const full = [
    parts.urgent ? "URGENT" : "",
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

/** A foreclosure sale within 30 days of today makes a hardship message urgent. */
export function isUrgent(inquiry: Inquiry, today: IsoDate): boolean {
  if (inquiry.category !== "hardship" || inquiry.saleDate === undefined) {
    return false;
  }
  const days = daysBetween(today, inquiry.saleDate);
  return days >= 0 && days <= 30;
}

/** The subject line for a validated inquiry; the topic is named in the message language. */
export function subjectFor(
  inquiry: Inquiry,
  lang: Lang,
  today: IsoDate,
): string {
  return formatSubject({
    loanNumber: inquiry.loanNumber,
    categoryName: categoryNames[inquiry.category].en,
    topicName: findTopic(inquiry.category, inquiry.topic)?.name[lang] ??
      inquiry.topic,
    urgent: isUrgent(inquiry, today),
  });
}
