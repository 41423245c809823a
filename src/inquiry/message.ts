import type { CategoryId, Lang } from "./categories.ts";
import {
  type ExtraFieldId,
  fieldKinds,
  findTopic,
  type Recipient,
  recipientFor,
} from "./catalog.ts";
import { assertChecked, type CheckedInquiry } from "./check.ts";
import { formatDate } from "./date-text.ts";
import type { IsoDate } from "./dates.ts";
import { describeDeadline } from "./deadline-text.ts";
import { type Deadline, deadlinesFor, type SaleThreshold, saleThresholdsFor } from "./deadlines.ts";
import { formWords } from "./i18n/form/index.ts";
import type { MessageWords } from "./i18n/message/en.ts";
import { messageWords } from "./i18n/message/index.ts";
import type { ServicerProfile } from "./profile.ts";
import type { Attachment, Inquiry } from "./schema.ts";
import { subjectFor } from "./subject.ts";
import { multiLine, singleLine } from "./text.ts";

export interface MessageOptions {
  profile: ServicerProfile;
  /** The language the message is written in. */
  lang: Lang;
  /** The date written on the message; deadlines are estimated as if received that day. */
  today: IsoDate;
}

export interface Message {
  /**
   * A printable letter when the recipient is the Reg X designated address by post; otherwise an
   * email, also for notices of error and information requests the servicer takes by email.
   */
  kind: Recipient["kind"];
  recipient: Recipient;
  subject: string;
  /**
   * Plain text with LF line ends: one line per paragraph and per list item, never hard-wrapped,
   * so every screen, mail program and printer wraps it to its own width.
   */
  body: string;
  reference: string;
  deadlines: Deadline[];
  /** Loss-mitigation protections that depend on how early the application arrives before a sale. */
  saleThresholds: SaleThreshold[];
}

/** FNV-1a, 32 bits: a short stable fingerprint, not a security measure. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** "BHC-20261127-7F3A2C": the date plus a fingerprint of the inquiry, so a resend matches. */
export function referenceId(inquiry: Inquiry, today: IsoDate): string {
  const hash = fnv1a(JSON.stringify(inquiry) + "|" + today);
  return `BHC-${today.replace(/-/g, "")}-${
    (hash & 0xffffff).toString(16).toUpperCase().padStart(6, "0")
  }`;
}

/** "$1,234.50" from "1234.50". */
export function formatAmount(amount: string): string {
  const [dollars, cents] = amount.split(".");
  return `$${dollars.replace(/\B(?=(\d{3})+$)/g, ",")}.${cents}`;
}

type DesignatedWords = MessageWords["designated"]["notice-of-error"];

/** File types as the message names them. */
const typeNames: Record<Attachment["type"], string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPG",
  "image/png": "PNG",
};

function display(inquiry: Inquiry, id: ExtraFieldId, lang: Lang): string | undefined {
  const value = inquiry[id];
  if (value === undefined || value === "") return undefined;
  const kind = fieldKinds[id];
  if (kind.type === "date") return formatDate(value, lang);
  if (kind.type === "amount") return formatAmount(value);
  return kind.type === "text" && "multiline" in kind ? multiLine(value) : singleLine(value);
}

/** "Name: value" lines for the fields the inquiry's topic uses. */
function topicLines(inquiry: Inquiry, lang: Lang): string[] {
  const terms = messageWords(lang).terms;
  return (findTopic(inquiry.category, inquiry.topic)?.fields ?? []).flatMap((f) => {
    const value = display(inquiry, f.id, lang);
    return value === undefined ? [] : [`${terms[f.id]}: ${value}`];
  });
}

function accountLines(inquiry: Inquiry, lang: Lang, name: string): string[] {
  const terms = messageWords(lang).terms;
  const line = (term: string, value?: string) => value ? [`${term}: ${singleLine(value)}`] : [];
  return [
    ...line(name, inquiry.fullName),
    ...line(terms.loanNumber, inquiry.loanNumber),
    ...line(terms.propertyAddress, inquiry.propertyAddress),
    ...line(terms.email, inquiry.email),
    ...line(terms.phone, inquiry.phone),
  ];
}

function section(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [heading, ...lines, ""];
}

