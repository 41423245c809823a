import { EARLIEST_DATE } from "../../dates.ts";
import type { PluralForms } from "../../plural.ts";
import type { DesignatedKind } from "../../tracker/designated.ts";
import type { SendMethod } from "../../tracker/record.ts";
import type { ClockRole, ClockStatus } from "../../tracker/clocks.ts";

/** The words of "My messages" and of recording a sending, in English. */
export const trackerEn = {
  businessDays: { one: "{n} business day", other: "{n} business days" } as PluralForms,
  method: {
    email: "email",
    portal: "the servicer's secure website",
    mail: "mail",
    "certified-mail": "certified mail",
  } satisfies Record<SendMethod, string>,
  role: {
    acknowledgement: "Acknowledgment",
    answer: "Answer",
    "extended-answer": "Answer, if the servicer extended the time in writing",
    protection: "Protection",
  } satisfies Record<ClockRole, string>,
  status: {
    done: "Done",
    waiting: "Waiting",
    "due-soon": "Due within {days}",
    passed: "Passed (estimated)",
    active: "In effect",
    ended: "Ended",
  } satisfies Record<ClockStatus, string>,
  start: {
    received: (date: string) => `Counted from ${date}, the day the servicer received it.`,
    assumed: (sent: string, date: string, period: string) =>
      `Mailed on ${sent}. Until you enter the delivery date, dates assume the servicer received it by ${date} (${period} later); if it arrived earlier, every date is earlier.`,
    notSent: "Record the day you sent it to see the servicer's deadlines.",
  },
  csv: {
    reference: "Reference",
    subject: "Subject",
    category: "Category",
    topic: "Topic",
    created: "Made on",
    sentOn: "Sent on",
    method: "Sent by",
    tracking: "Tracking number",
    delivered: "Received by servicer",
    acknowledged: "Acknowledged",
    answered: "Answered",
    outcome: "Outcome",
    nextDue: "Next due date (estimated)",
    resolved: "Resolved",
    notResolved: "Not resolved",
  },
  /** Sent by email to a servicer that takes this kind only at its designated address. */
  designated: {
    what: {
      "notice-of-error": "notices of error",
      "request-for-information": "requests for information",
    } satisfies Record<DesignatedKind, string>,
    emailNotAccepted: (v: { what: string; citation: string }) =>
      `This servicer does not take ${v.what} by email: they must reach the address it designated (${v.citation}). An email may not count as one, so the legal deadlines may not have started. Mail it to this address:`,
    noClocks: "No legal deadline is shown for the email. Once you mail it, record the mailing.",
    mailInstead: "Record a mailing instead",
  },
  update: {
    fields: {
      sentOn: "Date you sent it",
      method: "How you sent it",
      tracking: "Tracking number (optional)",
      delivered: "Date the servicer received it (mail)",
      deliveredHint: "Your certified mail receipt or tracking shows it.",
      acknowledged: "Date the servicer acknowledged it",
      answered: "Date the servicer answered",
      outcome: "Did the answer resolve the problem?",
      outcomeYes: "Yes, it is resolved",
      outcomeNo: "No, it is not resolved",
      outcomeNotYet: "Not answered yet, or I do not know",
      outcomeOn: "Date you decided",
    },
    errors: {
      date: (field: string) => `${field} must be a real date, like 2026-03-27`,
      future: (field: string) => `${field} must be today or in the past`,
      early: (field: string) => `${field} must be in ${EARLIEST_DATE.slice(0, 4)} or later`,
      beforeSent: (field: string) => `${field} must be on or after the date you sent it`,
      sentFirst: "Enter the date you sent it before the other dates",
      tracking: "Tracking number must be letters, digits, spaces or hyphens",
    },
  },
  reminder: {
    summary: (role: string, subject: string) => `${role} due (estimated): ${subject}`,
  },
};

export default trackerEn;
export type TrackerWords = typeof trackerEn;
