/** The legal clocks of a sent message and where each stands today (all dates estimated). */
import { addBusinessDays } from "../business-days.ts";
import type { Lang } from "../categories.ts";
import { type IsoDate } from "../dates.ts";
import { describeDeadline } from "../deadline-text.ts";
import { type Deadline, deadlinesFor } from "../deadlines.ts";
import { type DesignatedAddress, emailNotAccepted } from "./designated.ts";
import { isPostal, type TrackedMessage } from "./record.ts";

/** First-class mail takes 1 to 5 business days (USPS); until delivery is known, assume the most. */
export const ASSUMED_MAIL_BUSINESS_DAYS = 5;
/** "Due soon" means within this many business days from today. */
export const DUE_SOON_BUSINESS_DAYS = 3;

export type ClockRole = "acknowledgement" | "answer" | "extended-answer" | "protection";
export type ClockStatus = "done" | "waiting" | "due-soon" | "passed" | "active" | "ended";

export interface MessageClock {
  role: ClockRole;
  deadline: Deadline;
  /** For an extended answer: the extension is only the servicer's if it told you in writing. */
  dueDate: IsoDate;
  status: ClockStatus;
}

/** When the servicer's clocks start, and how sure that date is. */
export type ClockStart =
  | { kind: "not-sent" }
  /** Emailed to a servicer that takes this kind only at its designated address: may not count. */
  | { kind: "email-not-accepted"; citation: string }
  | { kind: "received"; on: IsoDate }
  /** Mailed, delivery not yet recorded: the clocks count from this assumed day ("if received by"). */
  | { kind: "assumed"; on: IsoDate };

export function clockStart(
  message: TrackedMessage,
  designated?: Pick<DesignatedAddress, "acceptsEmail">,
): ClockStart {
  const sent = message.sent;
  if (!sent) return { kind: "not-sent" };
  const refused = emailNotAccepted(message.category, sent.method, designated);
  if (refused) return { kind: "email-not-accepted", citation: refused.citation };
  if (!isPostal(sent.method)) return { kind: "received", on: sent.on };
  if (sent.delivered) return { kind: "received", on: sent.delivered };
  return { kind: "assumed", on: addBusinessDays(sent.on, ASSUMED_MAIL_BUSINESS_DAYS) };
}

function roleOf(d: Deadline): ClockRole {
  if (d.kind === "protection") return "protection";
  return d.ruleId === "acknowledgement" || d.ruleId === "loss-mitigation-acknowledgement"
    ? "acknowledgement"
    : "answer";
}

function deadlineStatus(due: IsoDate, today: IsoDate, done: boolean): ClockStatus {
  if (done) return "done";
  if (today > due) return "passed";
  return due <= addBusinessDays(today, DUE_SOON_BUSINESS_DAYS) ? "due-soon" : "waiting";
}

/**
 * Every clock that applies to the message's category and topic, from the day the servicer
 * receives it, with today's status: an acknowledgment is done once acknowledged or answered, an
 * answer once answered; a protection is active until its last day. None before it is sent, nor
 * from an email the servicer need not treat as a notice (`designated`, from the profile).
 */
export function messageClocks(
  message: TrackedMessage,
  today: IsoDate,
  options: {
    responseTimeBusinessDays?: number;
    designated?: Pick<DesignatedAddress, "acceptsEmail">;
  } = {},
): MessageClock[] {
  const start = clockStart(message, options.designated);
  if (start.kind === "not-sent" || start.kind === "email-not-accepted") return [];
  const deadlines = deadlinesFor(message.category, message.topic, start.on, {
    saleDate: message.saleDate,
    responseTimeBusinessDays: options.responseTimeBusinessDays,
  });
  const answered = message.answered !== undefined;
  return deadlines.flatMap((deadline): MessageClock[] => {
    const role = roleOf(deadline);
    if (role === "protection") {
      const status = today <= deadline.dueDate ? "active" : "ended";
      return [{ role, deadline, dueDate: deadline.dueDate, status }];
    }
    const done = answered || (role === "acknowledgement" && message.acknowledged !== undefined);
    const main: MessageClock = {
      role,
      deadline,
      dueDate: deadline.dueDate,
      status: deadlineStatus(deadline.dueDate, today, done),
    };
    if (!deadline.extension) return [main];
    const extended: MessageClock = {
      role: "extended-answer",
      deadline,
      dueDate: deadline.extension.dueDate,
      status: deadlineStatus(deadline.extension.dueDate, today, answered),
    };
    return [main, extended];
  });
}

/**
 * A clock's rule in words with its citation (for an extended answer, the extension's own sentence,
 * which states the later date), then the sentences on who the rule covers.
 */
export function describeClock(clock: MessageClock, lang: Lang): [rule: string, ...notes: string[]] {
  const words = describeDeadline(clock.deadline, lang);
  const rule = clock.role === "extended-answer" && words.extension ? words.extension : words.line;
  return [rule, ...words.notes];
}
