import type { SensitiveKind } from "../../guard.ts";
import type { Limits, ProblemKey } from "../../schema.ts";

/**
 * What the checker tells the borrower is wrong, in English: loaded with the checker, in the page's
 * language only (a form that is never submitted never downloads it).
 */
export const en = {
  /** What a value is wrong with; `name` is the field's name, `limits` the rule's numbers. */
  problems: {
    tooLong: (name: string, l: Limits) => `${name} must be ${l.max} characters or fewer`,
    realDate: (name: string) => `${name} must be a real date`,
    past: (name: string) => `${name} must be today or in the past`,
    future: (name: string) => `${name} must be today or in the future`,
    amount: (name: string) => `${name} must be an amount in dollars and cents, like 35.00`,
    positive: (name: string) => `${name} must be more than $0`,
    year: (name: string) => `${name} must be a year, like 2025`,
    yearPast: (name: string) => `${name} must be this year or earlier`,
    digits: (name: string, l: Limits) => `${name} must be ${l.min} to ${l.max} digits`,
    email: () => "Enter an email address in the correct format, like name@example.com",
    phone: () => "Enter a phone number in the correct format, like (555) 555-0100",
    fileType: () => "The selected file must be a PDF, JPG or PNG",
    tooMany: (_name: string, l: Limits) => `Select ${l.max} files or fewer`,
  } satisfies Record<Exclude<ProblemKey, "enter">, (name: string, limits: Limits) => string>,
  /** Sensitive data: email is not a safe channel for any of it. */
  sensitive: {
    ssn: {
      advice:
        "Remove your Social Security number. Email is not secure. Give at most the last 4 digits.",
      what: "a Social Security number",
    },
    card: { advice: "Remove the card number. Email is not secure.", what: "a card number" },
    routing: {
      advice: "Remove the bank routing number. Use the secure portal for bank details.",
      what: "a bank routing number",
    },
    account: {
      advice: "Remove the bank account number. Give at most the last 4 digits.",
      what: "a bank account number",
    },
    password: {
      advice: "Remove the password. Your servicer will never ask for it.",
      what: "a password",
    },
    pin: {
      advice: "Remove the PIN or security code. Your servicer will never ask for it.",
      what: "a PIN or security code",
    },
  } satisfies Record<SensitiveKind, { advice: string; what: string }>,
  /** "Details: Remove your Social Security number. ..." */
  inField: (label: string, advice: string) => `${label}: ${advice}`,
  /** A file name cannot be masked: the file keeps its name when it is attached. */
  inFileName: (file: string, what: string) =>
    `The file name “${file}” includes ${what}. Rename the file, then select it again.`,
};

export type ProblemWords = typeof en;
export default en;
