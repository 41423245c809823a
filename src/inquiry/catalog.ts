/**
 * The rules of the contact form, and no words: which categories and topics exist, where each
 * category's messages go, which fields a topic asks for and requires, how each field is checked,
 * which legal clocks apply. Every label, name and message is in the dictionaries under i18n/.
 */
import type { CategoryId } from "./categories.ts";
import type { DeadlineRuleId } from "./deadline-rules.ts";
import type { ServicerProfile } from "./profile.ts";

/** Fields asked only for some categories or topics, in the order a form shows them. */
export const extraFieldIds = [
  "paymentDate",
  "paymentAmount",
  "feeDate",
  "feeAmount",
  "statementDate",
  "documentType",
  "taxYear",
  "payoffDate",
  "paidOffDate",
  "errorDate",
  "informationRequested",
  "saleDate",
  "incidentDate",
  "previousContactDate",
  "previousReference",
] as const;
export type ExtraFieldId = typeof extraFieldIds[number];

/** Fields every inquiry has, in form order (the contract's label order). */
export const commonFieldIds = [
  "fullName",
  "loanNumber",
  "propertyAddress",
  "email",
  "phone",
  "category",
  "topic",
] as const;
export const closingFieldIds = [
  "summary",
  "details",
  "requestedAction",
  "attachments",
] as const;
export type FieldId =
  | typeof commonFieldIds[number]
  | ExtraFieldId
  | typeof closingFieldIds[number];

/** Which dates make sense for a date field. */
export type DateRange = "past" | "future" | "any";

/** How a value is checked and normalised (src/inquiry/schema.ts turns each kind into zod). */
export type FieldKind =
  | { type: "text"; max: number; multiline?: true }
  | { type: "date"; when: DateRange }
  | { type: "amount" }
  | { type: "year" }
  /** Digits only once spaces and hyphens are gone: min to max of them. */
  | { type: "loan-number"; min: number; max: number }
  | { type: "email" }
  | { type: "phone" }
  /** The category and the topic: picked from the catalog, never typed. */
  | { type: "choice" }
  /** Names and types of the documents the borrower will attach; nothing is uploaded. */
  | { type: "files"; max: number };

const date = (when: DateRange): FieldKind => ({ type: "date", when });

export const fieldKinds = {
  fullName: { type: "text", max: 100 },
  loanNumber: { type: "loan-number", min: 6, max: 15 },
  propertyAddress: { type: "text", max: 200 },
  email: { type: "email" },
  phone: { type: "phone" },
  category: { type: "choice" },
  topic: { type: "choice" },
  paymentDate: date("past"),
  paymentAmount: { type: "amount" },
  feeDate: date("past"),
  feeAmount: { type: "amount" },
  statementDate: date("past"),
  documentType: { type: "text", max: 500 },
  taxYear: { type: "year" },
  payoffDate: date("future"),
  paidOffDate: date("past"),
  errorDate: date("past"),
  informationRequested: { type: "text", max: 1000, multiline: true },
  saleDate: date("any"),
  incidentDate: date("past"),
  previousContactDate: date("past"),
  previousReference: { type: "text", max: 60 },
  summary: { type: "text", max: 300 },
  details: { type: "text", max: 5000, multiline: true },
  requestedAction: { type: "text", max: 1000, multiline: true },
  attachments: { type: "files", max: 10 },
} as const satisfies Record<FieldId, FieldKind>;

/** Fields every inquiry must fill in; a topic can require more of its own. */
const requiredFieldIds: ReadonlySet<FieldId> = new Set<FieldId>([
  "fullName",
  "loanNumber",
  "propertyAddress",
  "email",
  "category",
  "topic",
  "summary",
]);

/** A field a topic asks for; `required` fields block submission when empty. */
export interface TopicField {
  id: ExtraFieldId;
  required: boolean;
  /** Overrides which dates make sense, e.g. a scheduled sale must be in the future. */
  when?: DateRange;
}

export interface Topic<Id extends string = string> {
  id: Id;
  fields: TopicField[];
  deadlines: DeadlineRuleId[];
  /**
   * The borrower asks for loss mitigation: a scheduled foreclosure sale decides which of the
   * 12 CFR 1024.41 protections remain (deadlines.ts, saleThresholdsFor).
   */
  lossMitigation?: true;
  /**
   * The borrower asserts a foreclosure error (1024.35(b)(9), (10)): a notice 7 or fewer days before
   * a scheduled sale gets only a good-faith attempt, 1024.35(f)(2) (deadlines.ts).
   */
  foreclosureError?: true;
}

