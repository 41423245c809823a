import assert from "node:assert/strict";
import { en } from "../../../src/i18n/ui/en.ts";
import { es } from "../../../src/i18n/ui/es.ts";
import { categoryIds, isCategoryId } from "../../../src/inquiry/categories.ts";
import {
  type FinderQuestion,
  type FinderStep,
  finderSteps,
} from "../../../src/inquiry/category-finder.ts";

const steps = finderSteps(en.widget.categoryHelp);

/** Where each path of answers ends, from the first question, and after how many questions. */
function paths(question: FinderQuestion, asked = 1): { end: string; asked: number }[] {
  return steps[question].answers.flatMap(({ next }) =>
    isCategoryId(next) ? [{ end: next, asked }] : paths(next, asked + 1)
  );
}

/** The category the answers with these words lead to. */
function pick(...labels: string[]): string {
  let question: FinderQuestion = "goal";
  for (const label of labels) {
    const answer: FinderStep["answers"][number] | undefined = steps[question].answers.find((a) =>
      a.label === label
    );
    assert.ok(answer, `no answer "${label}" to "${steps[question].question}"`);
    if (isCategoryId(answer.next)) return answer.next;
    question = answer.next;
  }
  return question;
}

Deno.test("Not sure?: every category is reached, each by one path of at most two questions", () => {
  const all = paths("goal");
  assert.deepEqual(all.map((p) => p.end).sort(), [...categoryIds].sort());
  assert.ok(all.every((p) => p.asked <= 2));
});

Deno.test("Not sure?: a mistake is a notice of error, information about the loan a request for it", () => {
  const w = en.widget.categoryHelp.answers;
  assert.equal(pick(w.goal.mistake), "notice-of-error");
  assert.equal(pick(w.goal.information, w.information.records), "request-for-information");
  assert.equal(pick(w.goal.information, w.information.document), "document-request");
  assert.equal(pick(w.goal["trouble-paying"]), "hardship");
  assert.equal(pick(w.goal["follow-up"]), "escalation");
  assert.equal(pick(w.goal.security), "security");
  assert.equal(pick(w.goal.question, w.question.payment), "payment-clarification");
  assert.equal(pick(w.goal.question, w.question.account), "account-inquiry");
  assert.equal(pick(w.goal.other), "general");
});

Deno.test("Not sure?: Spanish asks the same questions with the same answers, in its own words", () => {
  const spanish = finderSteps(es.widget.categoryHelp);
  for (const q of Object.keys(steps) as FinderQuestion[]) {
    assert.deepEqual(spanish[q].answers.map((a) => a.next), steps[q].answers.map((a) => a.next));
    assert.ok(spanish[q].answers.every((a, i) => a.label && a.label !== steps[q].answers[i].label));
  }
});
