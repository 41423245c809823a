/**
 * The inquiry schema, in zod (zod/mini keeps the browser bundle small), built from the catalog's
 * field kinds for one day. It holds no words: every custom check names its problem in the issue's
 * `params`, and the form dictionary's error map words it (i18n/form).
 */
import * as z from "zod/mini";
import { type CategoryId, categoryIds } from "./categories.ts";
import {
  catalog,
  categoryFields,
  type DateRange,
  dateRange,
  type ExtraFieldId,
  extraFieldIds,
  fieldKinds,
  findTopic,
  type Topic,
  type TopicId,
} from "./catalog.ts";
import { type IsoDate, parseIsoDate } from "./dates.ts";
import { codePoints, multiLine, singleLine } from "./text.ts";

// Zod compiles object parsers with `new Function` unless told not to; the site's CSP forbids
// eval, and Chromium reports even a caught attempt as a violation.
z.config({ jitless: true });

/** What a value is wrong with; "enter" is a required field left empty. */
export type ProblemKey =
  | "enter"
  | "tooLong"
  | "realDate"
  | "past"
  | "future"
  | "amount"
  | "positive"
  | "year"
  | "yearPast"
  | "digits"
  | "email"
  | "phone"
  | "fileType"
  | "tooMany";

/** The numbers a rule is stated with, for its message: "must be 300 characters or fewer". */
export interface Limits {
  min?: number;
  max?: number;
}

/** The `params` of every custom issue this schema raises. */
export interface ProblemParams extends Limits {
  problem: ProblemKey;
}

const problem = (key: ProblemKey, limits: Limits = {}) => ({
  params: { problem: key, ...limits } satisfies ProblemParams,
});

/** A form value as text: numbers as written; anything else (absent, null, objects) is empty. */
function asText(raw: unknown): string {
  return typeof raw === "string" ? raw : typeof raw === "number" ? String(raw) : "";
}

const typed = z.pipe(z.unknown(), z.transform(asText));
const blank = (text: string) => text.trim() === "";

/** Absent or blank is no value; anything else must pass `schema`. */
function optional<O>(schema: z.ZodMiniType<O, string>) {
  return z.optional(
    z.pipe(
      z.pipe(typed, z.transform((text: string) => blank(text) ? undefined : text)),
      z.optional(schema),
    ),
  );
}

/** Parses a value, or raises `key` and stops. */
function parseOr<I, O>(parse: (input: I) => O | null, key: ProblemKey) {
  return z.transform((input: I, ctx) => {
    const value = parse(input);
    if (value !== null) return value;
    ctx.issues.push({ code: "custom", input, ...problem(key) });
    return z.NEVER;
  });
}

type TextKind = { max: number; multiline?: true };

/** Text with control characters out and, on one line, whitespace collapsed; at most `max` characters. */
function text(kind: TextKind) {
  return z.pipe(typed, z.transform(kind.multiline ? multiLine : singleLine)).check(
    z.refine(
      (value) => codePoints(value).length <= kind.max,
      problem("tooLong", { max: kind.max }),
    ),
  );
}

const requiredText = (kind: TextKind) =>
  text(kind).check(z.refine((value) => value !== "", problem("enter")));

const optionalText = (kind: TextKind) =>
  z.optional(z.pipe(text(kind), z.transform((value) => value === "" ? undefined : value)));

/** Digits only: spaces and hyphens go ("123-456 7" is "1234567"). */
function loanNumber(kind: { min: number; max: number }) {
  const digits = new RegExp(`^\\d{${kind.min},${kind.max}}$`);
  return z.pipe(
    typed.check(z.refine((value) => !blank(value), problem("enter"))),
    z.transform((value) => value.replace(/[\s-]/g, "")),
  ).check(
    z.refine((value) => digits.test(value), problem("digits", { min: kind.min, max: kind.max })),
  );
}

/** ASCII addresses only, so the address is safe in a header and a mailto URL as typed. */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

const email = z.pipe(typed, z.transform((value) => value.trim())).check(
  z.refine((value) => value !== "", { ...problem("enter"), abort: true }),
  z.refine((value) => value.length <= 254 && EMAIL.test(value), problem("email")),
);

/** 10 to 15 digits, written with the usual punctuation. */
function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, "").length;
  return /^\+?[\d\s().-]+$/.test(value) && digits >= 10 && digits <= 15;
}

const phone = optional(
  z.pipe(z.transform(singleLine), z.string().check(z.refine(isPhone, problem("phone")))),
);

/** "2026-3-7" becomes "2026-03-07"; `when` says whether today's date bounds it. */
function date(when: DateRange, today: IsoDate) {
  const checks = {
    past: [z.refine<IsoDate>((value) => value <= today, problem("past"))],
    future: [z.refine<IsoDate>((value) => value >= today, problem("future"))],
    any: [],
  }[when];
  return optional(z.pipe(parseOr(parseIsoDate, "realDate"), z.string().check(...checks)));
}

const AMOUNT = /^(?:US)?\$?\s*(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.(\d{1,2}))?$/;

/** Parses "$1,234.5" (or a number of dollars) to "1234.50"; null when it is not an amount. */
export function parseAmount(raw: string | number): string | null {
  const text = typeof raw === "number"
    ? (Number.isFinite(raw) && raw >= 0 ? raw.toFixed(2) : "")
    : raw.trim();
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const dollars = m[1].replace(/,/g, "").replace(/^0+(?=\d)/, "");
  return `${dollars}.${(m[2] ?? "").padEnd(2, "0")}`;
}

