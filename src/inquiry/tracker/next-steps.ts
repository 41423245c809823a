/** What a borrower can do when a servicer misses a deadline or its answer does not fix the problem. */
import type { CategoryId } from "../categories.ts";
import type { MessageClock } from "./clocks.ts";
import type { TrackedMessage } from "./record.ts";

export type NextStepId = "follow-up" | "cfpb-complaint" | "state-regulator" | "housing-counselor";

const always: NextStepId[] = ["follow-up", "cfpb-complaint", "state-regulator"];

/** The next steps each category offers; a housing counselor where the borrower is struggling to pay. */
export const nextStepRules: Record<CategoryId, NextStepId[]> = {
  "account-inquiry": always,
  "payment-clarification": always,
  "document-request": always,
  hardship: [...always, "housing-counselor"],
  escalation: ["cfpb-complaint", "state-regulator"],
  "notice-of-error": always,
  "request-for-information": always,
  security: always,
  general: always,
};

/** Where a step continues outside this site: public agencies' own pages (links only, never fetched). */
export const nextStepLinks: Partial<Record<NextStepId, string>> = {
  "cfpb-complaint": "https://www.consumerfinance.gov/complaint/",
  "state-regulator": "https://www.nmlsconsumeraccess.org/",
  "housing-counselor": "https://www.consumerfinance.gov/find-a-housing-counselor/",
};

/** The escalation topic a follow-up is filed under: no answer, or an answer that did not fix it. */
export const followUpTopic = {
  overdue: "no-response",
  "not-resolved": "unresolved-issue",
} as const satisfies Record<NextSteps["reason"], string>;

export interface NextSteps {
  /** Why steps are offered: a clock passed unanswered, or the borrower says it is not resolved. */
  reason: "overdue" | "not-resolved";
  /** The deadline the servicer missed, for the follow-up and the complaint. */
  missed?: MessageClock;
  steps: NextStepId[];
}

/** Next steps for a message today, or undefined while nothing calls for them. */
export function nextStepsFor(
  message: TrackedMessage,
  clocks: MessageClock[],
): NextSteps | undefined {
  const steps = nextStepRules[message.category];
  // The answer matters more than the acknowledgment; an extension is only the servicer's if written.
  const missed = clocks.find((c) => c.role === "answer" && c.status === "passed") ??
    clocks.find((c) => c.role === "acknowledgement" && c.status === "passed");
  if (message.outcome?.resolved === false) return { reason: "not-resolved", missed, steps };
  if (missed && message.outcome?.resolved !== true) return { reason: "overdue", missed, steps };
  return undefined;
}
