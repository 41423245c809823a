/**
 * "My messages" in localStorage. Every change reads what is stored now, changes that, and writes
 * it back, so no page's copy ever writes over a message another tab or the contact page added.
 */
import type { IsoDate } from "../inquiry/dates.ts";
import { readStored, type StoredList } from "../inquiry/tracker/stored.ts";
import { MESSAGES_KEY as KEY } from "./messages-key.ts";

/** The stored value now: parsed JSON, or the text itself when it is not JSON (kept as it is). */
function storedNow(): unknown {
  const text = localStorage.getItem(KEY);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The stored messages and the entries this page cannot show; nothing when storage is blocked. */
export function loadMessages(today: IsoDate): StoredList {
  try {
    return readStored(storedNow(), today);
  } catch {
    return { messages: [], unreadable: [] };
  }
}

/**
 * Changes the list as it is stored now; an empty list removes the key. False when the browser
 * refused (storage full, blocked, private mode): then nothing changed.
 */
export function changeStored(change: (stored: unknown) => unknown[]): boolean {
  try {
    const next = change(storedNow());
    if (next.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}
