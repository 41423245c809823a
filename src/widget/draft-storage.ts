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

/** The draft kept for this tab, keeping only well-formed parts. */
export function loadDraft(): Draft {
  const raw = read("session", DRAFT) as Partial<Draft> | null;
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw?.values ?? {})) {
    if (typeof v === "string") values[k] = v;
  }
  return {
    values,
    attachments: Array.isArray(raw?.attachments) ? raw.attachments : [],
  };
}

export function saveDraft(draft?: Draft): void {
  write("session", DRAFT, draft);
}

export function loadLog(): LogEntry[] {
  const raw = read("local", LOG);
  return Array.isArray(raw) ? raw : [];
}

export function saveLog(log: LogEntry[]): void {
  write("local", LOG, log.length ? log : undefined);
}
