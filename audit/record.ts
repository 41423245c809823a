/**
 * src/data/last-audit.json: what `deno task audit --record` keeps of a run for the accessibility
 * statement. One type for the writer (the audit) and the reader (the statement page), and the
 * rules for which runs may be recorded at all.
 */
import { defaultTags } from "./standard.ts";
import type { AuditReport, DisabledRule, ToolVersions } from "./types.ts";

export interface AuditRecord {
  /** When the run started (ISO 8601). */
  date: string;
  target: string;
  pages: number;
  checks: number;
  violations: number;
  /** Checks that could not run to the end. */
  errors: number;
  tags: string[];
  disabledRules: DisabledRule[];
  tools: ToolVersions;
}

export function toRecord(report: AuditReport): AuditRecord {
  const t = report.totals;
  return {
    date: report.startedAt,
    target: report.target,
    pages: t.pages,
    checks: t.checks,
    violations: t.violations,
    errors: t.errors,
    tags: report.tags,
    disabledRules: report.disabledRules,
    tools: report.versions,
  };
}

/** Why a run with these options may not be recorded, before it starts; "" when it may. */
export function recordRefusal(
  options: { url?: string; tags: string[]; disabled: DisabledRule[] },
): string {
  if (options.url) return "--record records a run of the local build only, not of --url";
  if (options.disabled.length > 0) return "--record cannot record a run with disabled rules";
  const sameTags = options.tags.length === defaultTags.length &&
    defaultTags.every((tag) => options.tags.includes(tag));
  return sameTags ? "" : "--record records a run with the default --tags only";
}

/** Why a finished run may not be recorded; "" when it may. */
export function resultRefusal(report: AuditReport): string {
  const n = report.totals.errors;
  return n > 0 ? `Not recorded: ${n} check${n > 1 ? "s" : ""} could not run.` : "";
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isText = (s: unknown): s is string => typeof s === "string";

/** The record in a parsed JSON value, or undefined when it is not a whole, valid record. */
export function readRecord(value: unknown): AuditRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const tools = r.tools as Record<string, unknown> | null;
  const valid = isText(r.date) && !Number.isNaN(new Date(r.date).getTime()) &&
    isText(r.target) && isCount(r.pages) && isCount(r.checks) && isCount(r.violations) &&
    isCount(r.errors) && Array.isArray(r.tags) && r.tags.every(isText) &&
    Array.isArray(r.disabledRules) &&
    r.disabledRules.every((d) => isText(d?.id) && isText(d?.reason)) &&
    typeof tools === "object" && tools !== null &&
    ["axeCore", "playwright", "chromium", "deno"].every((k) => isText(tools[k]));
  return valid ? value as AuditRecord : undefined;
}
