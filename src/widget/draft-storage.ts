/** What the widget keeps in the browser: the draft for this tab, and the log of messages made. */
import { type CategoryId, isCategoryId } from "../inquiry/categories.ts";
import { findTopic, type TopicId } from "../inquiry/catalog.ts";
import type { IsoDate } from "../inquiry/dates.ts";
import type { Deadline } from "../inquiry/deadlines.ts";

/** A file the borrower picked, as the browser names it; the core checks its type. */
export interface PickedFile {
  name: string;
  type: string;
}

export interface Draft {
  values: Record<string, string>;
  attachments: PickedFile[];
}

/**
 * One message made on this device; nothing here leaves the browser. The tracker of sent messages
 * reads these too, so this is the one definition of an entry.
 */
export interface LogEntry {
  /** The day the message was built. */
  date: IsoDate;
  reference: string;
  subject: string;
  category: CategoryId;
  topic: TopicId;
  /** The estimated clocks, by rule, so they can be described again in any language. */
  deadlines: { ruleId: Deadline["ruleId"]; dueDate: IsoDate }[];
}

const DRAFT = "bhc-contact-draft";
const LOG = "bhc-contact-log";

function store(kind: "session" | "local"): Storage {
  return kind === "session" ? sessionStorage : localStorage;
}

function read(kind: "session" | "local", key: string): unknown {
  try {
    return JSON.parse(store(kind).getItem(key) ?? "null");
  } catch {
    return null;
  }
}

/** Writes, or removes when there is nothing to keep; a full or blocked storage loses nothing on the page. */
function write(kind: "session" | "local", key: string, value: unknown): void {
  try {
    if (value === undefined) store(kind).removeItem(key);
    else store(kind).setItem(key, JSON.stringify(value));
  } catch {
    // Storage can be disabled or full: the form still works, it just is not kept.
  }
}

const isString = (value: unknown): value is string => typeof value === "string";

/** The draft kept for this tab, keeping only well-formed parts. */
export function loadDraft(): Draft {
  const raw = read("session", DRAFT) as { values?: unknown; attachments?: unknown } | null;
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw?.values ?? {})) {
    if (isString(v)) values[k] = v;
  }
  const files = Array.isArray(raw?.attachments) ? raw.attachments : [];
  return {
    values,
    attachments: files.filter((f): f is PickedFile => isString(f?.name) && isString(f?.type)),
  };
}

export function saveDraft(draft?: Draft): void {
  write("session", DRAFT, draft);
}

/** An entry as this version writes it; anything else in storage is left out. */
function isLogEntry(value: unknown): value is LogEntry {
  const e = value as Partial<LogEntry> | null;
  return isString(e?.date) && isString(e.reference) && isString(e.subject) &&
    isCategoryId(e.category) && findTopic(e.category, e.topic) !== undefined &&
    Array.isArray(e.deadlines) &&
    e.deadlines.every((d) => isString(d?.ruleId) && isString(d.dueDate));
}

export function loadLog(): LogEntry[] {
  const raw = read("local", LOG);
  return Array.isArray(raw) ? raw.filter(isLogEntry) : [];
}

export function saveLog(log: LogEntry[]): void {
  write("local", LOG, log.length ? log : undefined);
}
