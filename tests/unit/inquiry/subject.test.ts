import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  formatSubject,
  isUrgent,
  SUBJECT_MAX_LENGTH,
  subjectFor,
} from "../../../src/inquiry/subject.ts";
import { lateFee, today } from "./fixtures.ts";

// deno-lint-ignore no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

Deno.test("subjectFor: the contract example", () => {
  assert.equal(subjectFor(lateFee, "en", today), "Loan 1234567 – Payment Clarification – Late fee");
  assert.equal(
    subjectFor(lateFee, "es", today),
    "Loan 1234567 – Payment Clarification – Cargo por pago atrasado",
  );
});

Deno.test("subjectFor: urgent hardship when the sale is within 30 days", () => {
  const hardship = {
    ...lateFee,
    category: "hardship" as const,
    topic: "foreclosure-sale-scheduled" as const,
  };
  assert.equal(
    subjectFor({ ...hardship, saleDate: "2026-12-27" }, "en", today),
    "URGENT – Loan 1234567 – Hardship Assistance – Foreclosure sale scheduled",
  );
  assert.equal(isUrgent({ ...hardship, saleDate: "2026-12-28" }, today), false);
  assert.equal(isUrgent({ ...hardship, saleDate: today }, today), true);
  assert.equal(isUrgent({ ...lateFee, saleDate: "2026-12-01" }, today), false);
});

Deno.test("formatSubject: strips control characters, collapses spaces, truncates the topic", () => {
  assert.equal(
    formatSubject({
      loanNumber: "12-34 567",
      categoryName: "General Question",
      topicName: "a\r\nBcc: x@y\u2028\u0085  b",
    }),
    "Loan 1234567 – General Question – a Bcc: x@y b",
  );
  const long = formatSubject({
    loanNumber: "1234567",
    categoryName: "General Question",
    topicName: "word ".repeat(40),
  });
  assert.equal(long, `Loan 1234567 – General Question – ${"word ".repeat(16)}word…`);
  assert.ok(long.length <= SUBJECT_MAX_LENGTH);
  const emoji = formatSubject({
    loanNumber: "1234567",
    categoryName: "General Question",
    topicName: "😀".repeat(80),
  });
  assert.ok(emoji.length <= SUBJECT_MAX_LENGTH);
  assert.ok(emoji.isWellFormed());
});

Deno.test("formatSubject: any input gives a short subject with no control characters", () => {
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.constantFrom(
      "x\r\nBcc: evil@x",
      "שלום עולם",
      "مرحبا",
      "😀👍🏽",
      "\u202eevil",
      "a\u0000b\u009bc",
    ),
  );
  fc.assert(
    fc.property(
      fc.string({ maxLength: 40 }),
      text,
      text,
      fc.boolean(),
      (loan, category, topic, urgent) => {
        const s = formatSubject({
          loanNumber: loan,
          categoryName: category,
          topicName: topic,
          urgent,
        });
        assert.ok(s.length <= SUBJECT_MAX_LENGTH, s);
        assert.doesNotMatch(s, CONTROL);
        assert.doesNotMatch(s, /\s\s/);
        assert.ok(s.startsWith(urgent ? "URGENT – Loan" : "Loan"));
      },
    ),
    { numRuns: 500 },
  );
});
