/** What the borrower records about a message (sent, received, acknowledged, answered), checked. */
import type { Lang } from "../categories.ts";
import { type IsoDate, parseIsoDate } from "../dates.ts";
import { trackerWords } from "../i18n/tracker/index.ts";
import {
  recordedDateProblem,
  type SendMethod,
  sendMethods,
  type TrackedMessage,
  trackedMessageSchema,
  TRACKING_NUMBER,
} from "./record.ts";

/** The update form's fields, as typed, in form order. */
export interface UpdateInput {
  sentOn: string;
  method: string;
  tracking: string;
  delivered: string;
  acknowledged: string;
  answered: string;
  outcome: "" | "resolved" | "not-resolved";
  outcomeOn: string;
}
export type UpdateField = keyof UpdateInput;

export interface UpdateProblem {
  field: UpdateField;
  message: string;
}

/** The form's starting values for a message. */
export function updateInputOf(m: TrackedMessage): UpdateInput {
  return {
    sentOn: m.sent?.on ?? "",
    method: m.sent?.method ?? "email",
    tracking: m.sent?.tracking ?? "",
    delivered: m.sent?.delivered ?? "",
    acknowledged: m.acknowledged ?? "",
    answered: m.answered ?? "",
    outcome: m.outcome ? (m.outcome.resolved ? "resolved" : "not-resolved") : "",
    outcomeOn: m.outcome?.on ?? "",
  };
}

/** The fields that hold a date, checked by the core's date parser. */
export const dateFields = ["sentOn", "delivered", "acknowledged", "answered", "outcomeOn"] as const;

/**
 * Applies the form to the message: every date real, not in the future and not before the app's
 * earliest date (the rule stored and imported messages follow), nothing before the day it was
 * sent, and nothing recorded about a message not yet sent. Problems come in form order.
 */
export function applyUpdate(
  message: TrackedMessage,
  input: UpdateInput,
  context: { today: IsoDate; lang: Lang },
): { ok: true; message: TrackedMessage } | { ok: false; problems: UpdateProblem[] } {
  const w = trackerWords(context.lang).update;
  const problems: UpdateProblem[] = [];
  const dates: Partial<Record<typeof dateFields[number], IsoDate>> = {};
  for (const field of dateFields) {
    const text = input[field].trim();
    if (text === "") continue;
    const problem = recordedDateProblem(text, context.today);
    if (problem) problems.push({ field, message: w.errors[problem](w.fields[field]) });
    else dates[field] = parseIsoDate(text)!;
  }
  const later = ["delivered", "acknowledged", "answered", "outcomeOn"] as const;
  const recorded = later.some((f) => input[f].trim() !== "") || input.outcome !== "";
  if (input.sentOn.trim() === "" && recorded) {
    problems.push({ field: "sentOn", message: w.errors.sentFirst });
  }
  for (const field of later) {
    const date = dates[field];
    if (date && dates.sentOn && date < dates.sentOn) {
      problems.push({ field, message: w.errors.beforeSent(w.fields[field]) });
    }
  }
  const tracking = input.tracking.trim();
  if (tracking !== "" && !TRACKING_NUMBER.test(tracking)) {
    problems.push({ field: "tracking", message: w.errors.tracking });
  }
  if (problems.length > 0) {
    const order = Object.keys(input);
    return {
      ok: false,
      problems: problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)),
    };
  }
  const method: SendMethod = sendMethods.find((m) => m === input.method) ?? "email";
  const next: TrackedMessage = {
    ...message,
    sent: dates.sentOn
      ? {
        on: dates.sentOn,
        method,
        tracking: tracking || undefined,
        delivered: dates.delivered,
      }
      : undefined,
    acknowledged: dates.acknowledged,
    answered: dates.answered,
    outcome: input.outcome === ""
      ? undefined
      : { resolved: input.outcome === "resolved", on: dates.outcomeOn ?? context.today },
  };
  return { ok: true, message: trackedMessageSchema(context.today).parse(next) };
}
