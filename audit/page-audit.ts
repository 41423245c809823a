/**
 * Every check on one page, in one load: axe at each width in each colour scheme; the checks
 * that only read the page (structure, best practice, order, keyboard operable, motion) and the
 * facts for the manual list; reflow at 320 px; the keyboard walk; hover; then the ones that
 * restyle the page and take it back (text spacing, text at 200%), and last the ones that change
 * it (each field changed, each form submitted).
 */
import type { Page } from "@playwright/test";
import { analyze, type AxeFindings, type AxeOptions } from "./axe-run.ts";
import type { CheckName } from "./checks.ts";
import { forms } from "./forms.ts";
import { hover } from "./hover.ts";
import { inputChange } from "./input-change.ts";
import { collectListeners } from "./listeners.ts";
import { type PageFacts, pageFacts } from "./manual.ts";
import { motion } from "./motion.ts";
import { operable } from "./operable.ts";
import { order } from "./order.ts";
import { practice } from "./practice.ts";
import { rulesOf, violationsOf } from "./rules.ts";
import { spacing } from "./spacing.ts";
import { structure } from "./structure.ts";
import { loadPage } from "./browser.ts";
import { type CheckId, errorCheck, errorText, type Found, runCheck, StepTimeout } from "./check.ts";
import { keyboardWalk } from "./keyboard.ts";
import { reflow, textZoom } from "./layout.ts";
import { colorSchemes, wideSize, type Width, widths } from "./standard.ts";
import type { Check, FailingNode } from "./types.ts";

/** Which checks run, from --only, --skip, --tags and --disable. */
export interface PagePlan {
  axe: AxeOptions;
  checks: ReadonlySet<CheckName>;
  /** Whether one of the audit's own rules runs. */
  rule: (id: string) => boolean;
}

/** Whether a check runs: chosen, and at least one of its rules enabled. */
export function runs(plan: PagePlan, check: CheckName): boolean {
  if (!plan.checks.has(check)) return false;
  const rules = rulesOf(check);
  return rules.length === 0 || rules.some(plan.rule);
}

/** What auditing one page gives: its checks, and what the cross-page and manual parts need. */
export interface PageResult {
  checks: Check[];
  title?: string;
  facts?: PageFacts;
}

/** A bound on any one step; only a page that hangs reaches it. */
export const stepTimeoutMs = 90_000;

/**
 * Runs steps on one page in order. After a step times out the page is closed, and the steps
 * left are reported as not run instead of each waiting out its own time.
 */
export class Steps {
  readonly checks: Check[] = [];
  #stuck = "";

  constructor(private page: Page) {}

  async run(id: CheckId, step: () => Promise<Found>): Promise<void> {
    if (this.#stuck) {
      this.checks.push(errorCheck(id, `not run: ${this.#stuck}`));
      return;
    }
    const started = Date.now();
    try {
      this.checks.push(await runCheck(id, step, stepTimeoutMs));
    } catch (error) {
      if (!(error instanceof StepTimeout)) throw error;
      this.#stuck = error.message;
      this.checks.push(errorCheck(id, error.message, Date.now() - started));
      await this.page.close().catch(() => {});
    }
  }
}

/**
 * axe in each colour scheme on the page as loaded, at `size`; `review` collects what axe could
 * not decide (its "incomplete" results) in the light scheme, for the manual list.
 */
export async function axeAtWidth(
  steps: Steps,
  page: Page,
  id: Omit<CheckId, "variant">,
  prefix: string,
  size: Width,
  options: AxeOptions,
  review?: (found: AxeFindings) => void,
): Promise<void> {
  for (const scheme of colorSchemes) {
    await steps.run({ ...id, variant: `${prefix}${size.width}px ${scheme}` }, async () => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const wanted = review !== undefined && scheme === "light";
      const found = await analyze(page, options, wanted);
      if (wanted) review(found);
      return found.violations;
    });
  }
}

