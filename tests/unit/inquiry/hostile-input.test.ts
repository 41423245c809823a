import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { checkInquiry } from "../../../src/inquiry/check.ts";
import { emlFile, icsFile } from "../../../src/inquiry/files.ts";
import { composeInquiry } from "../../../src/inquiry/compose.ts";
import { utf8 } from "../../../src/inquiry/text.ts";
import { lateFeeValues, profile, today } from "./fixtures.ts";

// What borrowers actually paste: right-to-left text, emoji, very long details and rich text
// copied from a word processor or web page. Every output must stay well formed and parseable.

const now = new Date(Date.UTC(2026, 10, 27, 15, 0, 0));
// deno-lint-ignore no-control-regex
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const cases: Record<string, { summary: string; details: string }> = {
  "right-to-left text and bidi overrides": {
    summary: "رسوم التأخير — late fee \u202Egnirevo\u202C שלום",
    details: "دفعت في الوقت المحدد. \u2067מזהה\u2069 payment on time.",
  },
  "emoji with joiners and flags": {
    summary: "Late fee 😡👨‍👩‍👧‍👦🇺🇸 charged twice",
    details: "I paid on time 🙏🏽. Two fees: 💵💵.",
  },
  "5,000 characters of details": {
    summary: "Late fee although I paid on the first of the month",
    details: "I paid on time and kept the receipt. ".repeat(200).slice(0, 5000),
  },
  "pasted rich text": {
    summary: "“Late fee” — charged\u00a0after\u200b I paid\tin full",
    details: "<p><b>Payment</b> sent 11/01</p>\r\n\u2028• Receipt&nbsp;#A-55\u00ad12\r\n\r\n" +
      "Ｆｕｌｌｗｉｄｔｈ text and “smart quotes” and ‘apostrophes’…\u000b\u000c",
  },
};

for (const [name, text] of Object.entries(cases)) {
  Deno.test(`${name}: validates, and the email, subject and reminder stay well formed`, async () => {
    const result = checkInquiry({ ...lateFeeValues, ...text }, { lang: "en", today });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    const composed = composeInquiry(result.inquiry, { profile, lang: "en", now, today });
    const { subject, body } = composed.message;

    assert.ok(subject.length <= 120, subject);
    assert.doesNotMatch(subject, controls);
    assert.doesNotMatch(subject, /[\r\n\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    assert.ok(subject.isWellFormed());
    // Header lines within 78 octets (RFC 5322 2.1.1); quoted-printable body lines within 76
    // (RFC 2045 6.7), with soft breaks that decode to the unwrapped body exactly.
    const [head, encoded] = emlFile(composed)!.split("\r\n\r\n");
    for (const line of head.split("\r\n")) assert.ok(utf8(line).length <= 78, line);
    for (const line of encoded.split("\r\n")) assert.ok(utf8(line).length <= 76, line);

    const mail = await simpleParser(emlFile(composed)!);
    assert.equal(mail.subject, subject);
    assert.equal(mail.text, body + "\n");
    assert.deepEqual(
      [...mail.headers.keys()].sort(),
      [
        "content-transfer-encoding",
        "content-type",
        "date",
        "from",
        "message-id",
        "mime-version",
        "subject",
        "to",
      ],
    );

    const event = new ICAL.Component(ICAL.parse(icsFile(composed)!)).getFirstSubcomponent(
      "vevent",
    )!;
    assert.equal(event.getFirstPropertyValue("dtstart")!.toString(), composed.reminder!.dueDate);

    const mailto = new URL(composed.mailto!.url);
    assert.equal(new URLSearchParams(mailto.search).get("subject"), subject);
  });
}
