import assert from "node:assert/strict";
import { categoryIds } from "../../../src/inquiry/categories.ts";
import {
  catalog,
  fieldLabel,
  fields,
  formFields,
  guidesFor,
  isRequired,
  recipientFor,
} from "../../../src/inquiry/catalog.ts";
import { deadlineRuleIds } from "../../../src/inquiry/deadline-rules.ts";
import { emailProfile, profile } from "./fixtures.ts";

const guideSlugs = new Set(
  ("check-your-balance payment-history how-escrow-works escrow-analysis escrow-after-payoff adjustable-rate-changes " +
    "how-payments-are-applied late-fees payment-not-posted partial-payments-and-suspense payoff-statement form-1098 " +
    "hardship-help loan-assumption copies-of-records notice-of-error request-for-information escalation response-times " +
    "keeping-records protecting-your-information accessibility-and-language-help writing-an-effective-email")
    .split(" "),
);

Deno.test("catalog: every category has kebab-case topics named in both languages", () => {
  assert.deepEqual(Object.keys(catalog).sort(), [...categoryIds].sort());
  for (const category of Object.values(catalog)) {
    assert.ok(category.topics.length > 0, category.id);
    for (const topic of category.topics) {
      assert.match(topic.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(topic.name.en && topic.name.es, topic.id);
      for (const slug of topic.guides) assert.ok(guideSlugs.has(slug), slug);
      for (const rule of topic.deadlines) {
        assert.ok((deadlineRuleIds as readonly string[]).includes(rule));
      }
    }
    for (const slug of category.guides) assert.ok(guideSlugs.has(slug), slug);
  }
});

Deno.test("catalog: notice of error lists the eleven error types of 1024.35(b)", () => {
  assert.equal(catalog["notice-of-error"].topics.length, 11);
  assert.deepEqual(
    catalog["payment-clarification"].topics.map((t) => t.name.en),
    [
      "How a payment was applied",
      "Late fee",
      "Payment not posted",
      "Partial payment",
      "Payment after my loan was transferred",
      "Autopay or how I pay",
      "Late payment on my credit report",
    ],
  );
});

Deno.test("catalog: contract labels in English, with (optional) where a field may be empty", () => {
  assert.deepEqual(
    [
      "fullName",
      "loanNumber",
      "propertyAddress",
      "email",
      "phone",
      "category",
      "topic",
      "summary",
      "details",
    ]
      .map((f) => fieldLabel(f as never, "en")),
    [
      "Full name",
      "Loan number",
      "Property address",
      "Email address",
      "Phone number (optional)",
      "What is your message about?",
      "Topic",
      "Summary",
      "Details (optional)",
    ],
  );
  assert.equal(fieldLabel("phone", "es"), "Número de teléfono (opcional)");
  assert.equal(
    fieldLabel("taxYear", "en", "document-request", "form-1098"),
    "Tax year",
  );
  assert.equal(
    fieldLabel("feeDate", "en", "payment-clarification", "late-fee"),
    "Date of the fee (optional)",
  );
  for (const def of Object.values(fields)) {
    assert.ok(!/please|invalid|oops/i.test(def.enter.en));
  }
});

Deno.test("catalog: form fields follow the contract order and only the topic's extras", () => {
  assert.deepEqual(formFields("payment-clarification", "late-fee"), [
    "fullName",
    "loanNumber",
    "propertyAddress",
    "email",
    "phone",
    "category",
    "topic",
    "feeDate",
    "feeAmount",
    "summary",
    "details",
    "requestedAction",
    "attachments",
  ]);
  assert.equal(
    isRequired("saleDate", "hardship", "foreclosure-sale-scheduled"),
    true,
  );
  assert.equal(isRequired("saleDate", "hardship", "loan-modification"), false);
});

Deno.test("catalog: guides put the topic's own first", () => {
  assert.deepEqual(guidesFor("payment-clarification", "late-fee"), [
    "late-fees",
    "how-payments-are-applied",
    "keeping-records",
  ]);
});

Deno.test("recipientFor: designated address by letter unless the servicer accepts email", () => {
  assert.deepEqual(recipientFor(profile, "notice-of-error"), {
    kind: "letter",
    name: "Example Mortgage Servicing",
    attention: "Attn: Notice of Error and Information Requests",
    lines: ["PO Box 1234", "Springfield, IL 62701"],
  });
  assert.equal(recipientFor(profile, "request-for-information").kind, "letter");
  assert.deepEqual(recipientFor(emailProfile, "notice-of-error"), {
    kind: "email",
    address: "noe@servicer.example",
  });
  assert.deepEqual(recipientFor(profile, "hardship"), {
    kind: "email",
    address: "hardship@servicer.example",
  });
  assert.deepEqual(recipientFor(profile, "general"), {
    kind: "email",
    address: "help@servicer.example",
  });
});
