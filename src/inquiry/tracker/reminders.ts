/** One calendar file with every due date still ahead for a message. */
import type { Lang } from "../categories.ts";
import { buildCalendar } from "../ics.ts";
import { trackerWords } from "../i18n/tracker/index.ts";
import { describeClock, type MessageClock } from "./clocks.ts";
import type { TrackedMessage } from "./record.ts";

/** Every clock still waiting or due soon (protections end, they are not due): an event each. */
export function remindersIcs(
  message: TrackedMessage,
  clocks: MessageClock[],
  options: { lang: Lang; now: Date; servicerName: string },
): string | undefined {
  const w = trackerWords(options.lang);
  const open = clocks.filter((c) => c.status === "waiting" || c.status === "due-soon");
  if (open.length === 0) return undefined;
  return buildCalendar(
    open.map((clock) => ({
      uid: `${message.reference}-${clock.role}-${clock.deadline.ruleId}@borrower-help-center`,
      stamp: options.now,
      date: clock.dueDate,
      summary: w.reminder.summary(w.role[clock.role], message.subject),
      description: `${describeClock(clock, options.lang)[0]}\n${message.reference}`,
    })),
    options.servicerName,
  );
}
