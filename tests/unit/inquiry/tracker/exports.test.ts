import "../../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { messageClocks } from "../../../../src/inquiry/tracker/clocks.ts";
import { messagesCsv } from "../../../../src/inquiry/tracker/csv.ts";
import type { TrackedMessage } from "../../../../src/inquiry/tracker/record.ts";
import { remindersIcs } from "../../../../src/inquiry/tracker/reminders.ts";

const noe: TrackedMessage = {
  reference: "BHC-20261125-0A1B2C",
  subject: '=HYPERLINK("x") "quoted", Loan 1234567',
  category: "notice-of-error",
  topic: "misapplied-payment",
  created: "2026-11-25",
  sent: { on: "2026-11-25", method: "email" },
};

Deno.test("reminders: one event per due date still ahead, parsed by ical.js", () => {
  const clocks = messageClocks(noe, "2026-12-04");
  const ics = remindersIcs(noe, clocks, {
    lang: "en",
    now: new Date("2026-12-04T12:00:00Z"),
    servicerName: "Example Mortgage Servicing",
  })!;
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((e) =>
    new ICAL.Event(e)
  );
  // The acknowledgment (Dec 3) has passed; the answer and its extension remain.
  assert.deepEqual(events.map((e) => e.startDate.toString()), ["2027-01-11", "2027-02-02"]);
  assert.match(events[0].summary, /^Answer due \(estimated\): /);
  assert.match(events[1].description, /15 more business days \(to February 2, 2027, estimated\)/);
  assert.equal(new Set(events.map((e) => e.uid)).size, 2);
  assert.equal(
    remindersIcs(noe, messageClocks(noe, "2027-03-01"), {
      lang: "en",
      now: new Date(),
      servicerName: "Example Mortgage Servicing",
    }),
    undefined,
  );
});

Deno.test("csv: every cell quoted, formulas defused, next open due date", () => {
  const csv = messagesCsv([{ message: noe, clocks: messageClocks(noe, "2026-12-04") }], "en");
  // UTF-8 with a byte-order mark, so spreadsheet programs show accents and dashes.
  assert.ok(csv.startsWith('\ufeff"Reference"'));
  const [header, row] = csv.slice(1).split("\r\n");
  assert.match(header, /^"Reference","Subject","Category"/);
  assert.match(
    row,
    /^"BHC-20261125-0A1B2C","'=HYPERLINK\(""x""\) ""quoted"", Loan 1234567","Notice of Error"/,
  );
  assert.match(row, /"2027-01-11"$/);
  assert.ok(csv.endsWith("\r\n"));
  assert.match(messagesCsv([], "es"), /^\ufeff"Referencia","Asunto"/);
});
