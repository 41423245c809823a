/**
 * How guides state a deadline rule without dates (the `<Deadline>` box). Only the build uses these
 * words, so they stay out of the message dictionaries the contact page loads.
 */
import type { DeadlineRuleId, DeadlineStart } from "../../deadline-rules.ts";

/**
 * What the box adds after a rule's scope, for rules no inquiry topic times: no message needs these
 * words, so the contact page never loads them.
 */
const boxOnly: Partial<Record<DeadlineRuleId, string>> = {
  "transfer-notice-new-servicer":
    "The notice may come up to 30 days after the transfer if, before it, the old servicer's contract was ended for cause, the old servicer went into bankruptcy, or the FDIC or NCUA began proceedings to take over the old servicer or a company that controls it (12 CFR 1024.33(b)(3)(ii)). A notice given to you at your loan closing is on time (12 CFR 1024.33(b)(3)(iii)).",
};

export const ruleEn = {
  rule: {
    deadline: (period: string, what: string) => `Within ${period}, your servicer must ${what}.`,
    protection: (period: string, what: string) => `For ${period}, your servicer must ${what}.`,
  },
  /** A rule a foreclosure sale can cut short (1024.35(e)(3)(i)(B)): the sale is the other limit. */
  beforeSale: {
    period: (period: string) => `before the sale date or ${period}, whichever is earlier`,
    rule: (period: string, what: string) =>
      `Before the date of the foreclosure sale or within ${period}, whichever is earlier, your servicer must ${what}.`,
  },
  extension: (v: { more: string; citation: string }) =>
    `It may take up to ${v.more} only if it tells you in writing, with its reasons, before the first deadline (${v.citation}).`,
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
  boxOnly,
};

export default ruleEn;
export type RuleDictionary = typeof ruleEn;
