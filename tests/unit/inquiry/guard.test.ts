import assert from "node:assert/strict";
import { findSensitive, mask, maskValue, scanText } from "../../../src/inquiry/guard.ts";

Deno.test("findSensitive: reports field, kind and position", () => {
  const details = "Please check. My SSN is 123-45-6789 and card 4111 1111 1111 1111.";
  const findings = findSensitive({ summary: "Late fee", details, loanNumber: "1234567" });
  assert.deepEqual(findings, [
    { field: "details", kind: "ssn", start: 24, end: 35, text: "123-45-6789" },
    { field: "details", kind: "card", start: 45, end: 64, text: "4111 1111 1111 1111" },
  ]);
  assert.equal(details.slice(24, 35), "123-45-6789");
});

Deno.test("findSensitive: an SSN typed in the loan number field is caught", () => {
  const findings = findSensitive({ loanNumber: "123-45-6789" });
  assert.deepEqual(findings.map((f) => f.kind), ["ssn"]);
});

Deno.test("scanText: the borrower's own loan number is never a bank account or card", () => {
  assert.deepEqual(
    scanText("account 4111111111111111", "details", { loanNumber: "4111111111111111" }),
    [],
  );
  assert.deepEqual(
    scanText("checking account 987654321", "details", { loanNumber: "987654321" }),
    [],
  );
  assert.equal(scanText("checking account 987654321", "details").length, 1);
});

Deno.test("mask: keeps only the last four digits", () => {
  assert.equal(maskValue("123-45-6789", "ssn"), "***-**-6789");
  assert.equal(maskValue("4111 1111 1111 1111", "card"), "**** **** **** 1111");
  assert.equal(maskValue("021000021", "routing"), "*****0021");
  assert.equal(maskValue("Hunter2!", "password"), "********");
  const text = "My SSN is 123-45-6789.";
  const [finding] = scanText(text, "details");
  assert.equal(mask(text, finding), "My SSN is ***-**-6789.");
});

Deno.test("scanText: ordinary numbers are left alone", () => {
  for (
    const text of [
      "Paid $1,234.56 on 2026-03-15",
      "(555) 555-0100 or 555-555-0100",
      "ZIP 12345 and 12345-6789",
      "Loan 7001234567 for tax year 2025",
      "Reference BHC-20261127-7F3A2C",
    ]
  ) assert.deepEqual(scanText(text, "details", { loanNumber: "7001234567" }), [], text);
});
