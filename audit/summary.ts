/** The console summary: a table per check type, the criteria broken, and one line. */
import { groupByCriterion, groupByRule } from "./group.ts";
import { checkInfo } from "./checks.ts";
import { type AuditReport, type Check, kindOrder } from "./types.ts";
import { criterionTitle } from "./wcag.ts";

/** `2m 05s`, `41.2s`. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}m ${String(total % 60).padStart(2, "0")}s`;
}

/** A plain-text table; columns whose header is in `numeric` are right-aligned. */
export function textTable(headers: string[], rows: (string | number)[][], numeric: string[] = []) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) =>
    row.map((cell, i) =>
      numeric.includes(headers[i]) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])
    ).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)]
    .join("\n");
}

/** The row a check counts in: the check type and variant, without the page. */
export function checkType(check: Check): string {
  switch (check.kind) {
    case "axe":
      return `axe ${check.variant}`;
    case "keyboard":
      return "keyboard walk (focus visible, no trap)";
    case "reflow":
      return "reflow at 320px";
    case "zoom":
      return "text zoom 200% at 1280px";
    case "widget":
      return `widget ${check.page} ${check.variant.replace(/, \d+px \w+$/, "")}`;
    case "load":
      return "page load";
    default:
      return `${check.kind} (${checkInfo[check.kind].criteria})`;
  }
}

/** Counts per check type, then the criteria and rules broken if any, then disabled rules. */
export function summaryTable(report: AuditReport): string {
  const types = new Map<string, Check[]>();
  for (const check of report.checks) {
    const type = checkType(check);
    types.set(type, [...(types.get(type) ?? []), check]);
  }
  const headers = ["Check", "Runs", "Passed", "Failed", "Errors", "Skipped", "Violations"];
  const byKind = [...types].sort(([, a], [, b]) =>
    kindOrder.indexOf(a[0].kind) - kindOrder.indexOf(b[0].kind)
  );
  const rows = byKind.map(([type, checks]) => {
    const count = (status: Check["status"]) => checks.filter((c) => c.status === status).length;
    return [
      type,
      checks.length,
      count("passed"),
      count("failed"),
      count("error"),
      count("skipped"),
      checks.reduce((n, c) => n + c.violations.length, 0),
    ];
  });
  const parts = [textTable(headers, rows, headers.slice(1))];
  const criteria = groupByCriterion(report.checks);
  if (criteria.length > 0) {
    parts.push(
      "",
      textTable(
        ["WCAG success criterion", "Rules", "Pages", "Elements"],
        criteria.map((g) => [
          g.criterion ? criterionTitle(g.criterion) : "Best practice (no success criterion)",
          g.rules.map((r) => r.rule.ruleId).join(", "),
          g.pages.length,
          g.nodeCount,
        ]),
        ["Pages", "Elements"],
      ),
      "",
      textTable(
        ["Rule", "Impact", "Pages", "Elements"],
        groupByRule(report.checks).map((g) => [
          g.rule.ruleId,
          g.rule.impact,
          g.pages.length,
          g.nodeCount,
        ]),
        ["Pages", "Elements"],
      ),
    );
  }
  const errors = report.checks.filter((c) => c.status === "error");
  if (errors.length > 0) {
    parts.push("", "Checks that could not run:");
    for (const c of errors) parts.push(`  ${c.page}  ${c.kind} ${c.variant}: ${c.note ?? ""}`);
  }
  const manual = report.manual.reduce((n, m) => n + m.items.length, 0);
  if (manual > 0) {
    parts.push(
      "",
      `Left for a person: ${manual} manual checks over ${report.manual.length} pages ` +
        "(report.html lists them by WCAG criterion).",
    );
  }
  if (report.disabledRules.length > 0) {
    parts.push("", "Disabled rules:");
    for (const rule of report.disabledRules) parts.push(`  ${rule.id}: ${rule.reason}`);
  }
  return parts.join("\n");
}

/** Whether the run failed: any violation, or any check that could not run to the end. */
export function failed(report: AuditReport): boolean {
  return report.totals.violations > 0 || report.totals.errors > 0;
}

/** The one line that says how it went. */
export function summaryLine(report: AuditReport): string {
  const t = report.totals;
  return `Accessibility audit ${failed(report) ? "FAILED" : "passed"}: ${t.pages} pages, ` +
    `${t.checks} checks, ${t.violations} violations (${t.nodes} elements), ` +
    `${t.errors} errors${t.skipped ? `, ${t.skipped} not run` : ""}, in ` +
    `${formatDuration(report.durationMs)}.`;
}
