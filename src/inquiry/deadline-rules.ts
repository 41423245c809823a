/**
 * The legal clocks a servicer runs on, as data. Wording lives in the dictionaries (i18n/); the
 * arithmetic in deadlines.ts. Each rule is checked, sentence by sentence, against the regulation's
 * own words in tests/unit/inquiry/deadline-rules.test.ts.
 */

/** How the law counts the days of a period. */
export type Counting =
  /** Reg X: "days (excluding legal public holidays, Saturdays, and Sundays)". */
  | "excluding-weekends-and-holidays"
  /**
   * Reg Z's general business day (12 CFR 1026.2(a)(6)): a day the servicer's offices are open for
   * substantially all business. Estimated Monday to Friday, so a servicer open on Saturdays or on
   * federal holidays can owe the answer earlier than the estimate.
   */
  | "servicer-business-days"
  | "calendar";

/** Events a clock is counted from. */
export type DeadlineStart =
  | "request-received"
  | "application-received"
  | "complete-application-received"
  | "appeal-made"
  | "transfer-effective"
  | "pmi-termination"
  | "payoff"
  | "escrow-analysis"
  | "escrow-year-end";

/** Who and what a rule covers; each id has a sentence in the dictionaries. */
export type ScopeId =
  /** 12 CFR 1024.30(c)(2): 1024.39-1024.41 only for a borrower's principal residence. */
  | "principal-residence"
  /** 12 CFR 1024.30(b)(1): small servicers are exempt from 1024.38-1024.41, except 1024.41(j). */
  | "not-small-servicers"
  /**
   * 12 CFR 1024.41(b)(2)(i): only when the application arrives 45 days or more before a sale, which
   * comment 41(b)(2)(i)-1 holds true of every application while no sale is scheduled.
   */
  | "application-45-days-before-sale"
  /** 12 CFR 1024.41(c)(1): only for a complete application received more than 37 days before a sale. */
  | "complete-more-than-37-days-before-sale"
  /**
   * 12 CFR 1024.41(h)(1): an appeal only for a complete application received 90 days or more
   * before a sale, or during the pre-foreclosure period of 1024.41(f).
   */
  | "complete-90-days-before-sale"
  /** 12 CFR 1024.34(b)(2): with the borrower's agreement, the balance may go to a new loan's escrow. */
  | "escrow-to-new-loan"
  /** 12 CFR 1024.35(f)(2): a notice received 7 or fewer days before a sale gets a good-faith attempt. */
  | "error-7-days-before-sale"
  /** 12 CFR 1024.17(i)(2): no annual statement in default, foreclosure or bankruptcy. */
  | "statement-not-in-default"
  /** 12 CFR 1024.17(f)(2)(ii): only if the borrower is current at the time of the analysis. */
  | "borrower-current"
  /** 12 CFR 1024.35(i)(1): only the payment the notice of error is about. */
  | "payment-in-dispute"
  /** 12 CFR 1026.36(c)(3): exceptions for bankruptcy, foreclosure, reverse mortgages, disasters. */
  | "payoff-exceptions"
  /** 12 U.S.C. 4902: borrower-paid private mortgage insurance, not FHA insurance. */
  | "private-mortgage-insurance";

/** A longer period the law lets the servicer take, and how. */
export interface Extension {
  days: number;
  counting: Counting;
  citation: string;
}

export interface DeadlineRule {
  id: DeadlineRuleId;
  /** A deadline the servicer must meet, or a protection that lasts for the period. */
  kind: "deadline" | "protection";
  days: number;
  counting: Counting;
  citation: string;
  /** The event that starts the clock. */
  startsAt: DeadlineStart;
  /**
   * An extension the law allows, or `false` where the law gives none. `noExtensionCitation` names
   * the sentence that forbids one, where one exists.
   */
  extension: Extension | false;
  noExtensionCitation?: string;
  /** The period begins ON the start day, so it ends `days - 1` days later (1024.33(c)(1)). */
  startDayCounts?: true;
  /** "Prior to the date of a foreclosure sale ... whichever is earlier" (1024.35(e)(3)(i)(B)). */
  endsBeforeSale?: true;
  /** Days before a scheduled sale by which the clock's event must happen for the rule to apply. */
  minDaysBeforeSale?: number;
  scope: ScopeId[];
}

export const deadlineRuleIds = [
  "acknowledgement",
  "notice-of-error",
  "notice-of-error-payoff",
  "notice-of-error-foreclosure",
  "documents-relied-on",
  "credit-reporting-protection",
  "loan-owner",
  "other-information",
  "payoff-statement",
  "escrow-refund-after-payoff",
  "escrow-surplus-refund",
  "escrow-annual-statement",
  "loss-mitigation-acknowledgement",
  "loss-mitigation-decision",
  "loss-mitigation-appeal-decision",
  "transfer-notice-new-servicer",
  "transfer-payment-grace",
  "pmi-premium-refund",
] as const;

export type DeadlineRuleId = typeof deadlineRuleIds[number];

const regXDays = "excluding-weekends-and-holidays" as const;

/** Reg X's 15-day extension for the 30-day notice-of-error and information-request answers. */
const fifteenMoreDays = (citation: string): Extension => ({
  days: 15,
  counting: regXDays,
  citation,
});

/** Loss-mitigation duties bind neither small servicers nor loans on a home that is not the main one. */
const lossMitigationScope: ScopeId[] = ["principal-residence", "not-small-servicers"];