export interface Category {
  /** Letters go to the Reg X designated address; emails to the category inbox. */
  route: "designated" | "email";
  /** A foreclosure sale this many days away or closer makes the subject line URGENT. */
  urgentWhenSaleWithin?: number;
  topics: readonly Topic[];
}

const req = (id: ExtraFieldId, when?: DateRange): TopicField => ({ id, required: true, when });
const opt = (id: ExtraFieldId, when?: DateRange): TopicField => ({ id, required: false, when });

function topic<const Id extends string>(
  id: Id,
  fields: TopicField[] = [],
  deadlines: DeadlineRuleId[] = [],
): Topic<Id> {
  return { id, fields, deadlines };
}

/** A topic whose borrower applies for help; the acknowledgement clock of 1024.41(b)(2)(i) runs. */
function helpTopic<const Id extends string>(id: Id, fields: TopicField[]): Topic<Id> {
  return { id, fields, deadlines: ["loss-mitigation-acknowledgement"], lossMitigation: true };
}

const noeDeadlines: DeadlineRuleId[] = ["acknowledgement", "notice-of-error"];
/** Errors about a payment also stop adverse credit reporting on it for 60 days (1024.35(i)(1)). */
const paymentErrorDeadlines: DeadlineRuleId[] = [...noeDeadlines, "credit-reporting-protection"];
/** A covered error of 1024.35(b): the date it happened is always worth asking. */
const noe = <const Id extends string>(
  id: Id,
  fields: TopicField[],
  deadlines = noeDeadlines,
) => topic(id, [...fields, opt("errorDate")], deadlines);

/** Foreclosure errors (1024.35(b)(9), (10)): before the sale or 30 days, never extended. */
const foreclosureErrorTopic = <const Id extends string>(id: Id): Topic<Id> => ({
  ...noe(id, [opt("saleDate")], ["acknowledgement", "notice-of-error-foreclosure"]),
  foreclosureError: true,
});

const paymentFields = [opt("paymentDate"), opt("paymentAmount")];

/** The nine categories with their topics, fields and deadlines. */
export const catalog = {
  "account-inquiry": {
    route: "email",
    topics: [
      topic("balance-verification", [opt("statementDate")]),
      topic("payment-history"),
      topic("escrow-account", [opt("statementDate")]),
      topic("interest-rate-change", [opt("statementDate")]),
      topic("mortgage-insurance"),
      topic("insurance-claim", [opt("incidentDate")]),
    ],
  },
  "payment-clarification": {
    route: "email",
    topics: [
      topic("payment-applied", [req("paymentDate"), opt("paymentAmount")]),
      topic("late-fee", [req("feeAmount"), opt("feeDate")]),
      topic("payment-not-posted", [req("paymentDate"), req("paymentAmount")]),
      topic("partial-payment", paymentFields),
      topic("servicing-transfer", paymentFields),
      topic("autopay", paymentFields),
      topic("credit-report", [opt("paymentDate")]),
    ],
  },
  "document-request": {
    route: "email",
    topics: [
      topic("payoff-statement", [opt("payoffDate")], ["payoff-statement"]),
      topic("form-1098", [req("taxYear")]),
      topic("loan-modification-documents", [opt("documentType")]),
      topic("assumption-paperwork"),
      topic("past-correspondence", [req("documentType")]),
      topic("lien-release", [opt("paidOffDate")]),
    ],
  },
  hardship: {
    route: "email",
    urgentWhenSaleWithin: 30,
    topics: [
      helpTopic("loan-modification", [opt("saleDate", "future")]),
      helpTopic("forbearance-or-payment-plan", [opt("saleDate", "future")]),
      helpTopic("foreclosure-sale-scheduled", [req("saleDate", "future")]),
      topic("other-hardship", [opt("saleDate", "future")]),
      helpTopic("after-forbearance", [opt("saleDate", "future")]),
      topic("servicemember-or-disaster", [opt("incidentDate")]),
    ],
  },
  escalation: {
    route: "email",
    topics: [
      topic("no-response", [req("previousContactDate"), opt("previousReference")]),
      topic("unresolved-issue", [req("previousContactDate"), opt("previousReference")]),
      topic("service-complaint", [opt("previousContactDate"), opt("previousReference")]),
    ],
  },
  "notice-of-error": {
    route: "designated",
    topics: [
      noe("refused-payment", paymentFields, paymentErrorDeadlines),
      noe("misapplied-payment", paymentFields, paymentErrorDeadlines),
      noe("payment-not-credited", paymentFields, paymentErrorDeadlines),
      noe("escrow-not-paid", []),
      noe("unreasonable-fee", [opt("feeDate"), opt("feeAmount")]),
      topic("payoff-balance", [opt("errorDate")], ["acknowledgement", "notice-of-error-payoff"]),
      noe("loss-mitigation-info", []),
      noe("transfer-info", []),
      foreclosureErrorTopic("foreclosure-filing"),
      foreclosureErrorTopic("foreclosure-sale"),
      noe("other-error", []),
    ],
  },
  "request-for-information": {
    route: "designated",
    topics: [
      topic("loan-owner", [], ["acknowledgement", "loan-owner"]),
      topic("servicing-records", [req("informationRequested")], [
        "acknowledgement",
        "other-information",
      ]),
      topic("other-information", [req("informationRequested")], [
        "acknowledgement",
        "other-information",
      ]),
      topic("successor-in-interest", [opt("informationRequested")], [
        "acknowledgement",
        "other-information",
      ]),
    ],
  },
  security: {
    route: "email",
    topics: [
      topic("suspicious-message", [opt("incidentDate")]),
      topic("lost-access", [opt("incidentDate")]),
      topic("possible-fraud", [opt("incidentDate")]),
    ],
  },
  general: {
    route: "email",
    topics: [
      topic("contact-details"),
      topic("language-or-accessibility"),
      topic("other-question"),
    ],
  },
} as const satisfies Record<CategoryId, Category>;

