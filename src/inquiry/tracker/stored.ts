/**
 * The list My messages keeps in storage, read and changed as a whole. Every change starts from
 * what storage holds now (never from a page's copy), and an entry the page cannot read is kept
 * exactly as stored: it is shown as one entry that cannot be shown, and only the borrower deletes it.
 */
import type { IsoDate } from "../dates.ts";
import { mergeMessages, type TrackedMessage, trackedMessageSchema } from "./record.ts";

/** A stored entry that cannot be shown: its reference, or "" when it has none. */
export interface UnreadableEntry {
  reference: string;
}

export interface StoredList {
  messages: TrackedMessage[];
  unreadable: UnreadableEntry[];
}

/** The stored value as a list of entries: anything else stored is one entry, never dropped. */
function entriesOf(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw];
}

function referenceOf(entry: unknown): string {
  const reference = (entry as { reference?: unknown } | null)?.reference;
  return typeof reference === "string" ? reference.slice(0, 40) : "";
}

/** The messages this page can show, and the entries it cannot, each checked on its own. */
export function readStored(raw: unknown, today: IsoDate): StoredList {
  const schema = trackedMessageSchema(today);
  const list: StoredList = { messages: [], unreadable: [] };
  for (const entry of entriesOf(raw)) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) list.messages.push(parsed.data);
    else list.unreadable.push({ reference: referenceOf(entry) });
  }
  return list;
}

/** The stored list with this message in place of the entry with its reference, or first. */
export function putMessage(raw: unknown, message: TrackedMessage): unknown[] {
  const entries = entriesOf(raw);
  return entries.some((entry) => referenceOf(entry) === message.reference)
    ? entries.map((entry) => referenceOf(entry) === message.reference ? message : entry)
    : [message, ...entries];
}

/** The stored list without the entries with this reference. */
export function removeMessage(raw: unknown, reference: string): unknown[] {
  return entriesOf(raw).filter((entry) => referenceOf(entry) !== reference);
}

/**
 * The stored list with imported messages merged in (see mergeMessages): an imported message takes
 * the place of a stored entry with its reference that cannot be read; every other such entry stays.
 */
export function importMessages(
  raw: unknown,
  incoming: TrackedMessage[],
  today: IsoDate,
): { list: unknown[]; added: number; updated: number } {
  const schema = trackedMessageSchema(today);
  const incomingReferences = new Set(incoming.map((m) => m.reference));
  const readable: TrackedMessage[] = [];
  const kept: unknown[] = [];
  const replaced = new Set<string>();
  for (const entry of entriesOf(raw)) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) readable.push(parsed.data);
    else if (incomingReferences.has(referenceOf(entry))) replaced.add(referenceOf(entry));
    else kept.push(entry);
  }
  const merged = mergeMessages(readable, incoming);
  // A replaced entry was counted as added; to the borrower it is an update.
  const updates = [...replaced].filter((r) => !readable.some((m) => m.reference === r)).length;
  return {
    list: [...merged.messages, ...kept],
    added: merged.added - updates,
    updated: merged.updated + updates,
  };
}
