import assert from "node:assert/strict";
import {
  exportFile,
  mergeMessages,
  parseExportFile,
  parseStoredMessages,
  type TrackedMessage,
} from "../../../../src/inquiry/tracker/record.ts";

/** As the contact widget records a message it built: not sent yet. */
const made: TrackedMessage = {
  reference: "BHC-20261125-0A1B2C",
  subject: "Loan 1234567 – Notice of Error – Payment applied incorrectly",
  category: "notice-of-error",
  topic: "misapplied-payment",
  created: "2026-11-25",
};
const sent: TrackedMessage = { ...made, sent: { on: "2026-11-26", method: "email" } };
const other: TrackedMessage = {
  ...made,
  reference: "BHC-20261201-FFEE01",
  created: "2026-12-01",
  category: "hardship",
  topic: "loan-modification",
  subject: "Loan 1234567 – Hardship Assistance – Loan modification",
};

Deno.test("export then import gives back the same messages", () => {
  const file = exportFile([sent, other], new Date("2026-12-02T10:00:00Z"));
  const parsed = parseExportFile(file);
  assert.deepEqual(parsed, { ok: true, messages: [sent, other] });
});

Deno.test("import refuses what is not JSON, another program's JSON, and a damaged file", () => {
  assert.deepEqual(parseExportFile("reference,subject\n"), { ok: false, problem: "not-json" });
  assert.deepEqual(parseExportFile('{"messages":[]}'), { ok: false, problem: "not-ours" });
  assert.deepEqual(parseExportFile("[1,2,3]"), { ok: false, problem: "not-ours" });
  const file = JSON.parse(exportFile([sent], new Date()));
  file.messages[0].category = "lottery";
  assert.deepEqual(parseExportFile(JSON.stringify(file)), { ok: false, problem: "damaged" });
  file.messages[0].category = "notice-of-error";
  file.messages[0].topic = "late-fee";
  assert.deepEqual(parseExportFile(JSON.stringify(file)), { ok: false, problem: "damaged" });
  file.messages[0].topic = "misapplied-payment";
  file.messages[0].sent = { on: "2026-11-26", method: "email", delivered: "2026-11-20" };
  assert.deepEqual(parseExportFile(JSON.stringify(file)), { ok: false, problem: "damaged" });
  file.messages[0].sent.delivered = "2026-02-30";
  assert.deepEqual(parseExportFile(JSON.stringify(file)), { ok: false, problem: "damaged" });
});

Deno.test("merge adds new messages and never erases a date recorded here", () => {
  const here: TrackedMessage = { ...sent, acknowledged: "2026-11-30" };
  const incoming: TrackedMessage = {
    ...made,
    sent: { on: "2026-11-27", method: "mail", delivered: "2026-12-01" },
    answered: "2026-12-15",
  };
  const result = mergeMessages([here], [incoming, other]);
  assert.equal(result.added, 1);
  assert.equal(result.updated, 1);
  const merged = result.messages.find((m) => m.reference === made.reference)!;
  assert.deepEqual(merged.sent, { on: "2026-11-26", method: "email", delivered: "2026-12-01" });
  assert.equal(merged.acknowledged, "2026-11-30");
  assert.equal(merged.answered, "2026-12-15");
  assert.deepEqual(result.messages.map((m) => m.reference), [other.reference, made.reference]);
  assert.deepEqual(mergeMessages([here], [here]), { messages: [here], added: 0, updated: 0 });
});

Deno.test("storage: a damaged entry is dropped, every good one kept", () => {
  assert.deepEqual(parseStoredMessages([sent, { reference: "x" }, null, 7, other]), [sent, other]);
  assert.deepEqual(parseStoredMessages("not a list"), []);
  assert.deepEqual(parseStoredMessages(null), []);
});
