import assert from "node:assert/strict";
import {
  checkType,
  failed,
  formatDuration,
  summaryLine,
  summaryTable,
  textTable,
} from "../../../audit/summary.ts";
import { totalsOf } from "../../../audit/types.ts";
import { sampleReport } from "./fixture.ts";

Deno.test("formatDuration", () => {
  assert.equal(formatDuration(41_240), "41.2s");
  assert.equal(formatDuration(125_000), "2m 05s");
  assert.equal(formatDuration(0), "0.0s");
});

Deno.test("textTable aligns columns and right-aligns numbers", () => {
  assert.equal(
    textTable(["Check", "Runs"], [["axe 375px light", 60], ["reflow", 7]], ["Runs"]),
    [
      "Check            Runs",
      "---------------  ----",
      "axe 375px light    60",
      "reflow              7",
    ].join("\n"),
  );
});

Deno.test("totals count statuses, violations and elements", () => {
  const report = sampleReport();
  assert.deepEqual(report.totals, {
    pages: 3,
    checks: 4,
    passed: 1,
    failed: 1,
    errors: 2,
    skipped: 0,
    violations: 1,
    nodes: 1,
  });
  assert.deepEqual(totalsOf([], []).checks, 0);
});

Deno.test("the summary table: a row per check type, criteria, rules, errors, disabled rules", () => {
  const table = summaryTable(sampleReport());
  assert.match(table, /^Check\s+Runs\s+Passed\s+Failed\s+Errors\s+Skipped\s+Violations$/m);
  assert.match(table, /^axe 1280px dark\s+1\s+0\s+1\s+0\s+0\s+1$/m);
  assert.match(table, /^widget \/contact\/ message\s+1\s+0\s+0\s+1\s+0\s+0$/m);
  assert.match(table, /^Left for a person: 1 manual checks over 1 pages/m);
  assert.match(table, /^1\.4\.3 Contrast \(Minimum\) \(AA\)\s+color-contrast\s+1\s+1$/m);
  assert.match(table, /^color-contrast\s+serious\s+1\s+1$/m);
  assert.match(table, /^ {2}\/contact\/ {2}widget message: no contact widget/m);
  assert.match(table, /region: landmarks <checked> by hand/);
  assert.equal(
    checkType({ ...sampleReport().checks[2], variant: "letter, 375px dark" }),
    "widget /contact/ letter",
  );
  // Rows follow the order checks run in, not the order they were found.
  assert.ok(table.indexOf("axe 375px light") < table.indexOf("reflow at 320px"));
  assert.ok(table.indexOf("reflow at 320px") < table.indexOf("widget /contact/"));
});

Deno.test("the summary line and the exit decision: a check that could not run fails", () => {
  const report = sampleReport();
  assert.equal(
    summaryLine(report),
    "Accessibility audit FAILED: 3 pages, 4 checks, 1 violations (1 elements), 2 errors, in 2m 05s.",
  );
  assert.equal(failed(report), true);
  const onlyErrors = sampleReport();
  onlyErrors.checks = [onlyErrors.checks[0], onlyErrors.checks[2]];
  onlyErrors.totals = totalsOf(onlyErrors.pages, onlyErrors.checks);
  assert.equal(failed(onlyErrors), true, "a missing widget fails the audit");
  const clean = sampleReport();
  clean.checks = [clean.checks[0]];
  clean.totals = totalsOf(clean.pages, clean.checks);
  assert.equal(failed(clean), false);
  assert.match(summaryLine(clean), /^Accessibility audit passed: .* 0 violations .* 0 errors/);
});
