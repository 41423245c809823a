/** Shared shapes of the audit: what a check found and what the reports are built from. */
import { type CheckName, checkNames } from "./checks.ts";
import type { ManualItem } from "./manual.ts";

/** One element that broke a rule. */
export interface FailingNode {
  /** CSS selector of the element (axe's target, joined for shadow/iframe paths). */
  target: string;
  /** The element's HTML, as found; reports must escape it. */
  html: string;
  /** How to fix it, in axe's words (or ours for the extra checks). */
  failureSummary: string;
}

/** One rule broken in one check. */
export interface Violation {
  ruleId: string;
  impact: string;
  description: string;
  help: string;
  helpUrl: string;
  tags: string[];
  nodes: FailingNode[];
}

/** `load` appears only when a page could not be loaded, standing for the checks it stopped. */
export type CheckKind = CheckName | "load";
/** The order checks are reported in: the order they run on a page. */
export const kindOrder: CheckKind[] = ["load", ...checkNames];

/**
 * `error`: the check could not run to the end; it fails the audit like a violation.
 * `skipped`: it could not run for a reason outside the site (no Java for the HTML checker).
 */
export type CheckStatus = "passed" | "failed" | "error" | "skipped";

/** One run of one check on one page in one variant (viewport, colour scheme, widget state). */
export interface Check {
  kind: CheckKind;
  /** Site path, e.g. `/guides/form-1098/`. */
  page: string;
  /** What differs between runs of the same kind, e.g. `375px dark`. */
  variant: string;
  status: CheckStatus;
  violations: Violation[];
  /** The error that stopped it, or a remark such as the number of Tab stops. */
  note?: string;
  durationMs: number;
}

export interface DisabledRule {
  id: string;
  reason: string;
}

export interface ToolVersions {
  axeCore: string;
  axeCorePlaywright: string;
  playwright: string;
  vnu: string;
  chromium: string;
  deno: string;
}

export interface Totals {
  pages: number;
  checks: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  /** Rules broken, counted once per check they were broken in. */
  violations: number;
  /** Elements involved in those violations. */
  nodes: number;
}

/** Everything one audit run found; report.json is this object. */
export interface AuditReport {
  tool: string;
  versions: ToolVersions;
  target: string;
  startedAt: string;
  durationMs: number;
  tags: string[];
  disabledRules: DisabledRule[];
  /** The checks that ran (--only, --skip). */
  checksRun: CheckName[];
  /** axe's include and exclude selectors. */
  include: string[];
  exclude: string[];
  pages: string[];
  checks: Check[];
  /** What each page leaves for a person. */
  manual: { page: string; items: ManualItem[] }[];
  totals: Totals;
}

/** Counts a list of checks. */
export function totalsOf(pages: string[], checks: Check[]): Totals {
  const count = (status: CheckStatus) => checks.filter((c) => c.status === status).length;
  return {
    pages: pages.length,
    checks: checks.length,
    passed: count("passed"),
    failed: count("failed"),
    errors: count("error"),
    skipped: count("skipped"),
    violations: checks.reduce((sum, c) => sum + c.violations.length, 0),
    nodes: checks.reduce(
      (sum, c) => sum + c.violations.reduce((n, v) => n + v.nodes.length, 0),
      0,
    ),
  };
}

/** A check's status from what it found. */
export function statusOf(violations: Violation[]): CheckStatus {
  return violations.length > 0 ? "failed" : "passed";
}
