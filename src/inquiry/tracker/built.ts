/**
 * A message the contact page has just built, as My messages keeps it until the borrower records
 * sending it. No zod here: the contact page loads this with its result, and the schema that
 * checks stored messages loads with My messages, which drops any entry it cannot read.
 */
import type { CheckedInquiry } from "../check.ts";
import type { IsoDate } from "../dates.ts";
import type { Message } from "../message.ts";
import type { TrackedMessage } from "./record.ts";

export function builtEntry(
  message: Message,
  inquiry: CheckedInquiry,
  today: IsoDate,
): TrackedMessage {
  return {
    reference: message.reference,
    subject: message.subject,
    category: inquiry.category,
    topic: inquiry.topic,
    created: today,
    saleDate: inquiry.saleDate,
  };
}

/**
 * The stored list with the entry added first, or undefined when a message with its reference is
 * already there: building it again keeps what the borrower recorded about it.
 */
export function addBuilt(stored: unknown, entry: TrackedMessage): unknown[] | undefined {
  // Whatever else is stored stays, as My messages keeps an entry it cannot read.
  const list = Array.isArray(stored) ? stored : stored === null ? [] : [stored];
  const known = list.some((m) => (m as { reference?: unknown })?.reference === entry.reference);
  return known ? undefined : [entry, ...list];
}
