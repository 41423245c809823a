/** Runs axe-core in a loaded page: its source goes in by init script, so it is in every frame. */
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

/** Every rule id axe knows, to check --disable. */
export const axeRules: ReadonlySet<string> = new Set(axe.getRules().map((rule) => rule.ruleId));

export interface AxeOptions {
  tags: string[];
  disabled: DisabledRule[];
}

/** Analyses the page as it is now, in its current viewport and colour scheme. */
export function analyze(page: Page, options: AxeOptions): Promise<Violation[]> {
  // Only axe's own rules: axe refuses ids it does not know (the extra checks have their own).
  const disabled = options.disabled.map((rule) => rule.id).filter((id) => axeRules.has(id));
  return page.evaluate(async ({ tags, disabled }) => {
    const inPage = (globalThis as unknown as { axe?: typeof axe }).axe;
    if (!inPage) throw new Error("axe-core is not in the page (did the init script run?)");
    const results = await inPage.run(document, {
      runOnly: { type: "tag", values: tags },
      rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
      // Passes and incomplete results are not reported; leaving them out saves the work of
      // describing every element that passed.
      resultTypes: ["violations"],
    });
    return results.violations.map((result) => ({
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
    }));
  }, { tags: options.tags, disabled });
}
