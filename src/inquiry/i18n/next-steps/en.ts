import type { CategoryId } from "../../categories.ts";
import type { DeadlineRuleId } from "../../deadline-rules.ts";
import type { NextStepId } from "../../tracker/next-steps.ts";

/**
 * The words after a servicer falls short, in English: the next steps, and the follow-up letter and
 * complaint summary, which the borrower sends in their own voice ("my notice of error").
 */
export const nextStepsEn = {
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
  /** What the borrower sent, named as they would name it. */
  mine: {
    "notice-of-error": "my notice of error",
    "request-for-information": "my request for information",
    other: "a message",
  } satisfies Partial<Record<CategoryId, string>> & { other: string },
  /**
   * What the servicer owed, in the borrower's words and naming no one for the servicer, so it reads
   * after "you had to" in the letter and after "the servicer had to" in the complaint. `mine` is
   * what the borrower sent.
   */
  owed: {
    acknowledgement: (mine: string) => `acknowledge receipt of ${mine} in writing`,
    "notice-of-error": () => "correct the error, or explain in writing why there was no error",
    "notice-of-error-payoff": () =>
      "correct the payoff balance, or explain in writing why there was no error",
    "notice-of-error-foreclosure": () =>
      "correct the foreclosure error, or explain in writing why there was no error",
    "documents-relied-on": () =>
      "send me, free of charge, the documents relied on to decide there was no error",
    "credit-reporting-protection": (mine: string) =>
      `not report anything negative to the credit bureaus about the payment ${mine} disputes`,
    "loan-owner": () => "tell me who owns my loan and how to contact the owner",
    "other-information": () =>
      "send the information I asked for, or explain why it is not available",
    "payoff-statement": () => "send an accurate payoff statement after my written request",
    "escrow-refund-after-payoff": () =>
      "refund the money left in my escrow account after I paid off the loan",
    "escrow-surplus-refund": () =>
      "refund an escrow surplus of $50 or more found by the annual analysis",
    "escrow-annual-statement": () => "send me the annual escrow statement after the escrow year",
    "loss-mitigation-acknowledgement": () =>
      "acknowledge my application for help in writing and list any missing documents",
    "loss-mitigation-decision": () =>
      "evaluate my complete application for every option and give me a decision in writing",
    "loss-mitigation-appeal-decision": () =>
      "decide my appeal of a loan modification denial and tell me in writing",
    "transfer-notice-new-servicer": () => "send me a notice of the transfer of my loan's servicing",
    "transfer-payment-grace": () =>
      "not treat a payment as late if the old servicer received it by the due date (including any grace period)",
    "pmi-premium-refund": () => "return the unearned private mortgage insurance premiums",
    "servicer-response": () => "give a first answer within the published response time",
  } satisfies Record<DeadlineRuleId | "servicer-response", (mine: string) => string>,
  /** To the servicer: "you" is the servicer, "I" the borrower. */
  followUp: {
    sent: (v: { date: string; mine: string; method: string; reference: string; subject: string }) =>
      `On ${v.date} I sent you ${v.mine} by ${v.method} (reference ${v.reference}, subject "${v.subject}").`,
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
  /** To the CFPB: "I" is the borrower, the servicer is "the servicer". */
  complaint: {
    company: "Company",
    happened: "What happened",
    sent: (v: { date: string; mine: string; subject: string; method: string }) =>
      `${v.date}: I sent ${v.mine}, "${v.subject}", by ${v.method}.`,
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
};

export type NextStepsWords = typeof nextStepsEn;
export default nextStepsEn;