/** How a notice of error or an information request names itself, as a letter or an email. */
function designatedWords(inquiry: Inquiry, lang: Lang) {
  const designated: Partial<Record<CategoryId, DesignatedWords>> = messageWords(lang).designated;
  return designated[inquiry.category];
}

/**
 * Builds the plain-text email or letter for a checked inquiry. Throws if anything sensitive has
 * reached it anyway (assertChecked), so no caller can write an SSN, card or bank number into it.
 */
export function buildMessage(inquiry: CheckedInquiry, options: MessageOptions): Message {
  assertChecked(inquiry);
  const { profile, lang, today } = options;
  const w = messageWords(lang);
  const m = w.message;
  const topicName = formWords(lang).topics[inquiry.topic];
  const recipient = recipientFor(profile, inquiry.category);
  const letter = recipient.kind === "letter";
  const designated = designatedWords(inquiry, lang);
  const subject = subjectFor(inquiry, lang, today);
  const reference = referenceId(inquiry, today);
  const deadlines = deadlinesFor(inquiry.category, inquiry.topic, today, {
    saleDate: inquiry.saleDate,
    responseTimeBusinessDays: profile.responseTimeBusinessDays,
  });
  const saleThresholds = saleThresholdsFor(
    inquiry.category,
    inquiry.topic,
    today,
    inquiry.saleDate,
  );
  const details = inquiry.details ? [multiLine(inquiry.details), ""] : [];
  const attachments = inquiry.attachments.map((a) =>
    `- ${singleLine(a.name)} (${typeNames[a.type]})`
  );
  const deadlineLines = deadlines.length === 0 ? [] : [
    m.deadlinesNote(formatDate(today, lang)),
    ...deadlines.map((d) => {
      const { line, extension } = describeDeadline(d, lang);
      return `- ${extension ? `${line} ${extension}` : line}`;
    }),
  ];
  const topicLine = designated
    ? `${designated.subject}: ${topicName}`
    : `${w.terms.topic}: ${topicName}`;
  const closing = [
    ...section(m.ask, [
      inquiry.requestedAction ? multiLine(inquiry.requestedAction) : w.asks[inquiry.category],
    ]),
    ...section(
      m.attachments,
      attachments.length ? [letter ? m.enclosing : m.attaching, ...attachments] : [],
    ),
    // A letter's deadlines are the borrower's, printed apart "for your records" (Result.tsx).
    ...(letter ? [] : section(m.deadlines, deadlineLines)),
  ];
  const sign = letter
    ? [
      m.sincerely,
      "",
      "",
      `${m.signature}: ____________________________`,
      singleLine(inquiry.fullName),
      "",
      `${m.date}: ________________`,
    ]
    : [m.sincerely, "", singleLine(inquiry.fullName)];
  const lines = letter
    ? [
      ...[inquiry.fullName, inquiry.propertyAddress, inquiry.email, inquiry.phone ?? ""]
        .map(singleLine).filter((l) => l !== ""),
      "",
      formatDate(today, lang),
      "",
      recipient.name,
      recipient.attention,
      ...recipient.lines,
      "",
      `${m.re}: ${subject}`,
      "",
      m.dear(profile.name),
      "",
      ...(designated ? [designated.letter, ""] : []),
      singleLine(inquiry.summary),
      "",
      ...accountLines(inquiry, lang, w.terms.borrower).slice(0, 3),
      topicLine,
      ...topicLines(inquiry, lang),
      "",
      ...details,
      ...closing,
      m.keepingCopy,
      "",
      `${m.reference}: ${reference}`,
      "",
      ...sign,
    ]
    : [
      ...(designated ? [designated.email, ""] : []),
      singleLine(inquiry.summary),
      "",
      ...section(m.account, accountLines(inquiry, lang, w.terms.fullName)),
      ...section(m.about, [
        `${w.terms.category}: ${formWords(lang).categories[inquiry.category]}`,
        topicLine,
        ...topicLines(inquiry, lang),
      ]),
      ...details,
      ...closing,
      `${m.reference}: ${reference}`,
      `${m.date}: ${formatDate(today, lang)}`,
      "",
      m.thanks,
      "",
      ...sign,
    ];
  return {
    kind: recipient.kind,
    recipient,
    subject,
    body: lines.join("\n"),
    reference,
    deadlines,
    saleThresholds,
  };
}
