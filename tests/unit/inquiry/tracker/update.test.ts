import assert from "node:assert/strict";
import "../../../../src/inquiry/i18n/all.ts";
import type { TrackedMessage } from "../../../../src/inquiry/tracker/record.ts";
import { applyUpdate, updateInputOf } from "../../../../src/inquiry/tracker/update.ts";

const today = "2026-12-08";
const made: TrackedMessage = {
  reference: "BHC-20261125-0A1B2C",
  subject: "Loan 1234567 – Notice of Error – Payment applied incorrectly",
  category: "notice-of-error",
  topic: "misapplied-payment",
  created: "2026-11-25",
};

Deno.test("update: a date before the app's earliest, or after today, is refused by name", () => {
  const input = updateInputOf(made);
  const result = applyUpdate(
    made,
    { ...input, sentOn: "1999-12-31", answered: "2026-12-09" },
    { today, lang: "en" },
  );
  assert.deepEqual(result, {
    ok: false,
    problems: [
      { field: "sentOn", message: "Date you sent it must be in 2000 or later" },
      { field: "answered", message: "Date the servicer answered must be today or in the past" },
    ],
  });
  const es = applyUpdate(made, { ...input, sentOn: "0999-01-01" }, { today, lang: "es" });
  assert.deepEqual(!es.ok && es.problems.map((p) => p.message), [
    "Fecha en que lo envió debe ser del año 2000 o posterior",
  ]);
});

Deno.test("update: the dates of the range's ends are kept", () => {
  const result = applyUpdate(
    made,
    { ...updateInputOf(made), sentOn: "2000-01-01", answered: today },
    { today, lang: "en" },
  );
  assert.ok(result.ok);
  assert.equal(result.message.sent?.on, "2000-01-01");
  assert.equal(result.message.answered, today);
});
