/**
 * Runs axe-core through @axe-core/playwright's AxeBuilder (tags, include and exclude, frames).
 * axe itself goes into every frame by init script (audit/browser.ts), before the page's own
 * scripts: AxeBuilder would otherwise evaluate its 560 KB source again on every analyse.
 * README ("Writing your own axe test") says what AxeBuilder lacks and why the audit works round it.
 */
import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import type { DisabledRule, FailingNode, Violation } from "./types.ts";

export const axeCoreVersion: string = axe.version;

/** The minified build: it compiles faster in each page than the plain one the module exports. */
export const axeSource: string = readFileSync(
  fileURLToPath(new URL("axe.min.js", import.meta.resolve("axe-core"))),
  "utf8",
);

/**
 * What AxeBuilder evaluates in each frame instead of axe's source: axe is already there from
 * the init script, so this only fails loudly in a frame where it is not.
 */
export const axePresent = "if (typeof axe === 'undefined') throw new Error('axe-core is not " +
  "in this frame (did the init script run?)');";

/** Every rule id axe knows, to check --disable. */
export const axeRules: ReadonlySet<string> = new Set(axe.getRules().map((rule) => rule.ruleId));

export interface AxeOptions {
  tags: string[];
  disabled: DisabledRule[];
  /** CSS selectors axe checks (all of the page when empty) and leaves out. */
  include: string[];
  exclude: string[];
}

/** What one analysis found; `incomplete` only when asked for (axe's "needs review"). */
export interface AxeFindings {
  violations: Violation[];
  incomplete: Violation[];
}

function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "null";
  }
}

/** Whether any frame of the page comes from another origin (about:blank and srcdoc do not). */
export function hasCrossOriginFrame(page: Page): boolean {
  const own = origin(page.url());
  return page.frames().some((frame) => {
    const url = frame.url();
    return /^https?:/.test(url) && origin(url) !== own;
  });
}

type AxeResult = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function toViolation(result: AxeResult): Violation {
  return {
    ruleId: result.id,
    impact: result.impact ?? "unknown",
    description: result.description,
    help: result.help,
    helpUrl: result.helpUrl,
    tags: result.tags,
    nodes: result.nodes.map((node): FailingNode => ({
      // Shadow DOM and frame paths come as nested lists.
      target: node.target.map((part) => Array.isArray(part) ? part.join(" >>> ") : part)
        .join(" | "),
      html: node.html,
      failureSummary: node.failureSummary ?? "",
    })),
  };
}

/** The builder the audit runs: the options' tags, rules, include and exclude. */
export function axeBuilder(page: Page, options: AxeOptions, incomplete = false): AxeBuilder {
  // Only axe's own rules: axe refuses ids it does not know (the extra checks have their own).
  const disabled = options.disabled.map((rule) => rule.id).filter((id) => axeRules.has(id));
  // options() replaces every option, so it comes before withTags() and disableRules().
  let builder = new AxeBuilder({ page, axeSource: axePresent })
    .options({ resultTypes: incomplete ? ["violations", "incomplete"] : ["violations"] })
    .withTags(options.tags);
  if (disabled.length > 0) builder = builder.disableRules(disabled);
  for (const selector of options.include) builder = builder.include(selector);
  for (const selector of options.exclude) builder = builder.exclude(selector);
  // Legacy mode runs axe once in the page and reaches same-origin frames itself; the default
  // mode also reaches cross-origin frames, but opens a new page for every analysis (0.5-1.5 s
  // each here), so it is kept for pages that have such frames.
  return hasCrossOriginFrame(page) ? builder : builder.setLegacyMode(true);
}

/** Analyses the page as it is now, in its current viewport and colour scheme. */
export async function analyze(
  page: Page,
  options: AxeOptions,
  incomplete = false,
): Promise<AxeFindings> {
  const results = await axeBuilder(page, options, incomplete).analyze();
  return {
    violations: results.violations.map(toViolation),
    incomplete: incomplete ? results.incomplete.map(toViolation) : [],
  };
}
