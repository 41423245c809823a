/**
 * The draft of the contact form for this tab (sessionStorage), one per page language: a draft
 * typed on one language's page is restored only on that language's page, never silently under
 * another language's labels, and is still there when the borrower goes back. Built messages are
 * kept by My messages (src/ui/messages-storage.ts), not here.
 */
import type { Lang } from "../i18n/languages.ts";

/** A file the borrower picked, as the browser names it; the core checks its type. */
export interface PickedFile {
  name: string;
  type: string;
}

export interface Draft {
  values: Record<string, string>;
  attachments: PickedFile[];
}

/** The draft's key for a page language. */
const draftKey = (lang: Lang) => `bhc-contact-draft-${lang}`;

const isString = (value: unknown): value is string => typeof value === "string";
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The draft kept for this tab's page in this language, keeping only well-formed parts. */
export function loadDraft(lang: Lang): Draft {
  let raw: unknown = null;
  try {
    raw = JSON.parse(sessionStorage.getItem(draftKey(lang)) ?? "null");
  } catch {
    // A damaged draft is dropped, never half-read.
  }
  const draft = isRecord(raw) ? raw : {};
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(isRecord(draft.values) ? draft.values : {})) {
    if (isString(v)) values[k] = v;
  }
  const files: { name?: unknown; type?: unknown }[] = Array.isArray(draft.attachments)
    ? draft.attachments
    : [];
  return {
    values,
    attachments: files.filter((f): f is PickedFile => isString(f?.name) && isString(f?.type)),
  };
}

/** Keeps the draft, or removes it when there is nothing to keep; a full or blocked storage loses
 * nothing on the page. */
export function saveDraft(lang: Lang, draft?: Draft): void {
  try {
    if (draft === undefined) sessionStorage.removeItem(draftKey(lang));
    else sessionStorage.setItem(draftKey(lang), JSON.stringify(draft));
  } catch {
    // Storage can be disabled or full: the form still works, it just is not kept.
  }
}
