/**
 * A message the borrower made, as "My messages" keeps it in the browser: what it was about, when
 * and how it was sent, and what the servicer did. One zod schema checks storage, imports, exports
 * and the update form, with the dates the whole app can show and count from.
 */
import * as z from "zod/mini";
import { categoryIds } from "../categories.ts";
import { findTopic } from "../catalog.ts";
import type { Lang } from "../categories.ts";
import { formWords } from "../i18n/form/index.ts";
import { EARLIEST_DATE, type IsoDate, LATEST_SALE_DATE, parseIsoDate } from "../dates.ts";

/** A certified-mail or courier tracking number as the borrower may type it. */
export const TRACKING_NUMBER = /^[A-Za-z0-9 -]{1,40}$/;

export type RecordedDateProblem = "date" | "future" | "early";

/**
 * What is wrong with a date the borrower records (made, sent, received, answered...): it must be
 * a calendar date, not after today and not before EARLIEST_DATE.
 */
export function recordedDateProblem(text: string, today: IsoDate): RecordedDateProblem | undefined {
  const date = parseIsoDate(text);
  if (date === null) return "date";
  if (date > today) return "future";
  return date < EARLIEST_DATE ? "early" : undefined;
}

const strictDate = (inRange: (date: IsoDate) => boolean) =>
  z.string().check(z.refine((s) => parseIsoDate(s) === s && inRange(s)));

export const sendMethods = ["email", "portal", "mail", "certified-mail"] as const;
export type SendMethod = typeof sendMethods[number];

/** Mail is received some days after it is sent; email and the servicer's portal the same day. */
export function isPostal(method: SendMethod): boolean {
  return method === "mail" || method === "certified-mail";
}

function buildSchema(today: IsoDate) {
  const recorded = strictDate((date) => recordedDateProblem(date, today) === undefined);
  const sent = z.object({
    on: recorded,
    method: z.enum(sendMethods),
    /** A certified-mail or courier tracking number: letters and digits only. */
    tracking: z.optional(z.string().check(z.regex(TRACKING_NUMBER))),
    /** When the servicer received it (mail): the day its clocks start. */
    delivered: z.optional(recorded),
  });
  return z.object({
    reference: z.string().check(z.regex(/^BHC-\d{8}-[0-9A-F]{6}$/)),
    subject: z.string().check(z.minLength(1), z.maxLength(200)),
    category: z.enum(categoryIds),
    topic: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
    /** The day the message was made. */
    created: recorded,
    /** A scheduled foreclosure sale the message named (past or future). */
    saleDate: z.optional(strictDate((date) => date >= EARLIEST_DATE && date <= LATEST_SALE_DATE)),
    sent: z.optional(sent),
    acknowledged: z.optional(recorded),
    answered: z.optional(recorded),
    outcome: z.optional(z.object({ resolved: z.boolean(), on: recorded })),
  }).check(
    z.refine((m) => findTopic(m.category, m.topic) !== undefined, {
      message: "topic is not in its category",
    }),
    z.refine((m) => !m.sent?.delivered || m.sent.delivered >= m.sent.on, {
      message: "delivered before it was sent",
    }),
  );
}

let cached: { today: IsoDate; schema: ReturnType<typeof buildSchema> } | undefined;

/** The schema of a tracked message on a given day (built once per day asked about). */
export function trackedMessageSchema(today: IsoDate): ReturnType<typeof buildSchema> {
  if (cached?.today !== today) cached = { today, schema: buildSchema(today) };
  return cached.schema;
}

export type TrackedMessage = z.infer<ReturnType<typeof buildSchema>>;

/** What an export file says it is, so a foreign JSON file is refused rather than misread. */
export const EXPORT_FORMAT = "borrower-help-center/messages";
const MAX_MESSAGES = 1000;

const exportFileSchema = (today: IsoDate) =>
  z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    exported: z.string(),
    messages: z.array(trackedMessageSchema(today)).check(z.maxLength(MAX_MESSAGES)),
  });

/** The JSON a borrower downloads to move their messages to another device. */
export function exportFile(messages: TrackedMessage[], now: Date): string {
  const file: z.infer<ReturnType<typeof exportFileSchema>> = {
    format: EXPORT_FORMAT,
    version: 1,
    exported: now.toISOString(),
    messages,
  };
  return JSON.stringify(file, null, 2) + "\n";
}

export type ImportProblem = "not-json" | "not-ours" | "damaged";

/**
 * Reads an export file; any doubt refuses the whole file, so nothing half-read is kept. A file
 * that names our format but does not read (cut off, edited, a date the app cannot count from) is
 * damaged, not foreign.
 */
export function parseExportFile(
  text: string,
  today: IsoDate,
): { ok: true; messages: TrackedMessage[] } | { ok: false; problem: ImportProblem } {
  const ours = text.includes(`"${EXPORT_FORMAT}"`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: ours ? "damaged" : "not-json" };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== EXPORT_FORMAT) return { ok: false, problem: ours ? "damaged" : "not-ours" };
  const parsed = exportFileSchema(today).safeParse(data);
  return parsed.success
    ? { ok: true, messages: parsed.data.messages }
    : { ok: false, problem: "damaged" };
}

export interface MergeResult {
  messages: TrackedMessage[];
  added: number;
  updated: number;
}

/**
 * Adds imported messages to the ones here. A message already here keeps every date it has and
 * gains only the dates it lacks, so an import never erases what the borrower recorded.
 */
export function mergeMessages(here: TrackedMessage[], incoming: TrackedMessage[]): MergeResult {
  const byReference = new Map(here.map((m) => [m.reference, m]));
  let added = 0, updated = 0;
  for (const m of incoming) {
    const mine = byReference.get(m.reference);
    if (!mine) {
      byReference.set(m.reference, m);
      added++;
      continue;
    }
    const merged: TrackedMessage = {
      ...m,
      ...definedOnly(mine),
      sent: mine.sent && m.sent ? { ...m.sent, ...definedOnly(mine.sent) } : mine.sent ?? m.sent,
    };
    if (JSON.stringify(merged) !== JSON.stringify(mine)) updated++;
    byReference.set(m.reference, merged);
  }
  const messages = [...byReference.values()].sort((a, b) =>
    b.created.localeCompare(a.created) || b.reference.localeCompare(a.reference)
  );
  return { messages, added, updated };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The message's category and topic names in a language. */
export function topicNames(message: TrackedMessage, lang: Lang): [string, string] {
  const w = formWords(lang);
  const topic = findTopic(message.category, message.topic);
  return [w.categories[message.category], topic ? w.topics[topic.id] : message.topic];
}
