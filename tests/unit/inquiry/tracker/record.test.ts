import assert from "node:assert/strict";
import {
  exportFile,
  mergeMessages,
  parseExportFile,
  type TrackedMessage,
} from "../../../../src/inquiry/tracker/record.ts";

const today = "2026-12-20";

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
  const parsed = parseExportFile(file, today);
  assert.deepEqual(parsed, { ok: true, messages: [sent, other] });
});

Deno.test("import refuses what is not JSON, another program's JSON, and a damaged file", () => {
  const read = (text: string) => parseExportFile(text, today);
  assert.deepEqual(read("reference,subject\n"), { ok: false, problem: "not-json" });
  assert.deepEqual(read('{"messages":[]}'), { ok: false, problem: "not-ours" });
  assert.deepEqual(read("[1,2,3]"), { ok: false, problem: "not-ours" });
  const file = JSON.parse(exportFile([sent], new Date()));
  file.messages[0].category = "lottery";
  assert.deepEqual(read(JSON.stringify(file)), { ok: false, problem: "damaged" });
  file.messages[0].category = "notice-of-error";
  file.messages[0].topic = "late-fee";
  assert.deepEqual(read(JSON.stringify(file)), { ok: false, problem: "damaged" });
  file.messages[0].topic = "misapplied-payment";
  file.messages[0].sent = { on: "2026-11-26", method: "email", delivered: "2026-11-20" };
  assert.deepEqual(read(JSON.stringify(file)), { ok: false, problem: "damaged" });
  file.messages[0].sent.delivered = "2026-02-30";
  assert.deepEqual(read(JSON.stringify(file)), { ok: false, problem: "damaged" });
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

Deno.test("import: a file of ours cut off or edited is damaged, not foreign", () => {
  const file = exportFile([sent, other], new Date("2026-12-02T10:00:00Z"));
  for (const cut of [file.length - 2, Math.floor(file.length / 2), 80]) {
    assert.deepEqual(parseExportFile(file.slice(0, cut), today), {
      ok: false,
      problem: "damaged",
    }, `cut at ${cut}`);
  }
  const edited = JSON.parse(file);
  edited.version = 2;
  assert.deepEqual(parseExportFile(JSON.stringify(edited), today), {
    ok: false,
    problem: "damaged",
  });
});

Deno.test("import: only dates the app can count from, as the update form allows", () => {
  const read = (m: unknown) =>
    parseExportFile(exportFile([m as TrackedMessage], new Date()), today);
  const refused = [
    { ...made, sent: { on: "9999-12-31", method: "mail" } },
    { ...made, sent: { on: "2026-11-26", method: "mail", delivered: "9999-12-31" } },
    { ...made, created: "2026-12-21" },
    { ...made, created: "1999-12-31" },
    { ...made, created: "0100-01-01" },
    { ...sent, acknowledged: "2027-01-01" },
    { ...sent, answered: "1970-01-01" },
    { ...sent, outcome: { resolved: true, on: "+010000-01-01" } },
    { ...made, saleDate: "2100-01-01" },
    { ...made, saleDate: "1999-12-31" },
  ];
  for (const m of refused) {
    assert.deepEqual(read(m), { ok: false, problem: "damaged" }, JSON.stringify(m));
  }
  const accepted = [
    { ...made, created: "2000-01-01" },
    { ...made, created: today, sent: { on: today, method: "email" } },
    { ...made, saleDate: "2099-12-31" },
  ];
  for (const m of accepted) assert.equal(read(m).ok, true, JSON.stringify(m));
});
