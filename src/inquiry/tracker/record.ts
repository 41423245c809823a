/**
 * A message the borrower made, as "My messages" keeps it in the browser: what it was about, when
 * and how it was sent, and what the servicer did. One zod schema checks storage, imports and exports.
 */
import * as z from "zod/mini";
import { categoryIds } from "../categories.ts";
import { findTopic } from "../catalog.ts";
import type { Lang } from "../categories.ts";
import { formWords } from "../i18n/form/index.ts";
import { parseIsoDate } from "../dates.ts";

/** Strict "YYYY-MM-DD" that is a real calendar date. */
/** A certified-mail or courier tracking number as the borrower may type it. */
export const TRACKING_NUMBER = /^[A-Za-z0-9 -]{1,40}$/;

const isoDate = z.string().check(z.refine((s) => parseIsoDate(s) === s));

export const sendMethods = ["email", "portal", "mail", "certified-mail"] as const;
export type SendMethod = typeof sendMethods[number];

/** Mail is received some days after it is sent; email and the servicer's portal the same day. */
export function isPostal(method: SendMethod): boolean {
  return method === "mail" || method === "certified-mail";
}

const sent = z.object({
  on: isoDate,
  method: z.enum(sendMethods),
  /** A certified-mail or courier tracking number: letters and digits only. */
  tracking: z.optional(z.string().check(z.regex(TRACKING_NUMBER))),
  /** When the servicer received it (mail): the day its clocks start. */
  delivered: z.optional(isoDate),
});

export const trackedMessageSchema = z.object({
  reference: z.string().check(z.regex(/^BHC-\d{8}-[0-9A-F]{6}$/)),
  subject: z.string().check(z.minLength(1), z.maxLength(200)),
  category: z.enum(categoryIds),
  topic: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
  /** The day the message was made. */
  created: isoDate,
  /** A scheduled foreclosure sale the message named. */
  saleDate: z.optional(isoDate),
  sent: z.optional(sent),
  acknowledged: z.optional(isoDate),
  answered: z.optional(isoDate),
  outcome: z.optional(z.object({ resolved: z.boolean(), on: isoDate })),
}).check(
  z.refine((m) => findTopic(m.category, m.topic) !== undefined, {
    message: "topic is not in its category",
  }),
  z.refine((m) => !m.sent?.delivered || m.sent.delivered >= m.sent.on, {
    message: "delivered before it was sent",
  }),
);

export type TrackedMessage = z.infer<typeof trackedMessageSchema>;

/** What an export file says it is, so a foreign JSON file is refused rather than misread. */
export const EXPORT_FORMAT = "borrower-help-center/messages";
const MAX_MESSAGES = 1000;

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exported: z.string(),
  messages: z.array(trackedMessageSchema).check(z.maxLength(MAX_MESSAGES)),
});

/** The JSON a borrower downloads to move their messages to another device. */
export function exportFile(messages: TrackedMessage[], now: Date): string {
  const file: z.infer<typeof exportFileSchema> = {
    format: EXPORT_FORMAT,
    version: 1,
    exported: now.toISOString(),
    messages,
  };
  return JSON.stringify(file, null, 2) + "\n";
}

export type ImportProblem = "not-json" | "not-ours" | "damaged";

/** Reads an export file; any doubt refuses the whole file, so nothing half-read is kept. */
export function parseExportFile(
  text: string,
): { ok: true; messages: TrackedMessage[] } | { ok: false; problem: ImportProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: "not-json" };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== EXPORT_FORMAT) return { ok: false, problem: "not-ours" };
  const parsed = exportFileSchema.safeParse(data);
  return parsed.success
    ? { ok: true, messages: parsed.data.messages }
    : { ok: false, problem: "damaged" };
}

/** Messages from storage: each entry checked on its own, so one damaged entry loses no other. */
export function parseStoredMessages(raw: unknown): TrackedMessage[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = trackedMessageSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
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
