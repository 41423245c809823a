/** report.json: the whole audit, plus the same findings by WCAG criterion, by rule and by page. */
import { groupByCriterion, groupByPage, groupByRule } from "./group.ts";
import type { AuditReport } from "./types.ts";

export function reportJson(report: AuditReport): string {
  const byCriterion = groupByCriterion(report.checks).map((g) => ({
    criterion: g.criterion?.id ?? null,
    name: g.criterion?.name ?? "Best practice (no success criterion)",
    level: g.criterion?.level ?? null,
    rules: g.rules.map((r) => r.rule.ruleId),
    pages: g.pages,
    nodes: g.nodeCount,
  }));
  const byRule = groupByRule(report.checks).map((g) => ({
    ...g.rule,
    pages: g.pages,
    nodes: g.nodeCount,
    occurrences: g.occurrences,
  }));
  const byPage = groupByPage(report.pages, report.checks).map((g) => ({
    page: g.page,
    status: g.status,
    violations: g.violations,
    nodes: g.nodes,
    rules: [...new Set(g.checks.flatMap((c) => c.violations.map((v) => v.ruleId)))],
  }));
  // The manual list again by criterion, as the HTML report shows it.
  const manualByCriterion = new Map<
    string,
    { criterion: string; name: string; test: string; pages: string[] }
  >();
  for (const { page, items } of report.manual) {
    for (const item of items) {
      const group = manualByCriterion.get(item.criterion.id) ??
        { criterion: item.criterion.id, name: item.criterion.name, test: item.test, pages: [] };
      group.pages.push(page);
      manualByCriterion.set(item.criterion.id, group);
    }
  }
  return JSON.stringify(
    { ...report, byCriterion, byRule, byPage, manualByCriterion: [...manualByCriterion.values()] },
    null,
    2,
  ) + "\n";
}
