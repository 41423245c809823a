import assert from "node:assert/strict";
import {
  checkType,
  failed,
  formatDuration,
  lastAudit,
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
    skipped: 1,
    errors: 1,
    violations: 1,
    nodes: 1,
  });
  assert.deepEqual(totalsOf([], []).checks, 0);
});

Deno.test("the summary table has a row per check type and lists rules and disabled rules", () => {
  const table = summaryTable(sampleReport());
  assert.match(table, /^Check\s+Runs\s+Passed\s+Failed\s+Skipped\s+Errors\s+Violations$/m);
  assert.match(table, /^axe 1280px dark\s+1\s+0\s+1\s+0\s+0\s+1$/m);
  assert.match(table, /^widget result state\s+1\s+0\s+0\s+1\s+0\s+0$/m);
  assert.match(table, /^color-contrast\s+serious\s+1\s+1$/m);
  assert.match(table, /region: landmarks <checked> by hand/);
  assert.equal(
    checkType({ ...sampleReport().checks[2], variant: "error state, 375px dark" }),
    "widget error state",
  );
});

Deno.test("the summary line and the exit decision", () => {
  const report = sampleReport();
  assert.equal(
    summaryLine(report),
    "Accessibility audit FAILED: 3 pages, 4 checks, 1 violations (1 elements), 1 skipped, 1 errors, in 2m 05s.",
  );
  assert.equal(failed(report), true);
  const onlySkipped = sampleReport();
  onlySkipped.checks = [onlySkipped.checks[0], onlySkipped.checks[2]];
  onlySkipped.totals = totalsOf(onlySkipped.pages, onlySkipped.checks);
  assert.equal(failed(onlySkipped), false, "a skipped widget check does not fail the audit");
  assert.match(
    summaryLine(onlySkipped),
    /^Accessibility audit passed: .* 0 violations .* 1 skipped, 0 errors/,
  );
});

Deno.test("lastAudit keeps what the statement page shows", () => {
  assert.deepEqual(lastAudit(sampleReport()), {
    date: "2025-11-27T23:00:00.000Z",
    target: "https://help.example.com/",
    pages: 3,
    checks: 4,
    violations: 1,
    skipped: 1,
    errors: 1,
    tags: ["wcag2a", "wcag2aa"],
    disabledRules: [{ id: "region", reason: `landmarks <checked> by hand & "reviewed"` }],
    tools: { axeCore: "4.14.1", playwright: "1.65.1", chromium: "156", deno: "2.9.6" },
  });
});
