import "../../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { formatDate } from "../../../../src/inquiry/date-text.ts";
import { EARLIEST_DATE, LATEST_SALE_DATE } from "../../../../src/inquiry/dates.ts";
import { categoryIds } from "../../../../src/inquiry/categories.ts";
import { catalog } from "../../../../src/inquiry/catalog.ts";
import { messageClocks } from "../../../../src/inquiry/tracker/clocks.ts";
import { messagesCsv } from "../../../../src/inquiry/tracker/csv.ts";
import { complaintSummary, followUpMessage } from "../../../../src/inquiry/tracker/follow-up.ts";
import { nextStepsFor } from "../../../../src/inquiry/tracker/next-steps.ts";
import type { TrackedMessage } from "../../../../src/inquiry/tracker/record.ts";
import { remindersIcs } from "../../../../src/inquiry/tracker/reminders.ts";
import {
  importMessages,
  putMessage,
  readStored,
  removeMessage,
} from "../../../../src/inquiry/tracker/stored.ts";

const today = "2026-12-08";
const made: TrackedMessage = {
  reference: "BHC-20261125-0A1B2C",
  subject: "Loan 1234567 – Notice of Error – Payment applied incorrectly",
  category: "notice-of-error",
  topic: "misapplied-payment",
  created: "2026-11-25",
};
const other: TrackedMessage = { ...made, reference: "BHC-20261201-FFEE01", created: "2026-12-01" };
/** What an import accepted before the schema had a date range: the page then threw on it. */
const farFuture = { ...made, reference: "BHC-20261130-DEAD00", sent: { on: "9999-12-31" } };

Deno.test("readStored: an entry that cannot be shown is reported with its reference", () => {
  const stored = [made, farFuture, { reference: 7 }, null, other];
  assert.deepEqual(readStored(stored, today), {
    messages: [made, other],
    unreadable: [{ reference: farFuture.reference }, { reference: "" }, { reference: "" }],
  });
  assert.deepEqual(readStored(null, today), { messages: [], unreadable: [] });
  assert.deepEqual(readStored("not JSON", today), {
    messages: [],
    unreadable: [{ reference: "" }],
  });
});

Deno.test("every write keeps what is stored now, readable or not", () => {
  const stored = [farFuture, made, "garbage"];
  const answered = { ...made, sent: { on: "2026-11-26", method: "email" as const } };
  assert.deepEqual(putMessage(stored, answered), [farFuture, answered, "garbage"]);
  assert.deepEqual(putMessage(stored, other), [other, farFuture, made, "garbage"]);
  assert.deepEqual(removeMessage(stored, made.reference), [farFuture, "garbage"]);
  assert.deepEqual(removeMessage(stored, farFuture.reference), [made, "garbage"]);
  // Whatever storage holds that is not a list is one entry, kept.
  assert.deepEqual(putMessage({ odd: true }, other), [other, { odd: true }]);
});

Deno.test("import merges into what is stored now; an unreadable entry stays unless replaced", () => {
  const ten = Array.from({ length: 10 }, (_, i) => ({
    ...made,
    reference: `BHC-202611${10 + i}-00000${i}`,
    created: `2026-11-${10 + i}`,
  }));
  const result = importMessages([made, farFuture], ten, today);
  assert.equal(result.added, 10);
  assert.equal(result.updated, 0);
  assert.equal(result.list.length, 12);
  assert.deepEqual(result.list.at(-1), farFuture);
  assert.deepEqual(readStored(result.list, today).messages.length, 11);

  const mended = { ...made, reference: farFuture.reference, created: "2026-11-30" };
  const again = importMessages(result.list, [mended], today);
  assert.deepEqual([again.added, again.updated], [0, 1]);
  assert.deepEqual(readStored(again.list, today).unreadable, []);
});

Deno.test("every message the schema accepts can be shown: clocks, steps, letters, files", () => {
  // The ends of the range the schema allows, in every topic, answered late and not resolved.
  const days = [EARLIEST_DATE, today];
  let shown = 0;
  for (const category of categoryIds) {
    for (const topic of catalog[category].topics) {
      for (const on of days) {
        for (const method of ["email", "mail"] as const) {
          const m: TrackedMessage = {
            ...made,
            category,
            topic: topic.id,
            created: on,
            saleDate: LATEST_SALE_DATE,
            sent: { on, method },
            outcome: { resolved: false, on: today },
          };
          const [stored] = readStored([m], today).messages;
          assert.ok(stored, JSON.stringify(m));
          for (const lang of ["en", "es"] as const) {
            const clocks = messageClocks(stored, today, { responseTimeBusinessDays: 15 });
            for (const c of clocks) formatDate(c.dueDate, lang);
            const steps = nextStepsFor(stored, clocks);
            if (steps) {
              followUpMessage(stored, steps, lang);
              complaintSummary(stored, steps, { lang, servicerName: "Example" });
            }
            remindersIcs(stored, clocks, { lang, now: new Date(), servicerName: "Example" });
            messagesCsv([{ message: stored, clocks }], lang);
            formatDate(LATEST_SALE_DATE, lang);
            shown++;
          }
        }
      }
    }
  }
  assert.ok(shown > 100);
});
