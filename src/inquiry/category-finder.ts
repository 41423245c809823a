import type { CategoryId } from "./categories.ts";

/**
 * "Not sure?": the questions that lead a borrower to a category, each with its answers in the
 * order shown. The first question is `goal`; some answers ask one more question.
 */
export const finderQuestions = {
  goal: ["mistake", "information", "trouble-paying", "follow-up", "security", "question", "other"],
  information: ["document", "records"],
  question: ["payment", "account"],
} as const;

export type FinderQuestion = keyof typeof finderQuestions;
export type FinderAnswer<Q extends FinderQuestion> = typeof finderQuestions[Q][number];

/** Where each answer leads: a category, or the next question. */
const leadsTo: { [Q in FinderQuestion]: Record<FinderAnswer<Q>, CategoryId | FinderQuestion> } = {
  goal: {
    // A servicer's mistake is a notice of error (12 CFR 1024.35(b) lists the errors it covers).
    mistake: "notice-of-error",
    information: "information",
    "trouble-paying": "hardship",
    "follow-up": "escalation",
    security: "security",
    question: "question",
    other: "general",
  },
  information: {
    document: "document-request",
    // Information about the loan the servicer must find and send (12 CFR 1024.36).
    records: "request-for-information",
  },
  question: { payment: "payment-clarification", account: "account-inquiry" },
};

/** The questions' and answers' words, in one language (the UI dictionary's `categoryHelp`). */
export interface FinderWords {
  questions: Record<FinderQuestion, string>;
  answers: { [Q in FinderQuestion]: Record<FinderAnswer<Q>, string> };
}

/** One question as the form shows it: its words, then each answer's words and where it leads. */
export interface FinderStep {
  question: string;
  answers: { label: string; next: CategoryId | FinderQuestion }[];
}

/**
 * The finder as data for the form, made when the page is built: the island only shows a step and
 * follows `next`, so neither these rules nor their words add to the page's script.
 */
export function finderSteps(words: FinderWords): Record<FinderQuestion, FinderStep> {
  const step = <Q extends FinderQuestion>(question: Q): FinderStep => ({
    question: words.questions[question],
    answers: finderQuestions[question].map((answer: FinderAnswer<Q>) => ({
      label: words.answers[question][answer],
      next: leadsTo[question][answer],
    })),
  });
  const questions = Object.keys(finderQuestions) as FinderQuestion[];
  return Object.fromEntries(questions.map((q) => [q, step(q)])) as Record<
    FinderQuestion,
    FinderStep
  >;
}
