import { type CategoryId, routingNames } from "../../categories.ts";
import type { FieldId, TopicId } from "../../catalog.ts";

/** What the form shows for one field; `name` starts an error sentence ("Date of the fee must ..."). */
export interface FieldWords {
  label: string;
  hint?: string;
  name: string;
  /** The message when a required field is empty. */
  enter: string;
}

const dateHint = "For example, 2026-03-27";
const amountHint = "In dollars, for example 35.00";

const fields: Record<FieldId, FieldWords> = {
  fullName: { label: "Full name", name: "Full name", enter: "Enter your full name" },
  loanNumber: {
    label: "Loan number",
    hint: "It is on your monthly statement. Do not enter your Social Security number.",
    name: "Loan number",
    enter: "Enter your loan number",
  },
  propertyAddress: {
    label: "Property address",
    name: "Property address",
    enter: "Enter the property address",
  },
  email: {
    label: "Email address",
    hint: "We only use this to fill in your message.",
    name: "Email address",
    enter: "Enter your email address",
  },
  phone: { label: "Phone number", name: "Phone number", enter: "Enter your phone number" },
  category: {
    label: "What is your message about?",
    name: "What your message is about",
    enter: "Select what your message is about",
  },
  topic: { label: "Topic", name: "Topic", enter: "Select a topic" },
  paymentDate: {
    label: "Date of the payment",
    hint: dateHint,
    name: "Date of the payment",
    enter: "Enter the date of the payment",
  },
  paymentAmount: {
    label: "Amount of the payment",
    hint: amountHint,
    name: "Amount of the payment",
    enter: "Enter the amount of the payment",
  },
  feeDate: {
    label: "Date of the fee",
    hint: dateHint,
    name: "Date of the fee",
    enter: "Enter the date of the fee",
  },
  feeAmount: {
    label: "Amount of the fee",
    hint: amountHint,
    name: "Amount of the fee",
    enter: "Enter the amount of the fee",
  },
  statementDate: {
    label: "Date of the statement",
    hint: dateHint,
    name: "Date of the statement",
    enter: "Enter the date of the statement",
  },
  documentType: {
    label: "Which documents do you need?",
    name: "Which documents you need",
    enter: "Enter which documents you need",
  },
  taxYear: {
    label: "Tax year",
    hint: "For example, 2025",
    name: "Tax year",
    enter: "Enter the tax year",
  },
  payoffDate: {
    label: "Date you plan to pay off the loan",
    hint: dateHint,
    name: "Payoff date",
    enter: "Enter the date you plan to pay off the loan",
  },
  paidOffDate: {
    label: "Date the loan was paid off",
    hint: dateHint,
    name: "Date the loan was paid off",
    enter: "Enter the date the loan was paid off",
  },
  errorDate: {
    label: "When did the error happen?",
    hint: dateHint,
    name: "Date of the error",
    enter: "Enter the date of the error",
  },
  informationRequested: {
    label: "What information do you want?",
    hint: "Name the specific information or documents, for example the payment history for 2025.",
    name: "Information requested",
    enter: "Enter the information you want",
  },
  saleDate: {
    label: "Date of the foreclosure sale",
    hint: dateHint,
    name: "Date of the foreclosure sale",
    enter: "Enter the date of the foreclosure sale",
  },
  incidentDate: {
    label: "When did it happen?",
    hint: dateHint,
    name: "Date it happened",
    enter: "Enter the date it happened",
  },
  previousContactDate: {
    label: "Date you first contacted us",
    hint: dateHint,
    name: "Date you first contacted us",
    enter: "Enter the date you first contacted us",
  },
  previousReference: {
    label: "Earlier reference or case number",
    name: "Earlier reference",
    enter: "Enter the earlier reference or case number",
  },
  summary: {
    label: "Summary",
    hint: "One or two sentences about what happened and what you need.",
    name: "Summary",
    enter: "Enter a summary",
  },
  details: {
    label: "Details",
    hint: "Do not include your Social Security number, card or bank account numbers, or passwords.",
    name: "Details",
    enter: "Enter the details",
  },
  requestedAction: {
    label: "What would you like the servicer to do?",
    name: "What you would like the servicer to do",
    enter: "Enter what you would like the servicer to do",
  },
  attachments: {
    label: "Documents you will attach",
    hint: "PDF, JPG or PNG. Nothing is uploaded: attach them in your email program.",
    name: "Attachment",
    enter: "Select a file",
  },
};

/**
 * Every word the contact form needs before the borrower submits, in English: labels, hints,
 * category and topic names, error messages (GOV.UK style: say what to do, never "please" or
 * "invalid") and what the sensitive-data guard tells the borrower. Other languages are typed by it.
 */
export const en = {
  optional: (label: string) => `${label} (optional)`,
  fields,
  /** Category names; the English ones are also the subject line's (DESIGN.md contract). */
  categories: routingNames as Record<CategoryId, string>,
  topics: {
    "balance-verification": "Balance verification",
    "payment-history": "Payment history",
    "escrow-account": "Escrow account",
    "interest-rate-change": "Interest rate change",
    "mortgage-insurance": "Removing mortgage insurance (PMI)",
    "insurance-claim": "Insurance claim check after damage",
    "payment-applied": "How a payment was applied",
    "late-fee": "Late fee",
    "payment-not-posted": "Payment not posted",
    "partial-payment": "Partial payment",
    "servicing-transfer": "Payment after my loan was transferred",
    autopay: "Autopay or how I pay",
    "credit-report": "Late payment on my credit report",
    "payoff-statement": "Payoff statement",
    "form-1098": "Form 1098",
    "loan-modification-documents": "Loan modification documents",
    "assumption-paperwork": "Assumption paperwork",
    "past-correspondence": "Copies of past correspondence",
    "lien-release": "Lien release after payoff",
    "loan-modification": "Loan modification",
    "forbearance-or-payment-plan": "Forbearance or payment plan",
    "foreclosure-sale-scheduled": "Foreclosure sale scheduled",
    "other-hardship": "Other hardship",
    "after-forbearance": "When my forbearance ends",
    "servicemember-or-disaster": "Military service or a disaster",
    "no-response": "No answer to an earlier message",
    "unresolved-issue": "Issue not resolved",
    "service-complaint": "Complaint about service",
    "refused-payment": "Refused a payment that met the terms",
    "misapplied-payment": "Payment applied incorrectly",
    "payment-not-credited": "Payment not credited on the day received",
    "escrow-not-paid": "Taxes or insurance not paid from escrow, or escrow not refunded",
    "unreasonable-fee": "Fee with no reasonable basis",
    "payoff-balance": "Inaccurate payoff balance",
    "loss-mitigation-info": "Wrong information about help options or foreclosure",
    "transfer-info": "Information not transferred with the loan",
    "foreclosure-filing": "Foreclosure started when it should not have",
    "foreclosure-sale": "Foreclosure judgment or sale when it should not have happened",
    "other-error": "Other servicing error",
    "loan-owner": "Owner or assignee of the loan",
    "servicing-records": "Servicing file or records",
    "other-information": "Other information",
    "successor-in-interest": "Confirming I am a successor in interest",
    "suspicious-message": "Suspicious message",
    "lost-access": "Lost access to my online account",
    "possible-fraud": "Possible fraud",
    "contact-details": "Update my contact details",
    "language-or-accessibility": "Language or accessibility help",
    "other-question": "Something else",
  } satisfies Record<TopicId, string>,
};

export default en;
export type FormWords = typeof en;
