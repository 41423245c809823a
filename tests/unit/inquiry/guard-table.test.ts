import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { type CheckedInquiry, checkInquiry } from "../../../src/inquiry/check.ts";
import { emlFile } from "../../../src/inquiry/files.ts";
import { composeInquiry } from "../../../src/inquiry/compose.ts";
import { findSensitive, type SensitiveKind } from "../../../src/inquiry/guard.ts";
import { lateFeeValues, profile, today } from "./fixtures.ts";

// How people really write numbers, in both languages: every "catch" must stop the message with the
// kinds listed; every "pass" must build an email, a mailto link and an .eml without a false alarm.

const now = new Date(Date.UTC(2026, 10, 27, 15, 0, 0));
const LOAN = "7001234567";

/** What a case changes in a valid late-fee inquiry: the details, or another field, or a file. */
type Values = { details?: string; summary?: string; file?: string };
type Case = [lang: "en" | "es", values: Values | string, kinds?: SensitiveKind[]];

const file = (name: string): Values => ({ file: name });

const mustCatch: Case[] = [
  ["en", "My SSN is 123.45.6789.", ["ssn"]],
  ["en", "SSN 123 - 45 - 6789", ["ssn"]],
  ["en", "social security 123 – 45 – 6789", ["ssn"]],
  ["en", "SSN 123\u201145\u20116789 on the form", ["ssn"]],
  ["en", "SSN 123\u00a045\u00a06789", ["ssn"]],
  ["en", "SSN １２３-４５-６７８９", ["ssn"]],
  ["en", "SSN ١٢٣-٤٥-٦٧٨٩", ["ssn"]],
  ["en", "SSN 123\u200b-45-\u200b6789", ["ssn"]],
  ["en", "SSN 123-45-67\u00ad89", ["ssn"]],
  ["en", "123 . 45 . 6789 is on the form", ["ssn"]],
  ["en", "SSN 123—45—6789", ["ssn"]],
  ["en", "SSN 123\u221245\u22126789", ["ssn"]],
  ["en", "My social is 123 45 6789", ["ssn"]],
  ["en", "SSN: ۱۲۳۴۵۶۷۸۹", ["ssn"]],
  ["en", file("W2_123-45-6789.pdf"), ["ssn"]],
  ["en", file("jsmith123-45-6789.pdf"), ["ssn"]],
  ["en", file("W2_123456789.pdf"), ["ssn"]],
  ["en", file("scan_ssn_219099999.pdf"), ["ssn"]],
  ["en", file("w-2 123.45.6789.png"), ["ssn"]],
  [
    "en",
    { summary: "Question about the SSN on my 1098", details: "The number it shows is 219099999." },
    ["ssn"],
  ],
  ["en", "Paid with 4111 1111 1111 1111", ["card"]],
  ["en", "Paid with 4111.1111.1111.1111", ["card"]],
  ["en", "I paid the fee with 4111-1111 1111-1111", ["card"]],
  ["en", "paid with 5555 5555 5555 4444 yesterday", ["card"]],
  ["en", "4111 - 1111 - 1111 - 1111 was charged", ["card"]],
  ["en", "Payment made with 4012 8888 8888 1881", ["card"]],
  ["en", "card ４１１１ １１１１ １１１１ １１１１", ["card"]],
  ["en", "charged my 4111\u00a01111\u00a01111\u00a01111", ["card"]],
  ["en", "my amex 3782 822463 10005", ["card"]],
  ["en", "use 4111\u200b1111\u200b1111\u200b1111 for the fee", ["card"]],
  ["en", "checking account 1234 5678 9012", ["account"]],
  ["en", "from my checking account 9876 543 210", ["account"]],
  ["en", "savings account 0012.3456.7890", ["account"]],
  ["en", "account number 1234 5678 90", ["account"]],
  ["en", "routing 021 000 021", ["routing"]],
  ["en", file("checking account 1234 5678 9012.pdf"), ["account"]],
  ["es", "Mi número de seguro social es 523.12.4567", ["ssn"]],
  ["es", "seguro social 523 - 12 - 4567", ["ssn"]],
  ["es", "seguro social ٥٢٣-١٢-٤٥٦٧", ["ssn"]],
  ["es", "seguro social ５２３１２４５６７", ["ssn"]],
  ["es", file("W2_523-12-4567.pdf"), ["ssn"]],
  [
    "es",
    { summary: "Pregunta sobre mi seguro social", details: "El número es 523124567." },
    ["ssn"],
  ],
  ["es", "Pagué con 4111 1111 1111 1111", ["card"]],
  ["es", "Pagué con la tarjeta 4111.1111.1111.1111", ["card"]],
  ["es", "Pagué el cargo con 5105 1051 0510 5100", ["card"]],
  ["es", "cuenta de cheques 1234 5678 9012", ["account"]],
  ["es", "mi cuenta de ahorros 0012-3456-7890", ["account"]],
  ["es", "número de ruta 021 000 021", ["routing"]],
];

