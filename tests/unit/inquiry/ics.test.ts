import assert from "node:assert/strict";
import fc from "fast-check";
import ICAL from "ical.js";
import { buildIcs, escapeText, foldLine } from "../../../src/inquiry/ics.ts";
import { singleLine } from "../../../src/inquiry/text.ts";
import { addCalendarDays } from "../../../src/inquiry/dates.ts";

const stamp = new Date(Date.UTC(2026, 10, 27, 14, 3, 0));

Deno.test("buildIcs: an all-day event with a reminder, CRLF line ends", () => {
  const ics = buildIcs({
    uid: "BHC-20261127-7F3A2C-notice-of-error@borrower-help-center",
    stamp,
    date: "2027-01-12",
    summary: "Answer due; Loan 1234567, estimated",
    description: "Line one\nLine two",
  }, "Maple Leaf Home Loans");
  const lines = ics.split("\r\n");
  // The operator's name, from the profile: the file says who made it.
  assert.ok(lines.includes("PRODID:-//Maple Leaf Home Loans//Reminders//EN"));
  assert.equal(lines.at(-1), "");
  assert.ok(lines.includes("DTSTART;VALUE=DATE:20270112"));
  assert.ok(lines.includes("DTEND;VALUE=DATE:20270113"));
  assert.ok(lines.includes("DTSTAMP:20261127T140300Z"));
  assert.ok(lines.includes("SUMMARY:Answer due\\; Loan 1234567\\, estimated"));
  assert.ok(lines.includes("DESCRIPTION:Line one\\nLine two"));
  assert.ok(lines.includes("BEGIN:VALARM") && lines.includes("TRIGGER:-PT15H"));
  assert.doesNotMatch(ics.replace(/\r\n/g, ""), /[\r\n]/);
});

Deno.test("escapeText and foldLine", () => {
  assert.equal(escapeText("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
  const folded = foldLine("SUMMARY:" + "é".repeat(80));
  for (const line of folded.split("\r\n")) assert.ok(new TextEncoder().encode(line).length <= 75);
  assert.equal(
    folded.split("\r\n").map((l, i) => (i ? l.slice(1) : l)).join(""),
    "SUMMARY:" + "é".repeat(80),
  );
});

Deno.test("buildIcs: parses with ical.js to the due date and the same text", () => {
  fc.assert(
    fc.property(
      fc.date({
        min: new Date("2020-01-01T00:00:00Z"),
        max: new Date("2040-12-31T00:00:00Z"),
        noInvalidDate: true,
      }),
      fc.oneof(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.constantFrom("x\r\nDTSTART:19700101", "a;b,c\\d"),
      ),
      (when, summary) => {
        const date = when.toISOString().slice(0, 10);
        const ics = buildIcs({
          uid: "u-1@example",
          stamp,
          date,
          summary,
          description: "Reference BHC-1",
        }, "Example Mortgage Servicing");
        const event = new ICAL.Event(
          new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!,
        );
        assert.equal(event.startDate.toString(), date);
        assert.equal(event.startDate.isDate, true);
        assert.equal(event.endDate.toString(), addCalendarDays(date, 1));
        assert.equal(event.uid, "u-1@example");
        assert.equal(event.summary ?? "", singleLine(summary));
        for (const line of ics.split("\r\n")) {
          assert.ok(new TextEncoder().encode(line).length <= 75);
        }
      },
    ),
    { numRuns: 300 },
  );
});
