import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import fc from "fast-check";
import { checkInquiry } from "../../../src/inquiry/check.ts";
import { buildMessage, formatAmount, referenceId } from "../../../src/inquiry/message.ts";
import { checked, emailProfile, lateFee, lateFeeValues, profile, today } from "./fixtures.ts";

const noe = checked({
  ...lateFeeValues,
  category: "notice-of-error",
  topic: "unreasonable-fee",
  requestedAction: "Remove the $35.00 late fee and correct my payment history.",
});

Deno.test("referenceId: deterministic from the inquiry and the date", () => {
  const a = referenceId(lateFee, today);
  assert.match(a, /^BHC-20261127-[0-9A-F]{6}$/);
  assert.equal(referenceId(lateFee, today), a);
  assert.notEqual(referenceId({ ...lateFee, summary: "other" }, today), a);
  assert.notEqual(referenceId(lateFee, "2026-11-28").slice(-6), a.slice(-6));
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
  // One line per paragraph: nothing is hard-wrapped, so every screen wraps it to its own width.
  assert.ok(lines.includes(lateFee.details!), "details on one line");
  assert.ok(lines.some((l) => l.length > 78));
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
    ]
  ) assert.ok(body.includes(text), text);
  assert.ok(body.indexOf("Example Mortgage Servicing") < body.indexOf("This letter is"));
  // The deadlines are the borrower's: printed apart for their records, not mailed.
  assert.ok(!body.includes("When to expect an answer"));
  assert.ok(!body.includes("By December 4, 2026 (estimated"));
  assert.equal(m.deadlines.length, 2);
  // It ends with lines to sign and date it on, under the closing and above nothing else.
  assert.match(body, /\nSincerely,\n\n\nSignature: _{10,}\nJane Q\. Borrower\n\nDate: _{10,}$/);
  assert.equal(
    buildMessage(noe, { profile: emailProfile, lang: "en", today }).recipient.kind,
    "email",
  );
});

Deno.test("buildMessage: an email still lists the deadlines and ends with the name, no lines to sign", () => {
  const m = buildMessage(lateFee, { profile, lang: "en", today });
  assert.match(m.body, /When to expect an answer \(estimated\)\n/);
  assert.ok(!m.body.includes("Signature"));
});

Deno.test("buildMessage: request for information letter in Spanish", () => {
  const rfi = checked({
    ...lateFeeValues,
    category: "request-for-information",
    topic: "other-information",
    informationRequested: "El historial de pagos de 2025",
  });
  const m = buildMessage(rfi, { profile, lang: "es", today });
  assert.match(m.body, /solicitud de información conforme a 12 CFR 1024\.36/);
  assert.match(m.body, /La información que solicito: Otra información/);
  assert.match(m.body, /\nInformación solicitada: El historial de pagos de 2025\n/);
  assert.match(m.body, /Guardo una copia de esta carta para mis registros\./);
});

Deno.test("buildMessage: hostile details never put a control character in the body", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 1000 }), (details) => {
      const result = checkInquiry({ ...lateFeeValues, details }, { lang: "en", today });
      fc.pre(result.ok);
      const m = buildMessage(result.ok ? result.inquiry : lateFee, { profile, lang: "en", today });
      // deno-lint-ignore no-control-regex
      assert.doesNotMatch(m.body, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }),
    { numRuns: 100 },
  );
});

const kinds = {
  en: {
    attaching: "I am attaching these documents:",
    enclosing: "I am enclosing copies of these documents:",
    keepingCopy: "I am keeping a copy of this letter for my records.",
    dear: "Dear Example Mortgage Servicing:",
    "notice-of-error": ["This email is a notice of error", "This letter is a notice of error"],
    "request-for-information": [
      "This email is a request for information",
      "This letter is a request for information",
    ],
  },
  es: {
    attaching: "Adjunto estos documentos:",
    enclosing: "Incluyo copias de estos documentos:",
    keepingCopy: "Guardo una copia de esta carta para mis registros.",
    dear: "Estimados señores de Example Mortgage Servicing:",
    "notice-of-error": ["Este correo es un aviso de error", "Esta carta es un aviso de error"],
    "request-for-information": [
      "Este correo es una solicitud de información",
      "Esta carta es una solicitud de información",
    ],
  },
};

for (const lang of ["en", "es"] as const) {
  Deno.test(`buildMessage (${lang}): an email where the designated address takes email, else a letter`, () => {
    const w = kinds[lang];
    for (
      const [category, topic] of [
        ["notice-of-error", "unreasonable-fee"],
        ["request-for-information", "other-information"],
      ] as const
    ) {
      const inquiry = checked({
        ...lateFeeValues,
        category,
        topic,
        informationRequested: "The payment history for 2025",
      });
      const [asEmail, asLetter] = w[category];

      const email = buildMessage(inquiry, { profile: emailProfile, lang, today });
      assert.equal(email.kind, "email");
      assert.ok(email.body.startsWith(`${asEmail} `), email.body.slice(0, 60));
      assert.ok(email.body.includes(`\n${w.attaching}\n- bank-statement.pdf (PDF)\n`));
      for (const letterOnly of [w.enclosing, w.keepingCopy, w.dear, asLetter, "PO Box 1234"]) {
        assert.ok(!email.body.includes(letterOnly), `${category} email: ${letterOnly}`);
      }

      const letter = buildMessage(inquiry, { profile, lang, today });
      assert.equal(letter.kind, "letter");
      for (const text of [w.enclosing, w.keepingCopy, w.dear, asLetter, "PO Box 1234"]) {
        assert.ok(letter.body.includes(text), `${category} letter: ${text}`);
      }
      for (const emailOnly of [w.attaching, asEmail]) {
        assert.ok(!letter.body.includes(emailOnly), `${category} letter: ${emailOnly}`);
      }
    }
  });
}
