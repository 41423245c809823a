/** Views of an audit's checks that the reports share: by rule and by page. */
import type { Check, FailingNode, Violation } from "./types.ts";

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

export interface PageGroup {
  page: string;
  checks: Check[];
  violations: number;
  nodes: number;
  status: "passed" | "failed" | "error" | "skipped";
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
      : own.length > 0 && own.every((c) => c.status === "skipped")
      ? "skipped"
      : "passed";
    return { page, checks: own, violations, nodes, status };
  });
}
