import type { Lang } from "./categories.ts";
import type { CheckedInquiry } from "./check.ts";
import type { IsoDate } from "./dates.ts";
import { describeDeadline } from "./deadline-text.ts";
import type { Deadline } from "./deadlines.ts";
import type { EmlInput } from "./eml.ts";
import type { ReminderInput } from "./ics.ts";
import { messageWords } from "./i18n/message/index.ts";
import { mailtoUrl } from "./mailto.ts";
import { buildMessage, type Message } from "./message.ts";
import type { ServicerProfile } from "./profile.ts";
import { type ToneHint, toneHints } from "./tone.ts";

export interface ComposeOptions {
  profile: ServicerProfile;
  lang: Lang;
  /** The clock: the message date, the Date header and the calendar stamp all come from it. */
  now: Date;
  /** The borrower's local calendar date (the UTC date of `now` can be a day off). */
  today: IsoDate;
}

export interface Composed {
  message: Message;
  /** Present when the message goes by email. */
  mailto?: { url: string; tooLong: boolean };
  /** What the .eml file is built from (files.ts), when the message goes by email. */
  email?: EmlInput;
  /** A reminder for the day the main answer is due, when a deadline applies. */
  reminder?: Deadline;
  /** What the reminder's .ics file is built from (files.ts), with the calendar's producer. */
  calendar?: { event: ReminderInput; producer: string };
  /** Advice on the summary's and details' tone; never blocks the message. */
  tone: ToneHint[];
}

/**
 * Everything the widget shows for one checked inquiry, built in one call, and what its files are
 * built from. The widget loads this module only when the borrower first builds a message; the
 * .eml and .ics builders (files.ts) load when the borrower asks for a file.
 */
export function composeInquiry(inquiry: CheckedInquiry, options: ComposeOptions): Composed {
  const today = options.today;
  const message = buildMessage(inquiry, { profile: options.profile, lang: options.lang, today });
  const result: Composed = {
    message,
    tone: toneHints(`${inquiry.summary}\n${inquiry.details ?? ""}`),
  };
  if (message.recipient.kind === "email") {
    const to = message.recipient.address;
    result.mailto = mailtoUrl({ to, subject: message.subject, body: message.body });
    result.email = {
      from: { name: inquiry.fullName, address: inquiry.email },
      to: { name: options.profile.name, address: to },
      subject: message.subject,
      body: message.body,
      date: options.now,
      reference: message.reference,
    };
  }
  // The substantive answer is due last; acknowledgements come first; protections are not answers.
  const reminder = message.deadlines.filter((d) => d.kind === "deadline").reduce<
    Deadline | undefined
  >((latest, d) => (!latest || d.dueDate > latest.dueDate ? d : latest), undefined);
  if (reminder) {
    result.reminder = reminder;
    result.calendar = {
      event: {
        uid: `${message.reference}-${reminder.ruleId}@borrower-help-center`,
        stamp: options.now,
        date: reminder.dueDate,
        summary: `${message.subject} (${messageWords(options.lang).estimated})`,
        description: `${describeDeadline(reminder, options.lang).line}\n${message.reference}`,
      },
      producer: options.profile.name,
    };
  }
  return result;
}
