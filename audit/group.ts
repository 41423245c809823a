/** Views of an audit's checks that the reports share: by rule, by WCAG criterion, by page. */
import type { Check, FailingNode, Violation } from "./types.ts";
import { compareCriteria, criteriaOf, type Criterion } from "./wcag.ts";

/** One place a rule was broken: page, variant, and the elements. */
export interface Occurrence {
  page: string;
  variant: string;
  kind: Check["kind"];
  nodes: FailingNode[];
}

export interface RuleGroup {
  rule: Omit<Violation, "nodes">;
  pages: string[];
  nodeCount: number;
  occurrences: Occurrence[];
}

export interface CriterionGroup {
  /** undefined for rules no success criterion asks for (axe's best practices). */
  criterion?: Criterion;
  rules: RuleGroup[];
  pages: string[];
  nodeCount: number;
}

export interface PageGroup {
  page: string;
  checks: Check[];
  violations: number;
  nodes: number;
  status: "passed" | "failed" | "error";
}

/** Rules broken, most widespread first (then by id). */
export function groupByRule(checks: Check[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const check of checks) {
    for (const { nodes, ...rule } of check.violations) {
      let group = groups.get(rule.ruleId);
      if (!group) {
        group = { rule, pages: [], nodeCount: 0, occurrences: [] };
        groups.set(rule.ruleId, group);
      }
      if (!group.pages.includes(check.page)) group.pages.push(check.page);
      group.nodeCount += nodes.length;
      group.occurrences.push({ page: check.page, variant: check.variant, kind: check.kind, nodes });
    }
  }
  return [...groups.values()].sort((a, b) =>
    b.pages.length - a.pages.length || a.rule.ruleId.localeCompare(b.rule.ruleId)
  );
}

/**
 * Rules broken, under each WCAG success criterion their tags name, in WCAG order; a rule that
 * names two criteria is listed under both. Rules that name none come last, together.
 */
export function groupByCriterion(checks: Check[]): CriterionGroup[] {
  const groups = new Map<string, CriterionGroup>();
  for (const rule of groupByRule(checks)) {
    const criteria: (Criterion | undefined)[] = criteriaOf(rule.rule.tags);
    for (const criterion of criteria.length > 0 ? criteria : [undefined]) {
      const key = criterion?.id ?? "";
      let group = groups.get(key);
      if (!group) {
        group = { criterion, rules: [], pages: [], nodeCount: 0 };
        groups.set(key, group);
      }
      group.rules.push(rule);
      group.nodeCount += rule.nodeCount;
      for (const page of rule.pages) if (!group.pages.includes(page)) group.pages.push(page);
    }
  }
  return [...groups.values()].sort((a, b) =>
    !a.criterion ? 1 : !b.criterion ? -1 : compareCriteria(a.criterion.id, b.criterion.id)
  );
}

/** Every audited page with its checks, in the order the pages were given. */
export function groupByPage(pages: string[], checks: Check[]): PageGroup[] {
  const order = [...new Set([...pages, ...checks.map((c) => c.page)])];
  return order.map((page) => {
    const own = checks.filter((c) => c.page === page);
    const violations = own.reduce((n, c) => n + c.violations.length, 0);
    const nodes = own.reduce(
      (n, c) => n + c.violations.reduce((m, v) => m + v.nodes.length, 0),
      0,
    );
    const status = own.some((c) => c.status === "failed")
      ? "failed"
      : own.some((c) => c.status === "error")
      ? "error"
      : "passed";
    return { page, checks: own, violations, nodes, status };
  });
}
