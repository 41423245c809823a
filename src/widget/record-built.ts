/**
 * Keeps a built message in My messages (not sent yet), loaded with the result on first submit.
 * It only appends raw JSON: the schema that checks stored messages loads with My messages itself,
 * which drops any entry it cannot read, so the contact page does not carry it.
 */
import type { CheckedInquiry } from "../inquiry/check.ts";
import type { IsoDate } from "../inquiry/dates.ts";
import type { Message } from "../inquiry/message.ts";
import type { TrackedMessage } from "../inquiry/tracker/record.ts";
import { MESSAGES_KEY } from "../messages/storage-key.ts";

export function recordBuilt(message: Message, inquiry: CheckedInquiry, today: IsoDate): void {
  const entry: TrackedMessage = {
    reference: message.reference,
    subject: message.subject,
    category: inquiry.category,
    topic: inquiry.topic,
    created: today,
    saleDate: inquiry.saleDate,
  };
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(MESSAGES_KEY) ?? "[]");
    const list = Array.isArray(stored) ? stored : [];
    // Built again with the same reference: keep what the borrower already recorded about it.
    if (list.some((m) => (m as { reference?: unknown })?.reference === entry.reference)) return;
    localStorage.setItem(MESSAGES_KEY, JSON.stringify([entry, ...list]));
  } catch {
    // Storage can be disabled or full: the message is still on screen to copy or download.
  }
}
