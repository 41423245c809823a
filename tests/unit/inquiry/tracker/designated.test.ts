import assert from "node:assert/strict";
import { clockStart, messageClocks } from "../../../../src/inquiry/tracker/clocks.ts";
import { emailNotAccepted } from "../../../../src/inquiry/tracker/designated.ts";
import type { TrackedMessage } from "../../../../src/inquiry/tracker/record.ts";
import { mailedNotice } from "../../../fixtures/tracked-messages.ts";

// 12 CFR 1024.35(c): "A servicer may, by written notice provided to a borrower, establish an
// address that a borrower must use to submit a notice of error in accordance with the procedures
// in this section." 1024.36(b) says the same of information requests. Comment 35(c)-4: a servicer
// "may, but need not, establish a process for receiving notices of error through email".

const byMail = { acceptsEmail: false };
const byEmailToo = { acceptsEmail: true };
const emailed: TrackedMessage = { ...mailedNotice, sent: { on: "2026-11-30", method: "email" } };
const rfi: TrackedMessage = {
  ...emailed,
  category: "request-for-information",
  topic: "loan-owner",
};

Deno.test("an emailed notice of error or information request may not count: each kind's rule", () => {
  assert.deepEqual(emailNotAccepted("notice-of-error", "email", byMail), {
    kind: "notice-of-error",
    citation: "12 CFR 1024.35(c)",
  });
  assert.deepEqual(emailNotAccepted("request-for-information", "email", byMail), {
    kind: "request-for-information",
    citation: "12 CFR 1024.36(b)",
  });
  // Mail reaches the designated address; a servicer that takes email takes it; other kinds of
  // message have no designated address.
  assert.equal(emailNotAccepted("notice-of-error", "mail", byMail), undefined);
  assert.equal(emailNotAccepted("notice-of-error", "certified-mail", byMail), undefined);
  assert.equal(emailNotAccepted("notice-of-error", "email", byEmailToo), undefined);
  assert.equal(emailNotAccepted("payment-clarification", "email", byMail), undefined);
  assert.equal(emailNotAccepted("notice-of-error", "email", undefined), undefined);
});

Deno.test("no 1024.35 or 1024.36 clock runs from an email the servicer need not treat as one", () => {
  for (const message of [emailed, rfi]) {
    assert.equal(clockStart(message, byMail).kind, "email-not-accepted");
    assert.deepEqual(messageClocks(message, "2026-12-08", { designated: byMail }), []);
    // Where the servicer takes them by email, the clocks run from the day it was sent.
    assert.deepEqual(clockStart(message, byEmailToo), { kind: "received", on: "2026-11-30" });
    assert.ok(messageClocks(message, "2026-12-08", { designated: byEmailToo }).length > 0);
  }
  // Mailed, it counts from delivery as before.
  assert.equal(clockStart(mailedNotice, byMail).kind, "received");
  assert.ok(messageClocks(mailedNotice, "2026-12-08", { designated: byMail }).length > 0);
});
