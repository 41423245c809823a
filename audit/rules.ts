/**
 * The audit's own rules, for what axe cannot check: a keyboard walk (visible focus, no trap),
 * reflow at 320 px and text at 200%. Described the way axe describes its rules, with the WCAG
 * tags that decide whether they run (--tags) and name their success criterion in the reports.
 */
import type { DisabledRule, Violation } from "./types.ts";

export const extraRules: Record<string, Omit<Violation, "nodes">> = {
  "keyboard-focus-visible": {
    ruleId: "keyboard-focus-visible",
    impact: "serious",
    description: "Every element reached with Tab shows a visible focus indicator",
    help: "Give every focusable element a focus style that differs from its unfocused style " +
      "(for example an outline or box-shadow in :focus-visible), and keep it on screen",
    helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/focus-visible.html",
    tags: ["wcag2aa", "wcag247", "audit-extra"],
  },
  "keyboard-trap": {
    ruleId: "keyboard-trap",
    impact: "critical",
    description: "Tab moves focus through the whole page and out again",
    help: "Let focus leave every element with Tab; do not catch Tab in scripts " +
      "unless a dialog gives another way out",
    helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/no-keyboard-trap.html",
    tags: ["wcag2a", "wcag212", "audit-extra"],
  },
  "reflow-320": {
    ruleId: "reflow-320",
    impact: "serious",
    description: "At 320 CSS px wide the page does not scroll sideways",
    help: "Let content wrap: avoid fixed widths, use max-width: 100%, break long words, " +
      "and put wide tables or code in their own scrolling container",
    helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html",
    tags: ["wcag21aa", "wcag1410", "audit-extra"],
  },
  "text-zoom-200": {
    ruleId: "text-zoom-200",
    impact: "serious",
    description: "With text at 200% the page keeps all its content: text grows, nothing is " +
      "clipped, nothing scrolls sideways at 1280 px",
    help: "Size text in rem or em, let boxes grow with their text (no fixed heights with " +
      "overflow: hidden), and let lines wrap",
    helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html",
    tags: ["wcag2aa", "wcag144", "audit-extra"],
  },
};

/** Whether an extra rule runs: one of its tags was asked for and it was not disabled. */
export function extraRuleEnabled(id: string, tags: string[], disabled: DisabledRule[]): boolean {
  const rule = extraRules[id];
  return rule !== undefined && rule.tags.some((tag) => tags.includes(tag)) &&
    !disabled.some((d) => d.id === id);
}

/** The violation of an extra rule, or none when no element broke it. */
export function extraViolation(id: string, nodes: Violation["nodes"]): Violation[] {
  return nodes.length > 0 ? [{ ...extraRules[id], nodes }] : [];
}
