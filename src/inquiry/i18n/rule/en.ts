/**
 * How guides state a deadline rule without dates (the `<Deadline>` box). Only the build uses these
 * words, so they stay out of the message dictionaries the contact page loads.
 */
import type { DeadlineStart } from "../../deadline-rules.ts";

export const ruleEn = {
  rule: {
    deadline: (period: string, what: string) => `Within ${period}, your servicer must ${what}.`,
    protection: (period: string, what: string) => `For ${period}, your servicer must ${what}.`,
  },
  extension: (v: { days: number; citation: string }) =>
    `It may take up to ${v.days} more business days only if it tells you in writing, with its reasons, before the first deadline (${v.citation}).`,
  startsAt: {
    "request-received": "The clock starts when the servicer receives your written request.",
    "application-received": "The clock starts when the servicer receives your application.",
    "complete-application-received":
      "The clock starts when the servicer has your complete application, not your first papers.",
    "appeal-made": "The clock starts when you make your appeal.",
    "transfer-effective": "The clock starts on the date the transfer takes effect.",
    "pmi-termination": "The clock starts when your private mortgage insurance ends.",
    payoff: "The clock starts when your loan is paid off.",
    "escrow-analysis": "The clock starts on the date of the escrow analysis.",
    "escrow-year-end": "The clock starts when your escrow year ends.",
  } satisfies Record<DeadlineStart, string>,
  estimate: "Any date counted from this rule is an estimate.",
};

export default ruleEn;
export type RuleDictionary = typeof ruleEn;
