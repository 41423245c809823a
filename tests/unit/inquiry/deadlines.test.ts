import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { describeDeadline, describeSaleThresholds } from "../../../src/inquiry/deadline-text.ts";
import { deadlinesFor, saleThresholdsFor } from "../../../src/inquiry/deadlines.ts";

Deno.test("deadlinesFor: topics no law times get none, or the servicer's own promise", () => {
  assert.deepEqual(deadlinesFor("general", "other-question", "2026-11-27"), []);
  const own = deadlinesFor("general", "other-question", "2026-11-27", {
    responseTimeBusinessDays: 10,
  });
  assert.deepEqual(own.map((d) => [d.ruleId, d.dueDate]), [["servicer-response", "2026-12-11"]]);
  assert.equal(
    describeDeadline(own[0], "en").line,
    "By December 11, 2026 (estimated, 10 business days): the servicer must give a first answer, by its own published promise.",
  );
  // A topic the law times never falls back to the servicer's promise.
  const noe = deadlinesFor("notice-of-error", "other-error", "2026-11-27", {
    responseTimeBusinessDays: 10,
  });
  assert.ok(noe.every((d) => d.ruleId !== "servicer-response"));
});

Deno.test("describeDeadline: every line says estimated, in both languages", () => {
  const [ack, answer] = deadlinesFor("notice-of-error", "misapplied-payment", "2026-11-27");
  assert.equal(
    describeDeadline(ack, "en").line,
    "By December 4, 2026 (estimated, 5 business days): the servicer must acknowledge in writing that it received your notice of error or request (12 CFR 1024.35(d)).",
  );
  assert.equal(
    describeDeadline(answer, "es").line,
    "A más tardar el 12 de enero de 2027 (fecha estimada, 30 días hábiles): el administrador debe corregir el error, o explicarle por escrito por qué no encontró ningún error (12 CFR 1024.35(e)(3)(i)(C)).",
  );
});

Deno.test("describeDeadline: a foreclosure error due before the sale says so", () => {
  const [, answer] = deadlinesFor("notice-of-error", "foreclosure-sale", "2026-11-27", {
    saleDate: "2026-12-10",
  });
  const { line, extension } = describeDeadline(answer, "en");
  assert.match(line, /^By December 9, 2026 \(estimated, the day before the sale/);
  assert.equal(extension, "No extension is allowed (12 CFR 1024.35(e)(3)(ii)).");
});

Deno.test("hardship: a sale 30 days away keeps no acknowledgment, decision or appeal duty", () => {
  const options = { saleDate: "2026-12-27" };
  assert.deepEqual(
    deadlinesFor("hardship", "foreclosure-sale-scheduled", "2026-11-27", options),
    [],
  );
  const thresholds = saleThresholdsFor(
    "hardship",
    "foreclosure-sale-scheduled",
    "2026-11-27",
    options.saleDate,
  );
  assert.deepEqual(thresholds.map((t) => t.met), [false, false, false]);
  const lines = describeSaleThresholds(thresholds, "en");
  assert.match(lines[0], /scheduled for December 27, 2026/);
  assert.match(lines[0], /main home/);
  assert.match(lines[2], /does not have to be decided within 30 days/);
  const es = describeSaleThresholds(thresholds, "es");
  assert.match(es[0], /27 de diciembre de 2026/);
  assert.equal(es.length, lines.length);
});

Deno.test("hardship: a sale 60 days away keeps the acknowledgment and decision, not the appeal", () => {
  const thresholds = saleThresholdsFor("hardship", "loan-modification", "2026-11-27", "2027-01-26");
  assert.deepEqual(thresholds.map((t) => [t.id, t.met]), [
    ["acknowledgement-45", true],
    ["decision-37", true],
    ["appeal-90", false],
  ]);
});
