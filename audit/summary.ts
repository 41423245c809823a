/** The console summary (a table and one line) and the last-audit record the statement page shows. */
import { groupByRule } from "./group.ts";
import type { AuditReport, Check, DisabledRule, ToolVersions } from "./types.ts";

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
      return `widget ${check.variant.split(",")[0]}`;
  }
}

/** Counts per check type, then the rules broken if any. */
export function summaryTable(report: AuditReport): string {
  const types = new Map<string, Check[]>();
  for (const check of report.checks) {
    const type = checkType(check);
    types.set(type, [...(types.get(type) ?? []), check]);
  }
  const headers = ["Check", "Runs", "Passed", "Failed", "Skipped", "Errors", "Violations"];
  const rows = [...types].map(([type, checks]) => {
    const count = (status: Check["status"]) => checks.filter((c) => c.status === status).length;
    return [
      type,
      checks.length,
      count("passed"),
      count("failed"),
      count("skipped"),
      count("error"),
      checks.reduce((n, c) => n + c.violations.length, 0),
    ];
  });
  const parts = [textTable(headers, rows, headers.slice(1))];
  const rules = groupByRule(report.checks);
  if (rules.length > 0) {
    parts.push(
      "",
      textTable(
        ["Rule", "Impact", "Pages", "Elements"],
        rules.map((g) => [g.rule.ruleId, g.rule.impact, g.pages.length, g.nodeCount]),
        ["Pages", "Elements"],
      ),
    );
  }
  if (report.disabledRules.length > 0) {
    parts.push("", "Disabled rules:");
    for (const rule of report.disabledRules) parts.push(`  ${rule.id}: ${rule.reason}`);
  }
  return parts.join("\n");
}

/** Whether the run failed: any violation, or any check that could not finish. */
export function failed(report: AuditReport): boolean {
  return report.totals.violations > 0 || report.totals.errors > 0;
}

/** The one line that says how it went. */
export function summaryLine(report: AuditReport): string {
  const t = report.totals;
  return `Accessibility audit ${failed(report) ? "FAILED" : "passed"}: ${t.pages} pages, ` +
    `${t.checks} checks, ${t.violations} violations (${t.nodes} elements), ` +
    `${t.skipped} skipped, ${t.errors} errors, in ${formatDuration(report.durationMs)}.`;
}

/** What src/data/last-audit.json holds; the accessibility statement shows it. */
export interface LastAudit {
  date: string;
  target: string;
  pages: number;
  checks: number;
  violations: number;
  skipped: number;
  errors: number;
  tags: string[];
  disabledRules: DisabledRule[];
  tools: ToolVersions;
}

export function lastAudit(report: AuditReport): LastAudit {
  const t = report.totals;
  return {
    date: report.startedAt,
    target: report.target,
    pages: t.pages,
    checks: t.checks,
    violations: t.violations,
    skipped: t.skipped,
    errors: t.errors,
    tags: report.tags,
    disabledRules: report.disabledRules,
    tools: report.versions,
  };
}