/**
 * Audits `path` in `page`, which a worker reuses from page to page (a new page per path would
 * start a new renderer process each time). A step that hangs closes the page; the worker then
 * opens another.
 */
export async function auditPage(
  page: Page,
  base: string,
  path: string,
  plan: PagePlan,
): Promise<PageResult> {
  const started = Date.now();
  try {
    await page.setViewportSize(widths[0]);
    await page.emulateMedia({ colorScheme: "light" });
    await loadPage(page, new URL(path, base).href);
  } catch (error) {
    return {
      checks: [errorCheck(
        { kind: "load", page: path, variant: "" },
        `could not load: ${errorText(error)}`,
        Date.now() - started,
      )],
    };
  }
  const loadMs = Date.now() - started;
  const steps = new Steps(page);
  const result: PageResult = { checks: steps.checks };
  let incomplete: AxeFindings["incomplete"] = [];
  if (runs(plan, "axe")) {
    for (const size of widths) {
      await axeAtWidth(
        steps,
        page,
        { kind: "axe", page: path },
        "",
        size,
        plan.axe,
        size === wideSize ? (found) => incomplete = found.incomplete : undefined,
      );
    }
  }
  const wide = `${wideSize.width}px light`;
  const at = async (size: Width) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: "light" });
  };
  const own = (
    kind: CheckName,
    variant: string,
    step: () => Promise<Record<string, FailingNode[]>>,
  ) =>
    runs(plan, kind)
      ? steps.run({ kind, page: path, variant }, async () => violationsOf(await step(), plan.rule))
      : Promise.resolve();
  if (runs(plan, "operable") || runs(plan, "hover") || runs(plan, "input")) {
    await at(wideSize);
    await collectListeners(page).catch(() => 0);
  }
  if (runs(plan, "structure")) {
    await steps.run({ kind: "structure", page: path, variant: wide }, async () => {
      await at(wideSize);
      const found = await structure(page);
      result.title = found.title;
      return violationsOf(found.found, plan.rule);
    });
  }
  await own("practice", wide, async () => (await at(wideSize), await practice(page)));
  await own("order", wide, async () => (await at(wideSize), await order(page)));
  await own("operable", wide, async () => (await at(wideSize), await operable(page)));
  await own("motion", `${wideSize.width}px, motion then reduced`, () => motion(page));
  try {
    await at(wideSize);
    result.facts = await pageFacts(page, incomplete);
  } catch {
    // The manual list then names the criteria without this page's elements.
  }
  if (runs(plan, "reflow")) {
    await steps.run({ kind: "reflow", page: path, variant: "320px light" }, () => reflow(page));
  }
  if (runs(plan, "keyboard")) {
    await steps.run({ kind: "keyboard", page: path, variant: `${wide}, Tab` }, async () => {
      await at(wideSize);
      return await keyboardWalk(page, {
        focus: plan.rule("keyboard-focus-visible"),
        trap: plan.rule("keyboard-trap"),
        obscured: plan.rule("focus-not-obscured"),
        onFocus: plan.rule("change-on-focus"),
      });
    });
  }
  await own("hover", `${wide}, mouse`, async () => (await at(wideSize), await hover(page)));
  await own(
    "spacing",
    `${wide}, text spacing`,
    async () => (await at(wideSize), await spacing(page)),
  );
  if (runs(plan, "zoom")) {
    await steps.run({ kind: "zoom", page: path, variant: `${wide}, text 200%` }, async () => {
      try {
        return await textZoom(page);
      } finally {
        await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
      }
    });
  }
  await own(
    "input",
    `${wide}, change each field`,
    async () => (await at(wideSize), await inputChange(page)),
  );
  await own(
    "forms",
    `${wide}, submit empty and wrong`,
    async () => (await at(wideSize), await forms(page)),
  );
  // The first check also carries the time the page took to load.
  if (steps.checks[0]) steps.checks[0].durationMs += loadMs;
  return result;
}