/** The categories written to the Reg X designated address. */
export type DesignatedCategoryId = {
  [C in CategoryId]: typeof catalog[C]["route"] extends "designated" ? C : never;
}[CategoryId];

/** Every topic id; ids are unique across categories, so dictionaries key topic names by id. */
export type TopicId = typeof catalog[CategoryId]["topics"][number]["id"];

/** The topic with this id in the category, if any. */
export function findTopic(categoryId: CategoryId, topicId: unknown): Topic<TopicId> | undefined {
  const topics: readonly Topic<TopicId>[] = catalog[categoryId].topics;
  return topics.find((t) => t.id === topicId);
}

/** The fields a form should show for this category and topic, in order. */
export function formFields(categoryId?: CategoryId, topicId?: unknown): FieldId[] {
  const topic = categoryId === undefined ? undefined : findTopic(categoryId, topicId);
  const extra = new Set(topic?.fields.map((f) => f.id));
  return [
    ...commonFieldIds,
    ...extraFieldIds.filter((id) => extra.has(id)),
    ...closingFieldIds,
  ];
}

/** Whether a field must be filled in for this category and topic. */
export function isRequired(field: FieldId, categoryId?: CategoryId, topicId?: unknown): boolean {
  if (requiredFieldIds.has(field)) return true;
  if (categoryId === undefined) return false;
  return findTopic(categoryId, topicId)?.fields.some((f) => f.id === field && f.required) ?? false;
}

/** Which dates a date field accepts in a category: a topic's override, else the field's own. */
export function dateRange(categoryId: CategoryId, field: ExtraFieldId): DateRange | undefined {
  const kind = fieldKinds[field];
  if (kind.type !== "date") return undefined;
  const topics: readonly Topic[] = catalog[categoryId].topics;
  const override = topics.flatMap((t) => t.fields).find((f) => f.id === field)?.when;
  return override ?? kind.when;
}

/** The extra fields any topic of the category asks for. */
export function categoryFields(categoryId: CategoryId): ExtraFieldId[] {
  const topics: readonly Topic[] = catalog[categoryId].topics;
  const used = new Set(topics.flatMap((t) => t.fields.map((f) => f.id)));
  return extraFieldIds.filter((id) => used.has(id));
}

export type Recipient =
  | { kind: "email"; address: string }
  | { kind: "letter"; name: string; attention: string; lines: string[] };

/**
 * Where a message goes. Notices of error and information requests go to the Reg X designated
 * address (12 CFR 1024.35(c), 1024.36(b)): by letter unless the servicer accepts them by email.
 */
export function recipientFor(profile: ServicerProfile, categoryId: CategoryId): Recipient {
  if (catalog[categoryId].route === "designated") {
    const d = profile.designatedAddress;
    if (d.acceptsEmail && d.email) return { kind: "email", address: d.email };
    return { kind: "letter", name: profile.name, attention: d.attention, lines: [...d.lines] };
  }
  return {
    kind: "email",
    address: profile.email.byCategory[categoryId] ?? profile.email.default,
  };
}
