import type { CategoryId } from "../../categories.ts";
import type { DesignatedCategoryId, ExtraFieldId } from "../../catalog.ts";
import type { DeadlineRuleId, ScopeId } from "../../deadline-rules.ts";
import type { PluralForms } from "../../plural.ts";
import type { ToneKind } from "../../tone.ts";

/**
 * Every word the result is written with, in English: the email or letter, the deadlines, the
 * reminder and the advice on tone. Loaded when a message is first built; other languages are
 * typed by this one.
 */
export const en = {
  message: {
    account: "Account details",
    about: "About this message",
    ask: "What I am asking for",
    attachments: "Attachments",
    /** An email says what is attached to it; a letter says what is in the envelope. */
    attaching: "I am attaching these documents:",
    enclosing: "I am enclosing copies of these documents:",
    deadlines: "When to expect an answer (estimated)",
    deadlinesNote: (date: string) =>
      `Counted from ${date} as if the servicer receives this that day; its clock starts when it does.`,
    reference: "Reference",
    date: "Date",
    thanks: "Thank you for your help.",
    sincerely: "Sincerely,",
    /** The line a printed letter is signed on. */
    signature: "Signature",
    dear: (name: string) => `Dear ${name}:`,
    re: "Re",
    keepingCopy: "I am keeping a copy of this letter for my records.",
  },
  /** Names of the values a message lists as "Name: value". */
  terms: {
    fullName: "Full name",
    borrower: "Borrower name",
    loanNumber: "Loan number",
    propertyAddress: "Property address",
    email: "Email address",
    phone: "Phone number",
    category: "Category",
    topic: "Topic",
    paymentDate: "Date of the payment",
    paymentAmount: "Amount of the payment",
    feeDate: "Date of the fee",
    feeAmount: "Amount of the fee",
    statementDate: "Date of the statement",
    documentType: "Which documents you need",
    taxYear: "Tax year",
    payoffDate: "Payoff date",
    paidOffDate: "Date the loan was paid off",
    errorDate: "Date of the error",
    informationRequested: "Information requested",
    saleDate: "Date of the foreclosure sale",
    incidentDate: "Date it happened",
    previousContactDate: "Date you first contacted us",
    previousReference: "Earlier reference",
  } satisfies Record<
    | ExtraFieldId
    | "fullName"
    | "borrower"
    | "loanNumber"
    | "propertyAddress"
    | "email"
    | "phone"
    | "category"
    | "topic",
    string
  >,
  /** What the borrower asks for when they do not say. */
  asks: {
    "account-inquiry": "Please look into this and reply with the information.",
    "payment-clarification": "Please explain how this was handled and correct it if it is wrong.",
    "document-request": "Please send me the documents listed above.",
    hardship: "Please tell me which options I may qualify for and what you need from me to apply.",
    escalation: "Please have a supervisor review this and reply in writing.",
    "notice-of-error":
      "Please correct the error, or explain in writing why you believe there is no error.",
    "request-for-information": "Please send me the information described above.",
    security: "Please confirm whether this came from you and tell me what I should do next.",
    general: "Please reply with an answer to my question.",
  } satisfies Record<CategoryId, string>,
  /** Notices of error and information requests say what they are under Reg X, as a letter or an email. */
  designated: {
    "notice-of-error": {
      letter: "This letter is a notice of error under 12 CFR 1024.35.",
      email: "This email is a notice of error under 12 CFR 1024.35.",
      subject: "The error I believe occurred",
    },
    "request-for-information": {
      letter: "This letter is a request for information under 12 CFR 1024.36.",
      email: "This email is a request for information under 12 CFR 1024.36.",
      subject: "The information I am requesting",
    },
  } satisfies Record<DesignatedCategoryId, { letter: string; email: string; subject: string }>,
  /** The reminder's title ends "(estimated)". */
  estimated: "estimated",
  /** Advice only: a message is never blocked for its tone. */
  tone: {
    capitals: "Capital letters can read as shouting. Sentence case is easier to read.",
    exclamations: "One exclamation mark is enough. A calm message is easier to act on.",
    insult: "Strong words can slow things down. Describe what happened and what you need.",
  } satisfies Record<ToneKind, string>,
  deadlines: {
    /** What the servicer must do (or must not do, for a protection) by the end of the period. */
    what: {
      acknowledgement: "acknowledge in writing that it received your notice of error or request",
      "notice-of-error": "correct the error, or explain in writing why it found no error",
      "notice-of-error-payoff":
        "correct the payoff balance, or explain in writing why it found no error",
      "notice-of-error-foreclosure":
        "correct the foreclosure error, or explain in writing why it found no error",
      "documents-relied-on":
        "send you, free of charge, the documents it relied on to decide there was no error",
      "credit-reporting-protection":
        "not report anything negative to the credit bureaus about the payment your notice disputes",
      "loan-owner": "tell you who owns your loan and how to contact the owner",
      "other-information": "send the information you asked for, or explain why it is not available",
      "payoff-statement": "send an accurate payoff statement after your written request",
      "escrow-refund-after-payoff":
        "refund the money left in your escrow account after you pay off the loan",
      "escrow-surplus-refund":
        "refund an escrow surplus of $50 or more found by the annual analysis",
      "escrow-annual-statement": "send the annual escrow statement after the escrow year ends",
      "loss-mitigation-acknowledgement":
        "acknowledge your application for help in writing and list any missing documents",
      "loss-mitigation-decision":
        "evaluate your complete application for every option and tell you its decision in writing",
      "loss-mitigation-appeal-decision":
        "decide your appeal of a loan modification denial and tell you in writing",
      "transfer-notice-new-servicer": "send you a notice that it is your new servicer",
      "transfer-payment-grace":
        "not treat a payment as late if the old servicer received it by the due date (including any grace period)",
      "pmi-premium-refund": "return the unearned private mortgage insurance premiums",
      "servicer-response": "give a first answer, by its own published promise",
    } satisfies Record<DeadlineRuleId | "servicer-response", string>,
    /** After the period of a clock a sale would cut short, where the sale is not known to come first. */
    orBeforeSale: ", or before the foreclosure sale if that is earlier",
    period: {
      "excluding-weekends-and-holidays": {
        one: "{n} business day",
        other: "{n} business days",
      } as PluralForms,
      "servicer-business-days": {
        one: "{n} business day",
        other: "{n} business days",
      } as PluralForms,
      calendar: { one: "{n} calendar day", other: "{n} calendar days" } as PluralForms,
    },
    /** One line per clock, always saying that the date is an estimate; `cite` is " (12 CFR ...)" or "". */
    due: (v: { date: string; period: string; what: string; cite: string }) =>
      `By ${v.date} (estimated, ${v.period}): the servicer must ${v.what}${v.cite}.`,
    dueBeforeSale: (v: { date: string; period: string; what: string; cite: string }) =>
      `By ${v.date} (estimated, the day before the sale, which comes before ${v.period} have passed): the servicer must ${v.what}${v.cite}.`,
    protectedUntil: (v: { date: string; period: string; what: string; cite: string }) =>
      `Until ${v.date} (estimated, ${v.period}): the servicer must ${v.what}${v.cite}.`,
    /** The longer period an extension allows (always business days in Reg X). */
    more: { one: "{n} more business day", other: "{n} more business days" } as PluralForms,
    extension: (v: { more: string; date: string; citation: string }) =>
      `It may take ${v.more} (to ${v.date}, estimated) only if it tells you in writing, with its reasons, before the first deadline (${v.citation}).`,
    noExtension: (citation: string) => `No extension is allowed (${citation}).`,
    counting: {
      "excluding-weekends-and-holidays":
        "Business days do not count Saturdays, Sundays or federal holidays.",
      "servicer-business-days":
        "Regulation Z counts the days the servicer is open for business, which can include Saturdays and federal holidays (12 CFR 1026.2(a)(6)). The dates this help center estimates count Monday to Friday without federal holidays, so if the servicer is open on a Saturday or a federal holiday, the real deadline may be earlier.",
      calendar: "Calendar days count every day, weekends and holidays included.",
    },
    scope: {
      "principal-residence":
        "This duty applies only if the home is your main home (12 CFR 1024.30(c)(2)).",
      "not-small-servicers":
        "Small servicers do not have to follow it (12 CFR 1024.30(b)(1)); they must still wait until a loan is more than 120 days behind before starting a foreclosure, and may not start or finish one while you keep to a loss-mitigation agreement (12 CFR 1024.41(j)).",
      "application-45-days-before-sale":
        "It applies only to an application received 45 days or more before a scheduled foreclosure sale, or at any time while no sale is scheduled (12 CFR 1024.41(b)(2)(i); comment 41(b)(2)(i)-1).",
      "complete-more-than-37-days-before-sale":
        "It applies only to a complete application received more than 37 days before a scheduled foreclosure sale (12 CFR 1024.41(c)(1)).",
      "complete-90-days-before-sale":
        "You can appeal only if the servicer had your complete application 90 days or more before a scheduled foreclosure sale, or before the first foreclosure notice or filing (12 CFR 1024.41(h)(1)).",
      "escrow-to-new-loan":
        "Instead, if you agree, the servicer may move the money to the escrow account of a new loan from the same lender, the loan's owner, or a lender that uses the same servicer (12 CFR 1024.34(b)(2)).",
      "error-7-days-before-sale":
        "If your notice reaches the servicer 7 days or fewer before the sale, it only has to make a good-faith attempt, by phone or in writing, to fix the error or say why there is none (12 CFR 1024.35(f)(2)).",
      "statement-not-in-default":
        "It does not apply if you are more than 30 days behind when the servicer does the escrow analysis, if the servicer has started a foreclosure, or if you are in bankruptcy. Once your loan is current again, the servicer must send the account's history within 90 days (12 CFR 1024.17(i)(2)).",
      "borrower-current":
        "It applies only if your payments are current: received within 30 days of each due date (12 CFR 1024.17(f)(2)(ii)).",
      "payment-in-dispute":
        "It covers the payment your notice of error is about, and it follows a notice of error, not a request for information.",
      "payoff-exceptions":
        "If the loan is in bankruptcy or foreclosure, is a reverse or shared-appreciation mortgage, or a natural disaster delays the servicer, it must answer within a reasonable time instead.",
      "private-mortgage-insurance":
        "It covers private mortgage insurance under the Homeowners Protection Act, not FHA mortgage insurance.",
    } satisfies Record<ScopeId, string>,
    /** Protections that depend on how long before a foreclosure sale an application is complete. */
    sale: {
      intro: (sale: string) =>
        `A foreclosure sale is scheduled for ${sale}. What the servicer must do depends on how early it has your application (12 CFR 1024.41(b)(3)). If this is your main home and your servicer is not a small servicer:`,
      errorIntro: (sale: string) =>
        `A foreclosure sale is scheduled for ${sale}. How the servicer must answer depends on when it receives your notice (12 CFR 1024.35(f)(2)):`,
      met: {
        "acknowledgement-45": (day: string) =>
          `An application received by ${day} (estimated) must be acknowledged within 5 business days, with a list of missing documents (12 CFR 1024.41(b)(2)(i)).`,
        "decision-37": (day: string) =>
          `A complete application received by ${day} (estimated) must get a written decision within 30 calendar days, and the servicer may not move for a foreclosure judgment or hold the sale until the review is over (12 CFR 1024.41(c)(1), 1024.41(g)).`,
        "appeal-90": (day: string) =>
          `A complete application received by ${day} (estimated) gives you the right to appeal a loan modification denial, and at least 14 days to accept an offer (12 CFR 1024.41(h)(1), 1024.41(e)(1)).`,
        "foreclosure-error-7": (day: string) =>
          `A notice the servicer receives by ${day} (estimated), more than 7 days before the sale, must be acknowledged in writing and answered before the sale (12 CFR 1024.35(d), 1024.35(e)(3)(i)(B)).`,
      },
      missed: {
        "acknowledgement-45": (day: string) =>
          `Your application arrives after ${day} (estimated), fewer than 45 days before the sale, so the servicer does not have to acknowledge it within 5 business days (12 CFR 1024.41(b)(2)(i)).`,
        "decision-37": (day: string) =>
          `A complete application that arrives after ${day} (estimated), 37 days or fewer before the sale, does not have to be decided within 30 days, and the sale is not paused for it (12 CFR 1024.41(c)(1), 1024.41(g)). Call the servicer and a housing counselor now.`,
        "appeal-90": (day: string) =>
          `A complete application that arrives after ${day} (estimated), fewer than 90 days before the sale, has no right of appeal, and an offer may give you as few as 7 days to accept (12 CFR 1024.41(h)(1), 1024.41(e)(1)).`,
        "foreclosure-error-7": (day: string) =>
          `A notice that arrives after ${day} (estimated), 7 days or fewer before the sale, gets no written acknowledgment or deadline: the servicer only has to make a good-faith attempt, by phone or in writing, to fix the error or say why there is none (12 CFR 1024.35(f)(2)). Call your servicer too.`,
      },
    },
  },
};

export default en;
export type MessageWords = typeof en;