export const deadlineRules: Record<DeadlineRuleId, DeadlineRule> = {
  acknowledgement: {
    id: "acknowledgement",
    kind: "deadline",
    days: 5,
    counting: regXDays,
    citation: "12 CFR 1024.35(d), 1024.36(c)",
    startsAt: "request-received",
    extension: false,
    scope: [],
  },
  "notice-of-error": {
    id: "notice-of-error",
    kind: "deadline",
    days: 30,
    counting: regXDays,
    citation: "12 CFR 1024.35(e)(3)(i)(C)",
    startsAt: "request-received",
    extension: fifteenMoreDays("12 CFR 1024.35(e)(3)(ii)"),
    scope: [],
  },
  "notice-of-error-payoff": {
    id: "notice-of-error-payoff",
    kind: "deadline",
    days: 7,
    counting: regXDays,
    citation: "12 CFR 1024.35(e)(3)(i)(A)",
    startsAt: "request-received",
    extension: false,
    noExtensionCitation: "12 CFR 1024.35(e)(3)(ii)",
    scope: [],
  },
  "notice-of-error-foreclosure": {
    id: "notice-of-error-foreclosure",
    kind: "deadline",
    days: 30,
    counting: regXDays,
    citation: "12 CFR 1024.35(e)(3)(i)(B)",
    startsAt: "request-received",
    extension: false,
    noExtensionCitation: "12 CFR 1024.35(e)(3)(ii)",
    endsBeforeSale: true,
    scope: ["error-7-days-before-sale"],
  },
  "documents-relied-on": {
    id: "documents-relied-on",
    kind: "deadline",
    days: 15,
    counting: regXDays,
    citation: "12 CFR 1024.35(e)(4)",
    startsAt: "request-received",
    extension: false,
    scope: [],
  },
  "credit-reporting-protection": {
    id: "credit-reporting-protection",
    kind: "protection",
    days: 60,
    counting: "calendar",
    citation: "12 CFR 1024.35(i)(1)",
    startsAt: "request-received",
    extension: false,
    scope: ["payment-in-dispute"],
  },
  "loan-owner": {
    id: "loan-owner",
    kind: "deadline",
    days: 10,
    counting: regXDays,
    citation: "12 CFR 1024.36(d)(2)(i)(A)",
    startsAt: "request-received",
    extension: false,
    noExtensionCitation: "12 CFR 1024.36(d)(2)(ii)",
    scope: [],
  },
  "other-information": {
    id: "other-information",
    kind: "deadline",
    days: 30,
    counting: regXDays,
    citation: "12 CFR 1024.36(d)(2)(i)(B)",
    startsAt: "request-received",
    extension: fifteenMoreDays("12 CFR 1024.36(d)(2)(ii)"),
    scope: [],
  },
  "payoff-statement": {
    id: "payoff-statement",
    kind: "deadline",
    days: 7,
    counting: "servicer-business-days",
    citation: "12 CFR 1026.36(c)(3)",
    startsAt: "request-received",
    extension: false,
    scope: ["payoff-exceptions"],
  },
  "escrow-refund-after-payoff": {
    id: "escrow-refund-after-payoff",
    kind: "deadline",
    days: 20,
    counting: regXDays,
    citation: "12 CFR 1024.34(b)(1)",
    startsAt: "payoff",
    extension: false,
    scope: ["escrow-to-new-loan"],
  },
  "escrow-surplus-refund": {
    id: "escrow-surplus-refund",
    kind: "deadline",
    days: 30,
    counting: "calendar",
    citation: "12 CFR 1024.17(f)(2)(i)",
    startsAt: "escrow-analysis",
    extension: false,
    scope: ["borrower-current"],
  },
  "escrow-annual-statement": {
    id: "escrow-annual-statement",
    kind: "deadline",
    days: 30,
    counting: "calendar",
    citation: "12 CFR 1024.17(i)",
    startsAt: "escrow-year-end",
    extension: false,
    scope: ["statement-not-in-default"],
  },
  "loss-mitigation-acknowledgement": {
    id: "loss-mitigation-acknowledgement",
    kind: "deadline",
    days: 5,
    counting: regXDays,
    citation: "12 CFR 1024.41(b)(2)(i)(B)",
    startsAt: "application-received",
    extension: false,
    minDaysBeforeSale: 45,
    scope: [...lossMitigationScope, "application-45-days-before-sale"],
  },
  "loss-mitigation-decision": {
    id: "loss-mitigation-decision",
    kind: "deadline",
    days: 30,
    counting: "calendar",
    citation: "12 CFR 1024.41(c)(1)",
    startsAt: "complete-application-received",
    extension: false,
    minDaysBeforeSale: 38,
    scope: [...lossMitigationScope, "complete-more-than-37-days-before-sale"],
  },
  "loss-mitigation-appeal-decision": {
    id: "loss-mitigation-appeal-decision",
    kind: "deadline",
    days: 30,
    counting: "calendar",
    citation: "12 CFR 1024.41(h)(4)",
    startsAt: "appeal-made",
    extension: false,
    scope: [...lossMitigationScope, "complete-90-days-before-sale"],
  },
  "transfer-notice-new-servicer": {
    id: "transfer-notice-new-servicer",
    kind: "deadline",
    days: 15,
    counting: "calendar",
    citation: "12 CFR 1024.33(b)(3)(i)",
    startsAt: "transfer-effective",
    extension: false,
    scope: [],
  },
  "transfer-payment-grace": {
    id: "transfer-payment-grace",
    kind: "protection",
    days: 60,
    counting: "calendar",
    citation: "12 CFR 1024.33(c)(1)",
    startsAt: "transfer-effective",
    startDayCounts: true,
    extension: false,
    scope: [],
  },
  "pmi-premium-refund": {
    id: "pmi-premium-refund",
    kind: "deadline",
    days: 45,
    counting: "calendar",
    citation: "12 U.S.C. 4902(f)(1)",
    startsAt: "pmi-termination",
    extension: false,
    scope: ["private-mortgage-insurance"],
  },
};
