import assert from "node:assert/strict";
import { clockStart, messageClocks } from "../../../../src/inquiry/tracker/clocks.ts";
import type { TrackedMessage } from "../../../../src/inquiry/tracker/record.ts";

/** A notice of error about a misapplied payment, emailed the day before Thanksgiving 2026. */
const emailed: TrackedMessage = {
  reference: "BHC-20261125-0A1B2C",
  subject: "Loan 1234567 – Notice of Error – Payment applied incorrectly",
  category: "notice-of-error",
  topic: "misapplied-payment",
  created: "2026-11-25",
  sent: { on: "2026-11-25", method: "email" },
};

const statusOn = (message: TrackedMessage, today: string) =>
  Object.fromEntries(messageClocks(message, today).map((c) => [c.role, [c.dueDate, c.status]]));

Deno.test("clocks: every clock of a payment error, from the day an email is sent", () => {
  assert.deepEqual(statusOn(emailed, "2026-11-25"), {
    // Thanksgiving (Nov 26) and the weekend do not count.
    acknowledgement: ["2026-12-03", "waiting"],
    // Christmas Day and New Year's Day do not count.
    answer: ["2027-01-11", "waiting"],
    // Martin Luther King Jr. Day (Jan 18) does not count.
    "extended-answer": ["2027-02-02", "waiting"],
    protection: ["2027-01-24", "active"],
  });
});

Deno.test("clocks: the day before, on and after the acknowledgment's due date", () => {
  // From Monday Nov 30, 3 business days reach Dec 3: due soon from then on.
  assert.deepEqual(statusOn(emailed, "2026-11-27").acknowledgement, ["2026-12-03", "waiting"]);
  assert.deepEqual(statusOn(emailed, "2026-11-30").acknowledgement, ["2026-12-03", "due-soon"]);
  assert.deepEqual(statusOn(emailed, "2026-12-02").acknowledgement, ["2026-12-03", "due-soon"]);
  assert.deepEqual(statusOn(emailed, "2026-12-03").acknowledgement, ["2026-12-03", "due-soon"]);
  assert.deepEqual(statusOn(emailed, "2026-12-04").acknowledgement, ["2026-12-03", "passed"]);
});

Deno.test("clocks: around the New Year holiday, the answer's due-soon window skips it", () => {
  // Dec 31 + 3 business days skips Jan 1 (a holiday) and the weekend: Jan 6.
  assert.equal(statusOn(emailed, "2026-12-31").answer[1], "waiting");
  // Jan 6 + 3 business days = Jan 11: due soon.
  assert.equal(statusOn(emailed, "2027-01-06").answer[1], "due-soon");
  assert.equal(statusOn(emailed, "2027-01-10").answer[1], "due-soon");
  assert.equal(statusOn(emailed, "2027-01-11").answer[1], "due-soon");
  assert.equal(statusOn(emailed, "2027-01-12").answer[1], "passed");
  assert.equal(statusOn(emailed, "2027-01-12")["extended-answer"][1], "waiting");
  assert.equal(statusOn(emailed, "2027-02-02")["extended-answer"][1], "due-soon");
  assert.equal(statusOn(emailed, "2027-02-03")["extended-answer"][1], "passed");
});

Deno.test("clocks: the 60-day credit-reporting protection is in effect through its last day", () => {
  assert.equal(statusOn(emailed, "2027-01-23").protection[1], "active");
  assert.equal(statusOn(emailed, "2027-01-24").protection[1], "active");
  assert.equal(statusOn(emailed, "2027-01-25").protection[1], "ended");
});

Deno.test("clocks: what the borrower records closes the clocks it answers", () => {
  const acknowledged = { ...emailed, acknowledged: "2026-12-01" };
  assert.equal(statusOn(acknowledged, "2026-12-10").acknowledgement[1], "done");
  assert.equal(statusOn(acknowledged, "2026-12-10").answer[1], "waiting");
  const answered = { ...emailed, answered: "2027-01-20" };
  assert.deepEqual(
    Object.values(statusOn(answered, "2027-03-01")).map(([, status]) => status),
    ["done", "done", "done", "ended"],
  );
});

Deno.test("clocks: mail starts when it is delivered, and until then 5 business days after mailing", () => {
  const mailed: TrackedMessage = { ...emailed, sent: { on: "2026-11-25", method: "mail" } };
  assert.deepEqual(clockStart(mailed), { kind: "assumed", on: "2026-12-03" });
  assert.equal(statusOn(mailed, "2026-12-03").acknowledgement[0], "2026-12-10");
  const delivered: TrackedMessage = {
    ...emailed,
    sent: {
      on: "2026-11-25",
      method: "certified-mail",
      tracking: "9400 1000",
      delivered: "2026-11-30",
    },
  };
  assert.deepEqual(clockStart(delivered), { kind: "received", on: "2026-11-30" });
  assert.equal(statusOn(delivered, "2026-12-01").acknowledgement[0], "2026-12-07");
});

Deno.test("clocks: none until the message is sent; the servicer's promise where no law times it", () => {
  const { sent: _, ...unsent } = emailed;
  assert.deepEqual(clockStart(unsent), { kind: "not-sent" });
  assert.deepEqual(messageClocks(unsent, "2026-12-01"), []);
  const question: TrackedMessage = {
    ...emailed,
    category: "general",
    topic: "other-question",
    subject: "Loan 1234567 – General Question – Something else",
  };
  assert.deepEqual(messageClocks(question, "2026-11-25"), []);
  const promised = messageClocks(question, "2026-11-25", { responseTimeBusinessDays: 10 });
  assert.deepEqual(promised.map((c) => [c.role, c.dueDate]), [["answer", "2026-12-10"]]);
});
