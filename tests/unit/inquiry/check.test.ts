import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import fc from "fast-check";
import { categoryIds, langs } from "../../../src/inquiry/categories.ts";
import {
  catalog,
  fieldKinds,
  formFields,
  isRequired,
  type Topic,
} from "../../../src/inquiry/catalog.ts";
import {
  type CheckedInquiry,
  checkInquiry,
  SensitiveDataError,
} from "../../../src/inquiry/check.ts";
import { composeInquiry } from "../../../src/inquiry/compose.ts";
import { mask } from "../../../src/inquiry/guard.ts";
import { buildMessage } from "../../../src/inquiry/message.ts";
import { lateFee, lateFeeValues, profile, today } from "./fixtures.ts";

const now = new Date(Date.UTC(2026, 10, 27, 15, 0, 0));

/** File names that would put an SSN, a card number or a bank account number into the message. */
const sensitiveFiles = {
  ssn: "acct 123-45-6789.pdf",
  card: "card 4111 1111 1111 1111.pdf",
  account: "checking account 987654321.pdf",
} as const;

for (const lang of langs) {
  for (const [kind, name] of Object.entries(sensitiveFiles)) {
    Deno.test(`checkInquiry (${lang}): an attachment named "${name}" is blocked`, () => {
      const r = checkInquiry({
        ...lateFeeValues,
        attachments: [{ name: "receipt.pdf", type: "application/pdf" }, {
          name,
          type: "application/pdf",
        }],
      }, { lang, today });
      assert.equal(r.ok, false);
      const problems = r.ok ? [] : r.problems;
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0].field, "attachments");
      assert.ok(problems[0].message.includes(`“${name}”`), problems[0].message);
      assert.match(problems[0].message, lang === "en" ? /Rename the file/ : /Cambie el nombre/);
      // The file keeps its name when attached, so masking the listed name would not help.
      assert.equal(problems[0].finding, undefined, kind);
    });
  }
}

Deno.test("checkInquiry: validation problems and sensitive data come in one list, in form order", () => {
  const r = checkInquiry({
    ...lateFeeValues,
    fullName: "Jane, SSN 123-45-6789",
    loanNumber: "",
    feeAmount: "",
    details: "Pay with card 4111 1111 1111 1111 please.",
  }, { lang: "en", today });
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.problems.map((p) => [p.field, p.message.slice(0, 40)]), [
    ["fullName", "Full name: Remove your Social Security n"],
    ["loanNumber", "Enter your loan number"],
    ["feeAmount", "Enter the amount of the fee"],
    ["details", "Details: Remove the card number. Email i"],
  ]);
  // A finding keeps what "Mask it" needs: its offsets point into the text as typed.
  const details = "Pay with card 4111 1111 1111 1111 please.";
  const finding = !r.ok ? r.problems[3].finding : undefined;
  assert.equal(mask(details, finding!), "Pay with card **** **** **** 1111 please.");
});

Deno.test("checkInquiry: every text that reaches the message is scanned, in every topic", () => {
  for (const category of categoryIds) {
    const topics: readonly Topic[] = catalog[category].topics;
    for (const topic of topics) {
      const texts = formFields(category, topic.id).filter((f) => fieldKinds[f].type === "text");
      for (const field of texts) {
        const r = checkInquiry(
          { ...lateFeeValues, category, topic: topic.id, [field]: "my SSN is 123-45-6789" },
          { lang: "en", today },
        );
        assert.ok(
          !r.ok && r.problems.some((p) => p.field === field && p.finding?.kind === "ssn"),
          `${category} ${topic.id} ${field}`,
        );
      }
    }
  }
});

Deno.test("checkInquiry: the schema requires exactly what the catalog marks required", () => {
  for (const category of categoryIds) {
    const topics: readonly Topic[] = catalog[category].topics;
    for (const topic of topics) {
      const r = checkInquiry({ category, topic: topic.id }, { lang: "en", today });
      const reported = r.ok ? [] : r.problems.map((p) => p.field);
      const required = formFields(category, topic.id).filter((f) =>
        isRequired(f, category, topic.id) && f !== "category" && f !== "topic"
      );
      assert.deepEqual(reported, required, `${category} ${topic.id}`);
    }
  }
});

Deno.test("checkInquiry: a number split by a control character is caught as the message holds it", () => {
  const r = checkInquiry(
    { ...lateFeeValues, details: "My SSN is 123-45-67\u000189." },
    { lang: "es", today },
  );
  assert.equal(r.ok, false);
  const [problem] = r.ok ? [] : r.problems;
  assert.equal(problem.field, "details");
  assert.match(problem.message, /^Detalles: Quite su número de Seguro Social/);
  assert.equal(problem.finding, undefined, "its offsets would not point into the text as typed");
});

Deno.test("buildMessage and composeInquiry throw on sensitive data that skipped checkInquiry", () => {
  const forged: CheckedInquiry[] = [
    { ...lateFee, details: "My SSN is 123-45-6789." },
    { ...lateFee, attachments: [{ name: sensitiveFiles.ssn, type: "application/pdf" }] },
    { ...lateFee, attachments: [{ name: sensitiveFiles.card, type: "application/pdf" }] },
    { ...lateFee, attachments: [{ name: sensitiveFiles.account, type: "application/pdf" }] },
    // Plain JavaScript can claim the brand with a cast; the run-time check still holds.
    { ...lateFeeValues, summary: "routing 021000021" } as unknown as CheckedInquiry,
  ];
  for (const inquiry of forged) {
    assert.throws(() => buildMessage(inquiry, { profile, lang: "en", today }), SensitiveDataError);
    assert.throws(
      () => composeInquiry(inquiry, { profile, lang: "es", now, today }),
      SensitiveDataError,
    );
  }
  const unknownTopic = { ...lateFee, topic: "SSN 123-45-6789" } as unknown as CheckedInquiry;
  assert.throws(() => buildMessage(unknownTopic, { profile, lang: "en", today }), TypeError);
});

Deno.test("checkInquiry: whatever it accepts builds a message that passes the guard", () => {
  const piece = fc.constantFrom(
    "SSN",
    "123-45-6789",
    "123",
    "45",
    "6789",
    "account",
    "987654321",
    "card",
    "4111 1111 1111 1111",
    "routing",
    "021000021",
    "password",
    "loan",
    "-",
    " ",
    "\n",
    "\u0000",
    "\u202e",
    "\t",
    ".",
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join("")), (details) => {
      const r = checkInquiry({ ...lateFeeValues, details }, { lang: "en", today });
      if (r.ok) composeInquiry(r.inquiry, { profile, lang: "en", now, today });
      else assert.ok(r.problems.every((p) => p.field === "details"), JSON.stringify(r.problems));
    }),
    { numRuns: 500 },
  );
});
