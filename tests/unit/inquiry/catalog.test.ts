import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { categoryIds, langs } from "../../../src/inquiry/categories.ts";
import {
  catalog,
  dateRange,
  fieldKinds,
  formFields,
  isRequired,
  recipientFor,
  type Topic,
  type TopicId,
} from "../../../src/inquiry/catalog.ts";
import { fieldLabel, formWords } from "../../../src/inquiry/i18n/form/index.ts";
import { emailProfile, profile } from "./fixtures.ts";

const topicsOf = (category: keyof typeof catalog): readonly Topic<TopicId>[] =>
  catalog[category].topics;
const allTopics = categoryIds.flatMap(topicsOf);

Deno.test("catalog: every category has kebab-case topics, unique, named in every language", () => {
  assert.deepEqual(Object.keys(catalog).sort(), [...categoryIds].sort());
  const ids = allTopics.map((t) => t.id);
  assert.equal(new Set(ids).size, ids.length, "topic ids are unique across categories");
  for (const topic of allTopics) {
    assert.match(topic.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const lang of langs) {
      assert.ok(formWords(lang).topics[topic.id], `${lang} ${topic.id}`);
    }
  }
});

Deno.test("catalog: notice of error lists the eleven error types of 1024.35(b)", () => {
  assert.equal(catalog["notice-of-error"].topics.length, 11);
  assert.deepEqual(
    topicsOf("payment-clarification").map((t) => formWords("en").topics[t.id]),
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
  assert.equal(fieldLabel("taxYear", "en", "document-request", "form-1098"), "Tax year");
  assert.equal(
    fieldLabel("feeDate", "en", "payment-clarification", "late-fee"),
    "Date of the fee (optional)",
  );
  for (const lang of langs) {
    for (const words of Object.values(formWords(lang).fields)) {
      assert.doesNotMatch(words.enter, /please|invalid|oops|por favor|inválid/i);
    }
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
  assert.deepEqual(formFields(), formFields("payment-clarification", "no-such-topic"));
  assert.equal(isRequired("saleDate", "hardship", "foreclosure-sale-scheduled"), true);
  assert.equal(isRequired("saleDate", "hardship", "loan-modification"), false);
});

Deno.test("catalog: a category's topics agree on which dates a field accepts", () => {
  // The schema checks dates per category, so a topic may only override in step with its siblings.
  for (const category of categoryIds) {
    for (const topic of topicsOf(category)) {
      for (const field of topic.fields) {
        const kind = fieldKinds[field.id];
        if (kind.type !== "date") continue;
        assert.equal(dateRange(category, field.id), field.when ?? kind.when, topic.id);
      }
    }
  }
  assert.equal(dateRange("hardship", "saleDate"), "future");
  assert.equal(dateRange("notice-of-error", "saleDate"), "any");
});

Deno.test("catalog: the topics that ask for loss mitigation start its acknowledgement clock", () => {
  for (const topic of allTopics) {
    assert.equal(
      topic.lossMitigation === true,
      topic.deadlines.includes("loss-mitigation-acknowledgement"),
      topic.id,
    );
  }
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