const amount = optional(
  z.pipe(
    parseOr((value: string) => parseAmount(value), "amount"),
    z.string().check(z.refine((value) => !/^0+\.00$/.test(value), problem("positive"))),
  ),
);

/** A tax year from 1900 to this one. */
function year(today: IsoDate) {
  return optional(
    z.pipe(
      z.transform((value: string) => value.trim()),
      z.string().check(
        z.refine((value) => /^(19|20)\d\d$/.test(value), { ...problem("year"), abort: true }),
        z.refine((value) => value <= today.slice(0, 4), problem("yearPast")),
      ),
    ),
  );
}

const fileTypes: Record<string, "application/pdf" | "image/jpeg" | "image/png"> = {
  "application/pdf": "application/pdf",
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/png": "image/png",
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** A file the borrower picked: its name on one line, its type from the browser or the extension. */
function fileOf(item: unknown) {
  const file = item as { name?: unknown; type?: unknown } | null | undefined;
  const name = singleLine(asText(file?.name)).slice(0, 255);
  const declared = asText(file?.type).toLowerCase();
  const extension = /\.([a-z]+)$/i.exec(name)?.[1].toLowerCase() ?? "";
  const type = fileTypes[declared] ?? (declared === "" ? fileTypes[extension] : undefined);
  return name === "" || type === undefined ? null : { name, type };
}

/** The documents named in the message, at most `max`; absent or null means none. */
function attachments(max: number) {
  const files = z.pipe(
    z.pipe(z.unknown(), z.transform((value) => value ?? [])).check(
      z.refine((value) => !Array.isArray(value) || value.length <= max, {
        ...problem("tooMany", { max }),
        abort: true,
      }),
    ),
    z.array(parseOr(fileOf, "fileType")),
  );
  return z._default(files, () => []);
}

/**
 * The schema of each extra field by its kind, made once per day and shared by the categories;
 * a date field takes the range its category's topics give it.
 */
function extraFields(today: IsoDate) {
  const dates = {
    past: date("past", today),
    future: date("future", today),
    any: date("any", today),
  };
  const taxYear = year(today);
  return (id: ExtraFieldId, category: CategoryId) => {
    const kind = fieldKinds[id];
    if (kind.type === "date") return dates[dateRange(category, id) ?? kind.when];
    if (kind.type === "amount") return amount;
    if (kind.type === "year") return taxYear;
    if (kind.type === "text") return optionalText(kind);
    throw new TypeError(`no schema for an extra field of kind ${kind.type}`);
  };
}

/** A field no topic of the category asks for: whatever is sent is dropped, never checked. */
const unused = z.optional(z.pipe(z.unknown(), z.transform((): string | undefined => undefined)));

/** Whole-object check: the topic's own required fields, reported even when other fields failed. */
function requiredByTopic(category: CategoryId) {
  return z.superRefine((value: { topic: string } & Partial<Record<ExtraFieldId, string>>, ctx) => {
    const topic: Topic | undefined = findTopic(category, value.topic);
    for (const field of topic?.fields ?? []) {
      const reported = ctx.issues.some((issue) => issue.path?.[0] === field.id);
      if (field.required && !reported && value[field.id] === undefined) {
        ctx.issues.push({ code: "custom", path: [field.id], input: value, ...problem("enter") });
      }
    }
  }, { when: () => true });
}

type ExtraField = ReturnType<ReturnType<typeof extraFields>>;

/** One category: its id, one of its topics, and the extra fields its topics ask for. */
function categorySchema(
  category: CategoryId,
  extraField: (id: ExtraFieldId, category: CategoryId) => ExtraField,
) {
  const used = new Set(categoryFields(category));
  const topics: readonly Topic<TopicId>[] = catalog[category].topics;
  const extras = Object.fromEntries(
    extraFieldIds.map((id) => [id, used.has(id) ? extraField(id, category) : unused]),
  ) as Record<ExtraFieldId, ExtraField | typeof unused>;
  return z.object({
    category: z.literal(category),
    topic: z.literal(topics.map((t) => t.id)),
    ...extras,
  }).check(requiredByTopic(category));
}

/**
 * The inquiry as the form sends it, checked against `today`: the fields every inquiry has, and
 * a discriminated union on the category for the topic and the topic's fields. The intersection
 * checks both sides, so an unknown category still gets every other field's problems.
 */
export function inquirySchema(today: IsoDate) {
  const k = fieldKinds;
  const common = z.object({
    fullName: requiredText(k.fullName),
    loanNumber: loanNumber(k.loanNumber),
    propertyAddress: requiredText(k.propertyAddress),
    email,
    phone,
    summary: requiredText(k.summary),
    details: optionalText(k.details),
    requestedAction: optionalText(k.requestedAction),
    attachments: attachments(k.attachments.max),
  });
  const extraField = extraFields(today);
  const [first, ...rest] = categoryIds.map((category) => categorySchema(category, extraField));
  return z.intersection(common, z.discriminatedUnion("category", [first, ...rest]));
}

/**
 * A validated, normalised inquiry: loan number digits, dates "YYYY-MM-DD", amounts "1234.50",
 * text on one line (or with LF line ends where a field is multi-line).
 */
export type Inquiry = z.output<ReturnType<typeof inquirySchema>>;

export type Attachment = Inquiry["attachments"][number];