const mustPass: Case[] = [
  ["en", `Loan ${LOAN} again`],
  ["en", "Loan number 7001 234 567"],
  ["en", "My payment of $1,234.56 was made on 2026-03-15."],
  ["en", "I paid 1234.56 on 03/15/2026"],
  ["en", "Call me at (555) 555-0100 or 555 555 0100"],
  ["en", "My cell is 555.555.0100"],
  ["en", "Phone +1 555 555 0100 after 5 pm"],
  ["en", "Phone ５５５−５５５−０１００"],
  ["en", "ZIP 62704-1234"],
  ["en", "ZIP 62704 1234"],
  ["en", "Dates: 2026.03.15 and 15.03.2026"],
  ["en", "Due 12 01 2026 for 2100.00"],
  ["en", "Tracking 9400 1000 0000 0000 0000 00"],
  ["en", "Tracking 1Z999AA10123456784"],
  ["en", "USPS tracking 9405511899223197428490"],
  ["en", "Send it to PO Box 0100, Springfield, ST 00000"],
  ["en", "Designated address: PO Box 1234, Springfield, IL 62701"],
  ["en", "My old loan number was 4556 7375 8689 9855"],
  ["en", "Reference BHC-20261127-7F3A2C"],
  ["en", "Case number 1234 5678, opened 2025-11-01"],
  ["en", "Confirmation 987 654 321 from your website"],
  ["en", "Last 4 of my SSN are 6789"],
  ["en", "SSN ending in 6789"],
  ["en", "The escrow balance is 1234.56"],
  ["en", "Account balance 2450.00 is wrong"],
  ["en", "I sent check number 1042 for $1,500.00"],
  ["en", "Interest rate 6.375% changed on 2026-09-01"],
  ["en", "Fee of $35 charged on 2026-11-16 to my account"],
  ["en", "I called 1-800-555-0199 about my account"],
  ["en", "Invoice 2026-0042 from the county"],
  ["en", "12 payments of $1,234.56 each"],
  ["en", "Parcel 123 456 789 tax bill"],
  ["en", "Paid on time, with zero\u200bwidth and soft\u00adhyphen pasted in"],
  ["en", "My account was charged 35.00 twice"],
  ["en", file("bank-statement-2026-11.pdf")],
  ["en", file("W2_2025.pdf")],
  ["en", file("receipt_2026-11-01.pdf")],
  ["en", { summary: "My SSN is wrong on the 1098", details: "Case 123456789 was opened." }],
  ["es", `Mi préstamo ${LOAN}`],
  ["es", "Pagué $1,234.56 el 15/03/2026"],
  ["es", "Llame al (555) 555-0100"],
  ["es", "Código postal 62704-1234"],
  ["es", "El saldo de mi cuenta es 1234.56"],
  ["es", "Número de seguimiento 9400 1000 0000 0000 0000 00"],
  ["es", "Apartado 0100, Springfield"],
  ["es", "Pagué 35.00 de cargo por atraso"],
  ["es", "Caso 1234 5678 abierto el 2025-11-01"],
  ["es", file("estado-de-cuenta-2026-11.pdf")],
];

function valuesOf(values: Values | string) {
  const v: Values = typeof values === "string" ? { details: values } : values;
  return {
    ...lateFeeValues,
    loanNumber: LOAN,
    ...(v.summary ? { summary: v.summary } : {}),
    ...(v.details ? { details: v.details } : {}),
    ...(v.file ? { attachments: [{ name: v.file, type: "application/pdf" }] } : {}),
  };
}

const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

Deno.test(`guard table: ${mustCatch.length} ways of writing a number that must be caught`, () => {
  assert.ok(mustCatch.length >= 40);
  assert.ok(mustCatch.filter(([lang]) => lang === "es").length >= 10);
  const misses: string[] = [];
  for (const [lang, values, kinds] of mustCatch) {
    const form = valuesOf(values);
    const found = findSensitive(form);
    if (JSON.stringify(found.map((f) => f.kind)) !== JSON.stringify(kinds)) {
      misses.push(`${JSON.stringify(values)}: found ${JSON.stringify(found)}`);
      continue;
    }
    // Each finding points at the text as typed, so "Mask it" masks what the borrower sees.
    for (const f of found) {
      const texts = [form.summary, form.details, ...form.attachments.map((a) => a.name)];
      assert.ok(texts.some((t) => t.slice(f.start, f.end) === f.text), JSON.stringify(f));
    }
    const result = checkInquiry(form, { lang, today });
    assert.equal(result.ok, false, JSON.stringify(values));
    // A caller that skipped the check still gets no email, mailto or .eml out of it.
    assert.throws(
      () => composeInquiry(form as unknown as CheckedInquiry, { profile, lang, now, today }),
      /sensitive data/,
    );
  }
  assert.deepEqual(misses, []);
});

Deno.test(`guard table: ${mustPass.length} ordinary numbers that must pass`, () => {
  assert.ok(mustPass.length >= 40);
  assert.ok(mustPass.filter(([lang]) => lang === "es").length >= 10);
  const alarms: string[] = [];
  for (const [lang, values] of mustPass) {
    const result = checkInquiry(valuesOf(values), { lang, today });
    if (!result.ok) {
      alarms.push(`${JSON.stringify(values)}: ${JSON.stringify(result.problems)}`);
      continue;
    }
    // Late fees go by email: the body, its mailto link and its .eml are all built.
    const composed = composeInquiry(result.inquiry, { profile, lang, now, today });
    const mailto = decodeURIComponent(composed.mailto!.url);
    for (const text of [composed.message.body, mailto, emlFile(composed)!]) {
      assert.doesNotMatch(text, invisible, JSON.stringify(values));
    }
  }
  assert.deepEqual(alarms, []);
});
