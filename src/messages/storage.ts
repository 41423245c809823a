/** "My messages" in localStorage: read entry by entry so one damaged entry loses no other. */
import { parseStoredMessages, type TrackedMessage } from "../inquiry/tracker/record.ts";
import { MESSAGES_KEY as KEY } from "./storage-key.ts";

export function loadMessages(): TrackedMessage[] {
  try {
    return parseStoredMessages(JSON.parse(localStorage.getItem(KEY) ?? "null"));
  } catch {
    return [];
  }
}

/** Keeps the list; an empty list removes the key. A full or blocked storage keeps the page working. */
export function saveMessages(messages: TrackedMessage[]): void {
  try {
    if (messages.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(messages));
  } catch {
    // Storage can be disabled or full: the page still shows what it has.
  }
}

/** Adds or replaces one message. */
export function upsertMessage(message: TrackedMessage): void {
  const rest = loadMessages().filter((m) => m.reference !== message.reference);
  saveMessages([message, ...rest]);
}

/** The stored message with this reference, if any. */
export function findMessage(reference: string): TrackedMessage | undefined {
  return loadMessages().find((m) => m.reference === reference);
}
