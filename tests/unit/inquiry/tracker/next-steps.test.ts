import "../../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { messageClocks } from "../../../../src/inquiry/tracker/clocks.ts";
import { complaintSummary, followUpMessage } from "../../../../src/inquiry/tracker/follow-up.ts";
import { deadlineRuleIds } from "../../../../src/inquiry/deadline-rules.ts";
import { nextStepsWords } from "../../../../src/inquiry/i18n/next-steps/index.ts";
import { nextStepsFor } from "../../../../src/inquiry/tracker/next-steps.ts";
import type { TrackedMessage } from "../../../../src/inquiry/tracker/record.ts";
import { mailedNotice } from "../../../fixtures/tracked-messages.ts";

const noe: TrackedMessage = { ...mailedNotice, acknowledged: "2026-12-02" };

const steps = (message: TrackedMessage, today: string) =>
  nextStepsFor(message, messageClocks(message, today));

Deno.test("next steps: none while the servicer is within its time", () => {
  assert.equal(steps(noe, "2026-12-20"), undefined);
});

Deno.test("next steps: offered once the answer is overdue, from the category's rules", () => {
  // Received Nov 30: 30 business days end Jan 13, 2027.
  const s = steps(noe, "2027-01-14")!;
  assert.equal(s.reason, "overdue");
  assert.equal(s.missed?.role, "answer");
  assert.equal(s.missed?.dueDate, "2027-01-13");
  assert.deepEqual(s.steps, ["follow-up", "cfpb-complaint", "state-regulator"]);
  const hardship: TrackedMessage = {
    ...noe,
    category: "hardship",
    topic: "loan-modification",
    acknowledged: undefined,
  };
  assert.deepEqual(steps(hardship, "2026-12-10")?.steps, [
    "follow-up",
    "cfpb-complaint",
    "state-regulator",
    "housing-counselor",
  ]);
  assert.equal(steps(hardship, "2026-12-10")?.missed?.role, "acknowledgement");
});

Deno.test("next steps: an answer that did not resolve the problem; none once resolved", () => {
  const unresolved = {
    ...noe,
    answered: "2027-01-05",
    outcome: { resolved: false, on: "2027-01-06" },
  };
  assert.equal(steps(unresolved, "2027-01-06")?.reason, "not-resolved");
  // Filed as an issue not resolved, not as a missing answer: the servicer did answer.
  const followUp = followUpMessage(unresolved, steps(unresolved, "2027-01-06")!, "en");
  assert.equal(followUp.subject, "Loan 1234567 – Escalation – Issue not resolved");
  assert.equal(
    followUpMessage(unresolved, steps(unresolved, "2027-01-06")!, "es").subject,
    "Loan 1234567 – Escalation – Problema sin resolver",
  );
  const resolved = {
    ...noe,
    answered: "2027-01-05",
    outcome: { resolved: true, on: "2027-01-06" },
  };
  assert.equal(steps(resolved, "2027-03-01"), undefined);
});

Deno.test("follow-up: cites the first message, its reference, date and the missed deadline", () => {
  const s = steps(noe, "2027-01-14")!;
  const en = followUpMessage(noe, s, "en");
  assert.equal(en.subject, "Loan 1234567 – Escalation – No answer to an earlier message");
  assert.match(
    en.body,
    /On November 25, 2026 I sent you my notice of error by certified mail \(reference BHC-20261125-0A1B2C/,
  );
  assert.match(en.body, /you received it on November 30, 2026/);
  assert.match(
    en.body,
    /Under 12 CFR 1024\.35\(e\)\(3\)\(i\)\(C\), you had to .* by January 13, 2027 \(estimated\)/,
  );
  assert.match(en.body, /copy of the written notice/, "a 30-day answer can be extended in writing");
  const es = followUpMessage(noe, s, "es");
  assert.equal(es.subject, "Loan 1234567 – Escalation – Sin respuesta a un mensaje anterior");
  assert.match(es.body, /13 de enero de 2027 \(fecha estimada\)/);
});

Deno.test("complaint summary: what happened, dates, references and what the borrower wants", () => {
  const s = steps(noe, "2027-01-14")!;
  const text = complaintSummary(noe, s, { lang: "en", servicerName: "Example Mortgage Servicing" });
  assert.equal(
    text,
    [
      "Company: Example Mortgage Servicing",
      "",
      "What happened",
      '- November 25, 2026: I sent my notice of error, "Loan 1234567 – Notice of Error – Payment applied incorrectly", by certified mail.',
      "- November 30, 2026: the servicer received it.",
      "- December 2, 2026: the servicer acknowledged it.",
      "- January 13, 2027 (estimated): the servicer had to correct the error, or explain in writing why there was no error (12 CFR 1024.35(e)(3)(i)(C)). It did not.",
      "",
      "Reference numbers",
      "- My reference: BHC-20261125-0A1B2C",
      "- Mail tracking number: 9400100000",
      "",
      "What I want",
      "A complete written answer to my message, and correction of any error it finds.",
    ].join("\n"),
  );
  const es = complaintSummary(noe, s, { lang: "es", servicerName: "Example Mortgage Servicing" });
  assert.match(es, /^Compañía: Example Mortgage Servicing\n\nQué pasó\n/);
  assert.match(es, /Número de seguimiento del correo: 9400100000/);
});

/** Words a letter from the borrower never uses about the borrower: they address the borrower. */
const borrowerAddressed = { en: /\byour\b/i, es: /\b(su|sus|usted)\b/i };

Deno.test("follow-up and complaint: the borrower's voice, and the rule of the message's own kind", () => {
  const rfi: TrackedMessage = {
    ...mailedNotice,
    reference: "BHC-20261125-0A1B2D",
    subject: "Loan 1234567 – Request for Information – Who owns my loan",
    category: "request-for-information",
    topic: "loan-owner",
  };
  const cases = [
    { message: mailedNotice, own: "1024.35(d)", other: "1024.36(c)", en: "my notice of error" },
    { message: rfi, own: "1024.36(c)", other: "1024.35(d)", en: "my request for information" },
  ];
  for (const { message, own, other, en } of cases) {
    // Received Nov 30, not acknowledged: the 5-day acknowledgment passed on Dec 7.
    const s = steps(message, "2026-12-08")!;
    assert.equal(s.missed?.role, "acknowledgement");
    for (const lang of ["en", "es"] as const) {
      const letter = followUpMessage(message, s, lang).body;
      const complaint = complaintSummary(message, s, { lang, servicerName: "Example" });
      for (const text of [letter, complaint]) {
        assert.doesNotMatch(text, borrowerAddressed[lang], text);
        assert.ok(text.includes(`12 CFR ${own}`), text);
        assert.ok(!text.includes(other), text);
        assert.ok(
          text.includes(
            lang === "en" ? en : nextStepsWords("es").mine[message.category as "notice-of-error"],
          ),
          text,
        );
      }
    }
    assert.match(
      followUpMessage(message, s, "en").body,
      new RegExp(`you had to acknowledge receipt of ${en} in writing by December 7, 2026`),
    );
  }
});

Deno.test("what a servicer owed, in the borrower's words, for every rule", () => {
  for (const lang of ["en", "es"] as const) {
    const w = nextStepsWords(lang);
    for (const id of [...deadlineRuleIds, "servicer-response"] as const) {
      assert.doesNotMatch(w.owed[id](w.mine["notice-of-error"]), borrowerAddressed[lang], id);
    }
  }
});
