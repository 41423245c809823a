import type { SendMethod } from "../../tracker/record.ts";
import type { ClockRole, ClockStatus } from "../../tracker/clocks.ts";
import type { NextStepId } from "../../tracker/next-steps.ts";

/** The words of "My messages", the follow-up and the complaint summary, in English. */
export const trackerEn = {
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
    "due-soon": "Due within {days} business days",
    passed: "Passed (estimated)",
    active: "In effect",
    ended: "Ended",
  } satisfies Record<ClockStatus, string>,
  start: {
    received: (date: string) => `Counted from ${date}, the day the servicer received it.`,
    assumed: (sent: string, date: string, days: number) =>
      `Mailed on ${sent}. Until you enter the delivery date, dates assume the servicer received it by ${date} (${days} business days later); if it arrived earlier, every date is earlier.`,
    notSent: "Record the day you sent it to see the servicer's deadlines.",
  },
  steps: {
    "follow-up": "Write to the servicer again",
    "cfpb-complaint": "Send a complaint to the CFPB",
    "state-regulator": "Contact your state's mortgage regulator",
    "housing-counselor": "Talk to a HUD-approved housing counselor",
  } satisfies Record<NextStepId, string>,
  stepHelp: {
    "follow-up": "Send this follow-up to the same address as your first message, and keep a copy.",
    "cfpb-complaint":
      "The Consumer Financial Protection Bureau sends your complaint to the company and asks for an answer. Copy this summary into the form at consumerfinance.gov/complaint, or call (855) 411-2372.",
    "state-regulator":
      "Your state licenses mortgage servicers. Find your servicer and its state regulators on NMLS Consumer Access (nmlsconsumeraccess.org).",
    "housing-counselor":
      "A HUD-approved housing counselor can help at no cost or low cost. Call (800) 569-4287 or search by ZIP code with the CFPB's counselor finder.",
  } satisfies Record<NextStepId, string>,
  overdue: (what: string, date: string) =>
    `The servicer had to ${what} by ${date} (estimated) and you have not recorded it.`,
  notResolved: "You recorded that the answer did not resolve the problem.",
  linkText: {
    "cfpb-complaint": "Submit a complaint to the CFPB",
    "state-regulator": "Open NMLS Consumer Access",
    "housing-counselor": "Find a housing counselor",
  } as Partial<Record<NextStepId, string>>,
  followUp: {
    sent: (v: { date: string; method: string; reference: string; subject: string }) =>
      `On ${v.date} I sent you a message by ${v.method} (reference ${v.reference}, subject "${v.subject}").`,
    received: (date: string) => `By my records you received it on ${date}.`,
    missed: (v: { citation: string; what: string; date: string }) =>
      `Under ${v.citation}, you had to ${v.what} by ${v.date} (estimated). I have not received it.`,
    missedOwn: (v: { what: string; date: string }) =>
      `You said you would ${v.what} by ${v.date} (estimated). I have not received it.`,
    notResolved: (date: string) => `You answered on ${date}, but the problem is not resolved.`,
    ask: "Please have a supervisor review this and answer me in writing.",
    extension:
      "If you extended the time to answer, please send me a copy of the written notice you sent.",
    thanks: "Thank you.",
  },
  complaint: {
    company: "Company",
    happened: "What happened",
    sent: (v: { date: string; subject: string; method: string }) =>
      `${v.date}: I sent "${v.subject}" by ${v.method}.`,
    received: (date: string) => `${date}: the servicer received it.`,
    acknowledged: (date: string) => `${date}: the servicer acknowledged it.`,
    answered: (date: string) => `${date}: the servicer answered.`,
    notResolved: (date: string) => `${date}: the answer did not resolve the problem.`,
    missed: (v: { date: string; what: string; citation: string }) =>
      `${v.date} (estimated): the servicer had to ${v.what}${v.citation}. It did not.`,
    references: "Reference numbers",
    reference: (r: string) => `My reference: ${r}`,
    tracking: (t: string) => `Mail tracking number: ${t}`,
    want: "What I want",
    wantText: {
      overdue: "A complete written answer to my message, and correction of any error it finds.",
      "not-resolved": "A complete written answer that resolves the problem described above.",
    },
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
