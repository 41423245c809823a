import assert from "node:assert/strict";
import { en } from "../../../src/i18n/ui/en.ts";
import { defaultLang } from "../../../src/i18n/languages.ts";
import { loadFormWords } from "../../../src/inquiry/i18n/form/index.ts";
import { answersOf, CheckAnswers } from "../../../src/widget/CheckAnswers.tsx";
import { shownFields } from "../../../src/widget/use-contact-form.ts";
import { html } from "../ui/render.ts";

const t = en.widget;
const noop = () => {};
const answers = [
  { id: "fullName", label: "Full name", value: "Jane Q. Borrower" },
  { id: "phone", label: "Phone number (optional)", value: "" },
];

Deno.test("check your answers: a summary list, Change links named by their field", () => {
  const out = html(
    <CheckAnswers answers={answers} t={t} built={false} onChange={noop} onBuild={noop} />,
  );
  assert.match(out, /<h2 id="check-title" tabindex="-1">Check your answers<\/h2>/);
  assert.match(out, /^<section class="check-answers" aria-labelledby="check-title">/);
  assert.match(
    out,
    /<div><dt>Full name<\/dt><dd class="lines">Jane Q\. Borrower<\/dd><dd><a href="#f-fullName">Change<span class="visually-hidden"> Full name<\/span><\/a><\/dd><\/div>/,
  );
  assert.match(out, /<dd class="lines">Not given<\/dd>/);
  assert.match(
    out,
    /<a href="#f-phone">Change<span class="visually-hidden"> Phone number \(optional\)/,
  );
  assert.match(out, /<button type="button" id="build">Build the message<\/button>/);
  const built = html(
    <CheckAnswers answers={answers} t={t} built onChange={noop} onBuild={noop} />,
  );
  assert.doesNotMatch(built, /<button/, "once built, no second primary action");
});

Deno.test("answers in words: category and topic names, file names, the message's language", async () => {
  await loadFormWords(defaultLang);
  const values = {
    fullName: " Jane ",
    category: "payment-clarification",
    topic: "late-fee",
    msgLang: defaultLang,
  };
  const list = answersOf(values, [], shownFields(values), defaultLang, t);
  const byId = Object.fromEntries(list.map((a) => [a.id, a]));
  assert.equal(byId.fullName.value, "Jane");
  assert.equal(byId.category.value, "Payment Clarification");
  assert.equal(byId.category.label, "What is your message about?");
  assert.equal(byId.topic.value, "Late fee");
  assert.equal(byId.msgLang.label, t.messageLang);
  assert.equal(byId.msgLang.value, "English");
  assert.equal(list.at(-1)?.id, "msgLang", "the message's language comes last, as in the form");
  assert.deepEqual(
    list.map((a) => a.id).slice(0, -1),
    shownFields(values).shown,
    "every field the form shows, in its order",
  );
});
