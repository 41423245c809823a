/**
 * The one way into the core for a form: validate with the schema, run the sensitive-data guard
 * over every text that reaches the message, and say what is wrong in one list, in form order.
 */
import { isCategoryId, type Lang } from "./categories.ts";
import {
  closingFieldIds,
  commonFieldIds,
  extraFieldIds,
  type FieldId,
  findTopic,
} from "./catalog.ts";
import type { IsoDate } from "./dates.ts";
import { type Finding, findSensitive, messageTexts } from "./guard.ts";
import { errorMap, findingMessage } from "./i18n/form/index.ts";
import { type Inquiry, inquirySchema } from "./schema.ts";

declare const checked: unique symbol;

/**
 * An inquiry that passed checkInquiry: valid, normalised, and with nothing sensitive in any text
 * that reaches the message. Only checkInquiry makes one; buildMessage and composeInquiry take
 * nothing else, and check again at run time (assertNothingSensitive).
 */
export type CheckedInquiry = Inquiry & { readonly [checked]: true };

/** One thing to put right, shown in the error summary and after the field's label and hint. */
export interface Problem {
  field: FieldId;
  message: string;
  /** Sensitive data in the field as typed: what "Mask it" needs. A file name cannot be masked. */
  finding?: Finding;
}

export type CheckResult =
  | { ok: true; inquiry: CheckedInquiry }
  | { ok: false; problems: Problem[] };

export interface CheckContext {
  /** The language of the problems. */
  lang: Lang;
  /** The borrower's date, so "today or in the past" needs no hidden clock. */
  today: IsoDate;
}

/** Every field in the order any form shows it: a form's fields are always a subsequence. */
const formOrder: readonly FieldId[] = [...commonFieldIds, ...extraFieldIds, ...closingFieldIds];

/** The schema for the last day asked about: building it takes milliseconds, checking microseconds. */
let schema: { today: IsoDate; of: ReturnType<typeof inquirySchema> } | undefined;

function schemaFor(today: IsoDate) {
  if (schema?.today !== today) schema = { today, of: inquirySchema(today) };
  return schema.of;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The problem a finding makes; `maskable` when its offsets point into the text as typed. */
function sensitiveProblem(
  finding: Finding,
  values: Record<string, unknown>,
  lang: Lang,
  maskable: boolean,
): Problem {
  const { field, item } = finding;
  if (item === undefined) {
    return { field, message: findingMessage(finding, lang), ...(maskable ? { finding } : {}) };
  }
  const file = messageTexts(values).find((t) => t.field === field && t.item === item);
  return { field, message: findingMessage(finding, lang, file?.text) };
}

/** Validates form values and guards what would reach the message. */
export function checkInquiry(input: unknown, { lang, today }: CheckContext): CheckResult {
  const values = isRecord(input) ? input : {};
  const parsed = schemaFor(today).safeParse(values, { error: errorMap(lang) });
  // One validation problem per field (GOV.UK): the first, as the schema checks in order.
  const invalid: Problem[] = [];
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0] as FieldId;
    if (!invalid.some((p) => p.field === field)) invalid.push({ field, message: issue.message });
  }
  const typed = findSensitive(values).map((f) => sensitiveProblem(f, values, lang, true));
  // Cleaning text can join what typing kept apart (a control character inside a number), so a
  // clean inquiry is scanned once more as the message will hold it.
  const cleaned = parsed.success && typed.length === 0
    ? findSensitive(parsed.data).map((f) => sensitiveProblem(f, parsed.data, lang, false))
    : [];
  const problems = [...invalid, ...typed, ...cleaned];
  if (parsed.success && problems.length === 0) {
    return { ok: true, inquiry: parsed.data as CheckedInquiry };
  }
  const rank = (field: FieldId) => formOrder.indexOf(field) + 1 || formOrder.length + 1;
  return { ok: false, problems: problems.sort((a, b) => rank(a.field) - rank(b.field)) };
}

/** Thrown when a message would carry an SSN, a card or bank number, a password or a PIN. */
export class SensitiveDataError extends Error {
  constructor(readonly findings: Finding[]) {
    super(`sensitive data in ${[...new Set(findings.map((f) => f.field))].join(", ")}`);
    this.name = "SensitiveDataError";
  }
}

/**
 * The run-time half of the brand: a caller that skips checkInquiry (or forges the type in plain
 * JavaScript) still cannot build a message from an unknown topic or with sensitive data in it.
 */
export function assertChecked(inquiry: CheckedInquiry): void {
  if (!isCategoryId(inquiry.category) || !findTopic(inquiry.category, inquiry.topic)) {
    throw new TypeError(`unknown topic ${String(inquiry.topic)} in ${String(inquiry.category)}`);
  }
  const findings = findSensitive(inquiry);
  if (findings.length > 0) throw new SensitiveDataError(findings);
}
