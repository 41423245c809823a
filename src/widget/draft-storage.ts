/** What the widget keeps in the browser: the draft for this tab, and the log of messages made. */
import type { Attachment } from "../inquiry/schema.ts";

export interface Draft {
  values: Record<string, string>;
  attachments: Attachment[];
}

/** One message made on this device; nothing here leaves the browser. */
export interface LogEntry {
  date: string;
  reference: string;
  subject: string;
  /** Estimated due dates, YYYY-MM-DD. */
  due: string[];
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const attachmentTypes: readonly unknown[] = ["application/pdf", "image/jpeg", "image/png"];

const isAttachment = (value: unknown): value is Attachment =>
  isRecord(value) && typeof value.name === "string" && attachmentTypes.includes(value.type);

const isLogEntry = (value: unknown): value is LogEntry =>
  isRecord(value) && typeof value.date === "string" && typeof value.reference === "string" &&
  typeof value.subject === "string" && Array.isArray(value.due) &&
  value.due.every((date) => typeof date === "string");

/** The draft kept for this tab, keeping only well-formed parts (storage can hold anything). */
export function loadDraft(): Draft {
  const raw = read("session", DRAFT);
  const draft = isRecord(raw) ? raw : {};
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(isRecord(draft.values) ? draft.values : {})) {
    if (typeof v === "string") values[k] = v;
  }
  return {
    values,
    attachments: Array.isArray(draft.attachments) ? draft.attachments.filter(isAttachment) : [],
  };
}

export function saveDraft(draft?: Draft): void {
  write("session", DRAFT, draft);
}

/** The messages logged on this device; an entry that is not well formed is left out. */
export function loadLog(): LogEntry[] {
  const raw = read("local", LOG);
  return Array.isArray(raw) ? raw.filter(isLogEntry) : [];
}

export function saveLog(log: LogEntry[]): void {
  write("local", LOG, log.length ? log : undefined);
}
