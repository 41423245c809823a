import assert from "node:assert/strict";
import fc from "fast-check";
import { buildMessage, formatAmount, referenceId } from "../../../src/inquiry/message.ts";
import type { Inquiry } from "../../../src/inquiry/schema.ts";
import { emailProfile, lateFee, profile, today } from "./fixtures.ts";

const noe: Inquiry = {
  ...lateFee,
  category: "notice-of-error",
  topic: "unreasonable-fee",
  requestedAction: "Remove the $35.00 late fee and correct my payment history.",
};

Deno.test("referenceId: deterministic from inputs, date and salt", () => {
  const a = referenceId(lateFee, today);
  assert.match(a, /^BHC-20261127-[0-9A-F]{6}$/);
  assert.equal(referenceId(lateFee, today), a);
  assert.notEqual(referenceId({ ...lateFee, summary: "other" }, today), a);
  assert.notEqual(referenceId(lateFee, today, "salt"), a);
  assert.equal(formatAmount("1234567.50"), "$1,234,567.50");
});

Deno.test("buildMessage: email body, summary first, labels and values", () => {
  const m = buildMessage(lateFee, { profile, lang: "en", today });
  assert.equal(m.kind, "email");
  assert.deepEqual(m.recipient, { kind: "email", address: "help@servicer.example" });
  assert.equal(m.subject, "Loan 1234567 – Payment Clarification – Late fee");
  const lines = m.body.split("\n");
  assert.equal(lines[0], lateFee.summary);
  for (
    const line of [
      "Full name: Jane Q. Borrower",
      "Loan number: 1234567",
      "Property address: 12 Main St, Springfield, IL 62704",
      "Email address: jane@example.com",
      "Phone number: (555) 555-0123",
      "Topic: Late fee",
      "Amount of the fee: $35.00",
      "Date of the fee: November 17, 2026",
      "- bank-statement.pdf (PDF)",
      `Reference: ${m.reference}`,
      "Date: November 27, 2026",
    ]
  ) assert.ok(lines.includes(line), line);
  assert.match(m.body, /estimated, 10 business days/);
  for (const line of lines) assert.ok(line.length <= 78, line);
});

Deno.test("buildMessage: Spanish", () => {
  const m = buildMessage(lateFee, { profile, lang: "es", today });
  assert.match(m.body, /Número de préstamo: 1234567/);
  assert.match(m.body, /Fecha del cargo: 17 de noviembre de 2026/);
  assert.match(m.body, /Tema: Cargo por pago atrasado/);
  assert.match(m.body, /fecha estimada/);
  assert.match(m.body, /Atentamente,/);
});

Deno.test("buildMessage: notice of error is a Reg X letter to the designated address", () => {
  const m = buildMessage(noe, { profile, lang: "en", today });
  assert.equal(m.kind, "letter");
  const body = m.body;
  for (
    const text of [
      "Attn: Notice of Error and Information Requests\nPO Box 1234\nSpringfield, IL 62701",
      "This letter is a notice of error under 12 CFR 1024.35.",
      "Borrower name: Jane Q. Borrower\nLoan number: 1234567",
      "The error I believe occurred: Fee with no reasonable basis",
      "Remove the $35.00 late fee and correct my payment history.",
      "I am keeping a copy of this letter for my records.",
      "By December 4, 2026 (estimated, 5 business days)",
      "By January 12, 2027 (estimated, 30 business days)",
    ]
  ) assert.ok(body.includes(text), text);
  assert.ok(body.indexOf("Example Mortgage Servicing") < body.indexOf("This letter is"));
  assert.equal(
    buildMessage(noe, { profile: emailProfile, lang: "en", today }).recipient.kind,
    "email",
  );
});

Deno.test("buildMessage: request for information letter in Spanish", () => {
  const rfi: Inquiry = {
    ...lateFee,
    category: "request-for-information",
    topic: "other-information",
    informationRequested: "El historial de pagos de 2025",
  };
  const m = buildMessage(rfi, { profile, lang: "es", today });
  assert.match(m.body, /solicitud de información conforme a 12 CFR 1024\.36/);
  assert.match(m.body, /La información que solicito: Otra información/);
  assert.match(m.body, /\nInformación solicitada: El historial de pagos de 2025\n/);
  assert.match(m.body, /Guardo una copia de esta carta para mis registros\./);
});

Deno.test("buildMessage: long and hostile details stay within 78 columns without control characters", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 5000 }), (details) => {
      const m = buildMessage({ ...lateFee, details }, { profile, lang: "en", today });
      for (const line of m.body.split("\n")) assert.ok([...line].length <= 78, line);
      // deno-lint-ignore no-control-regex
      assert.doesNotMatch(m.body, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }),
    { numRuns: 100 },
  );
});
