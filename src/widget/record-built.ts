/** Keeps a built message in My messages (not sent yet); loaded with the result on first submit. */
import type { CheckedInquiry } from "../inquiry/check.ts";
import type { IsoDate } from "../inquiry/dates.ts";
import type { Message } from "../inquiry/message.ts";
import { addBuilt, builtEntry } from "../inquiry/tracker/built.ts";
import { MESSAGES_KEY } from "../ui/messages-key.ts";

export function recordBuilt(message: Message, inquiry: CheckedInquiry, today: IsoDate): void {
  try {
    const next = addBuilt(
      JSON.parse(localStorage.getItem(MESSAGES_KEY) ?? "[]"),
      builtEntry(message, inquiry, today),
    );
    if (next) localStorage.setItem(MESSAGES_KEY, JSON.stringify(next));
  } catch {
    // Storage can be disabled or full: the message is still on screen to copy or download.
  }
}
