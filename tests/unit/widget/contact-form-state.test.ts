import assert from "node:assert/strict";
import { defaultLang } from "../../../src/i18n/languages.ts";
import type { Problem } from "../../../src/inquiry/check.ts";
import {
  changeAnswer,
  checked,
  cleared,
  type ContactFormChange,
  contactFormReducer,
  type ContactFormState,
  initialState,
  typed,
} from "../../../src/widget/use-contact-form.ts";

const run = (changes: ContactFormChange[], from = initialState(defaultLang)) =>
  changes.reduce(contactFormReducer, from);

const missing: Problem = { field: "loanNumber", message: "Enter your loan number" };
const restored: ContactFormChange = {
  values: { msgLang: defaultLang, fullName: "Jane" },
  restored: true,
};

Deno.test("typing keeps every value and follows the summary for suggestions", () => {
  const s = run([restored, typed("summary", "late fee"), typed("fullName", "Jane Q.")]);
  assert.deepEqual(s.values, { msgLang: defaultLang, fullName: "Jane Q.", summary: "late fee" });
  assert.equal(s.typedSummary, "late fee");
  assert.equal(s.restored, true);
});

Deno.test("problems keep the form, focus the summary again on every submit", () => {
  const once = run([restored, checked([missing])]);
  const twice = contactFormReducer(once, checked([missing]));
  assert.equal(once.step, "form");
  assert.deepEqual(twice.problems, [missing]);
  assert.equal(twice.focusKey, once.focusKey + 1);
});

Deno.test("answers that pass move to Check your answers; Change returns to that field", () => {
  const check = run([restored, checked([missing]), checked([])]);
  assert.equal(check.step, "check");
  assert.deepEqual(check.problems, []);
  const back = contactFormReducer(check, changeAnswer("fullName"));
  assert.equal(back.step, "form");
  assert.equal(back.focus?.id, "fullName");
  const again = run([checked([]), changeAnswer("fullName")], back);
  assert.equal(again.focus?.id, "fullName");
  assert.notEqual(again.focus?.key, back.focus?.key, "the same link focuses its field again");
});

Deno.test("changing an answer after building drops the built message", () => {
  const built = run([restored, checked([]), {
    result: { category: "general" } as NonNullable<ContactFormState["result"]>,
  }]);
  assert.ok(built.result);
  assert.equal(contactFormReducer(built, changeAnswer("summary")).result, null);
  assert.equal(contactFormReducer(built, checked([missing])).result, null);
});

Deno.test("a mask that clears every problem stays on the form, masked, and says so", () => {
  const masked = { values: { msgLang: defaultLang, details: "***-**-6789" }, say: "Masked." };
  const s = run([restored, checked([missing]), checked([], masked)]);
  assert.equal(s.step, "form");
  assert.deepEqual(s.problems, []);
  assert.equal(s.values.details, "***-**-6789");
  assert.equal(s.status, "Masked.");
  assert.equal(run([checked([], masked)], s).status, "Masked.\u00a0", "said again");
  const still = run([checked([missing], masked)], s);
  assert.equal(still.values.details, "***-**-6789", "masked text kept when problems remain");
  assert.deepEqual(still.problems, [missing]);
});

Deno.test("Start again empties the form, keeps saving, and says it even twice", () => {
  const s = run([
    restored,
    { files: [{ name: "a.pdf", type: "application/pdf" }] },
    cleared(defaultLang, "The form is cleared."),
    cleared(defaultLang, "The form is cleared."),
  ]);
  assert.deepEqual(s.values, { msgLang: defaultLang });
  assert.deepEqual(s.files, []);
  assert.equal(s.restored, true);
  assert.equal(s.fileKey, 2, "a fresh file input each time");
  assert.equal(s.status, "The form is cleared.\u00a0");
});
