import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { checkInquiry } from "../../../src/inquiry/check.ts";
import { parseAmount } from "../../../src/inquiry/schema.ts";
import { today } from "./fixtures.ts";

const en = { lang: "en" as const, today };
const es = { lang: "es" as const, today };

const base = {
  category: "payment-clarification",
  topic: "late-fee",
  fullName: "  Jane   Borrower ",
  loanNumber: "123-456 7",
  propertyAddress: "12 Main St",
  email: "jane@example.com",
  summary: "Late fee charged in error",
  feeAmount: "$1,234.5",
  feeDate: "2026-11-2",
};

Deno.test("checkInquiry: normalises loan number, amounts, dates and text", () => {
  const r = checkInquiry(base, en);
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.inquiry.loanNumber, "1234567");
  assert.equal(r.inquiry.feeAmount, "1234.50");
  assert.equal(r.inquiry.feeDate, "2026-11-02");
  assert.equal(r.inquiry.fullName, "Jane Borrower");
  assert.equal(r.inquiry.phone, undefined);
  assert.deepEqual(r.inquiry.attachments, []);
  assert.equal("paymentDate" in r.inquiry, false);
});

Deno.test("checkInquiry: GOV.UK messages, one per field, in form order", () => {
  const r = checkInquiry({
    category: "payment-clarification",
    topic: "late-fee",
    loanNumber: "12ab",
    email: "jane@",
    phone: "12",
    summary: "x".repeat(301),
    feeDate: "2026-02-30",
  }, en);
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.problems, [
    { field: "fullName", message: "Enter your full name" },
    { field: "loanNumber", message: "Loan number must be 6 to 15 digits" },
    { field: "propertyAddress", message: "Enter the property address" },
    {
      field: "email",
      message: "Enter an email address in the correct format, like name@example.com",
    },
    {
      field: "phone",
      message: "Enter a phone number in the correct format, like (555) 555-0100",
    },
    { field: "feeDate", message: "Date of the fee must be a real date" },
    { field: "feeAmount", message: "Enter the amount of the fee" },
    { field: "summary", message: "Summary must be 300 characters or fewer" },
  ]);
});

Deno.test("checkInquiry: Spanish messages", () => {
  const r = checkInquiry({
    ...base,
    loanNumber: "",
    summary: "",
    feeDate: "2027-01-01",
  }, es);
  assert.deepEqual(!r.ok && r.problems, [
    { field: "loanNumber", message: "Escriba su número de préstamo" },
    {
      field: "feeDate",
      message: "La fecha del cargo debe ser hoy o una fecha pasada",
    },
    { field: "summary", message: "Escriba un resumen" },
  ]);
});

Deno.test("checkInquiry: missing or unknown category and topic", () => {
  const r = checkInquiry({ ...base, category: "nope" }, en);
  assert.deepEqual(!r.ok && r.problems, [{
    field: "category",
    message: "Select what your message is about",
  }]);
  const t = checkInquiry({ ...base, topic: "form-1098" }, en);
  assert.deepEqual(!t.ok && t.problems, [{
    field: "topic",
    message: "Select a topic",
  }]);
  const n = checkInquiry(null, en);
  assert.equal(!n.ok && n.problems[0].field, "fullName");
  assert.equal(!n.ok && n.problems.some((e) => e.field === "category"), true);
});

Deno.test("checkInquiry: no message says please, invalid or oops", () => {
  for (const ctx of [en, es]) {
    const r = checkInquiry({
      category: "document-request",
      topic: "form-1098",
      taxYear: "20x5",
      details: "x".repeat(5001),
      attachments: [{ name: "a.exe", type: "application/x-msdownload" }],
    }, ctx);
    assert.equal(r.ok, false);
    for (const e of !r.ok ? r.problems : []) {
      assert.doesNotMatch(e.message, /please|invalid|oops|por favor|inválid/i);
    }
  }
});

Deno.test("checkInquiry: details, attachments and tax year", () => {
  const doc = { ...base, category: "document-request", topic: "form-1098" };
  const r = checkInquiry({
    ...doc,
    taxYear: "2027",
    details: "x".repeat(5001),
    attachments: [{ name: "scan.exe", type: "application/octet-stream" }],
  }, en);
  assert.deepEqual(!r.ok && r.problems, [
    { field: "taxYear", message: "Tax year must be this year or earlier" },
    { field: "details", message: "Details must be 5000 characters or fewer" },
    {
      field: "attachments",
      message: "The selected file must be a PDF, JPG or PNG",
    },
  ]);
  const ok = checkInquiry({
    ...doc,
    taxYear: "2025",
    details: "x".repeat(5000),
    attachments: [{ name: "1098.pdf", type: "application/pdf" }, {
      name: "photo.JPG",
      type: "",
    }],
  }, en);
  assert.ok(ok.ok);
  assert.deepEqual(ok.inquiry.attachments, [
    { name: "1098.pdf", type: "application/pdf" },
    { name: "photo.JPG", type: "image/jpeg" },
  ]);
  const missing = checkInquiry(doc, en);
  assert.deepEqual(!missing.ok && missing.problems, [{
    field: "taxYear",
    message: "Enter the tax year",
  }]);
});

Deno.test("checkInquiry: a scheduled foreclosure sale must not be in the past", () => {
  const hardship = {
    ...base,
    category: "hardship",
    topic: "foreclosure-sale-scheduled",
  };
  const past = checkInquiry({ ...hardship, saleDate: "2026-11-01" }, en);
  assert.deepEqual(!past.ok && past.problems, [
    {
      field: "saleDate",
      message: "Date of the foreclosure sale must be today or in the future",
    },
  ]);
  const none = checkInquiry(hardship, en);
  assert.deepEqual(!none.ok && none.problems, [{
    field: "saleDate",
    message: "Enter the date of the foreclosure sale",
  }]);
  const ok = checkInquiry({ ...hardship, saleDate: "2026-12-15" }, en);
  assert.ok(ok.ok && ok.inquiry.saleDate === "2026-12-15");
  // A notice of error about an improper sale may name a past sale.
  const noe = checkInquiry({
    ...base,
    category: "notice-of-error",
    topic: "foreclosure-sale",
    saleDate: "2026-10-01",
  }, en);
  assert.ok(noe.ok);
});

Deno.test("parseAmount: dollars and cents", () => {
  assert.equal(parseAmount("$1,234.5"), "1234.50");
  assert.equal(parseAmount("35"), "35.00");
  assert.equal(parseAmount("0.99"), "0.99");
  assert.equal(parseAmount(12.3), "12.30");
  assert.equal(parseAmount("1,23"), null);
  assert.equal(parseAmount("12.345"), null);
  assert.equal(parseAmount("-5"), null);
  assert.equal(parseAmount("abc"), null);
  const zero = checkInquiry({ ...base, feeAmount: "$0.00" }, en);
  assert.deepEqual(!zero.ok && zero.problems, [{
    field: "feeAmount",
    message: "Amount of the fee must be more than $0",
  }]);
});

Deno.test("checkInquiry: loan number lengths", () => {
  assert.ok(checkInquiry({ ...base, loanNumber: "123456" }, en).ok);
  assert.ok(
    checkInquiry({ ...base, loanNumber: "1234-5678-9012-345" }, en).ok,
  );
  assert.equal(checkInquiry({ ...base, loanNumber: "12345" }, en).ok, false);
  assert.equal(
    checkInquiry({ ...base, loanNumber: "1234567890123456" }, en).ok,
    false,
  );
});
