import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { simpleParser } from "mailparser";
import ICAL from "ical.js";
import { emlFile, icsFile } from "../../../src/inquiry/files.ts";
import { composeInquiry } from "../../../src/inquiry/compose.ts";
import { checked, lateFee, lateFeeValues, profile } from "./fixtures.ts";

const now = new Date(Date.UTC(2026, 10, 27, 14, 3, 0));
const today = "2026-11-27";

Deno.test("composeInquiry: email, mailto, .eml and reminder agree", async () => {
  const c = composeInquiry(lateFee, { profile, lang: "en", now, today });
  assert.equal(c.message.subject, "Loan 1234567 – Payment Clarification – Late fee");
  assert.ok(c.mailto?.url.startsWith("mailto:help@servicer.example?subject=Loan%201234567"));
  const mail = await simpleParser(emlFile(c)!);
  assert.equal(mail.subject, c.message.subject);
  assert.equal(mail.text, c.message.body + "\n");
  assert.equal(c.reminder?.ruleId, "servicer-response");
  const event = new ICAL.Event(
    new ICAL.Component(ICAL.parse(icsFile(c)!)).getFirstSubcomponent("vevent")!,
  );
  assert.equal(event.startDate.toString(), "2026-12-11");
  assert.deepEqual(c.tone, []);
});

Deno.test("composeInquiry: a letter has no email outputs; the reminder is the substantive answer", () => {
  const c = composeInquiry(
    checked({ ...lateFeeValues, category: "notice-of-error", topic: "misapplied-payment" }),
    { profile, lang: "en", now, today },
  );
  assert.equal(c.message.kind, "letter");
  assert.equal(emlFile(c), undefined);
  assert.equal(c.mailto, undefined);
  assert.equal(c.reminder?.ruleId, "notice-of-error");
  assert.match(icsFile(c)!, /DTSTART;VALUE=DATE:20270112/);
});

Deno.test("composeInquiry: the borrower's local date wins over the UTC date of the clock", () => {
  const late = new Date(Date.UTC(2026, 10, 28, 3, 0, 0));
  const c = composeInquiry(lateFee, { profile, lang: "en", now: late, today: "2026-11-27" });
  assert.match(c.message.reference, /^BHC-20261127-/);
  assert.match(c.message.body, /Date: November 27, 2026/);
});

Deno.test("composeInquiry: tone advice comes with the message, worded by the dictionaries", () => {
  const c = composeInquiry(
    checked({ ...lateFeeValues, details: "STOP CHARGING ME THESE FEES!!! You are incompetent." }),
    { profile, lang: "en", now, today },
  );
  assert.deepEqual(c.tone.map((h) => h.kind), ["capitals", "exclamations", "insult"]);
});
