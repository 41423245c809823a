import assert from "node:assert/strict";
import type { Message } from "../../../../src/inquiry/message.ts";
import { addBuilt } from "../../../../src/inquiry/tracker/built.ts";
import { likelySendMethod } from "../../../../src/inquiry/tracker/likely-method.ts";
import type { TrackedMessage } from "../../../../src/inquiry/tracker/record.ts";

const entry: TrackedMessage = {
  reference: "BHC-20261129-0A1B2C",
  subject: "Loan 1234567 – Notice of Error – Late fee charged in error",
  category: "notice-of-error",
  topic: "unreasonable-fee",
  created: "2026-11-29",
};

Deno.test("a built message goes first in My messages", () => {
  const older = { ...entry, reference: "BHC-20261101-000001" };
  assert.deepEqual(addBuilt([older], entry), [entry, older]);
});

Deno.test("building the same message again keeps what the borrower recorded about it", () => {
  const recorded = { ...entry, sent: { on: "2026-11-29", method: "email" } };
  assert.equal(addBuilt([recorded], entry), undefined);
});

Deno.test("storage that holds something other than a list keeps it, after the new entry", () => {
  assert.deepEqual(addBuilt({ not: "a list" }, entry), [entry, { not: "a list" }]);
  assert.deepEqual(addBuilt(null, entry), [entry]);
});

Deno.test("a letter is most likely mailed, an email emailed, until the borrower says", () => {
  assert.equal(likelySendMethod({ kind: "letter" } as Message), "mail");
  assert.equal(likelySendMethod({ kind: "email" } as Message), "email");
});
