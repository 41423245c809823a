/**
 * Every check on one page, in one load: axe at each width in each colour scheme, reflow at
 * 320 px, the keyboard walk, then text at 200% (last, as it restyles the page).
 */
import type { Page } from "@playwright/test";
import { analyze, type AxeOptions } from "./axe-run.ts";
import { loadPage } from "./browser.ts";
import { type CheckId, errorCheck, errorText, type Found, runCheck, StepTimeout } from "./check.ts";
import { keyboardWalk } from "./keyboard.ts";
import { reflow, textZoom } from "./layout.ts";
import { colorSchemes, wideSize, type Width, widths } from "./standard.ts";
import type { Check } from "./types.ts";

/** Which checks run, from --tags and --disable. */
export interface PagePlan {
  axe: AxeOptions;
  reflow: boolean;
  zoom: boolean;
  focus: boolean;
  trap: boolean;
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

/** axe in each colour scheme on the page as loaded, at `size`. */
export async function axeAtWidth(
  steps: Steps,
  page: Page,
  id: Omit<CheckId, "variant">,
  prefix: string,
  size: Width,
  options: AxeOptions,
): Promise<void> {
  for (const scheme of colorSchemes) {
    await steps.run({ ...id, variant: `${prefix}${size.width}px ${scheme}` }, async () => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      return await analyze(page, options);
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
): Promise<Check[]> {
  const started = Date.now();
  try {
    await page.setViewportSize(widths[0]);
    await page.emulateMedia({ colorScheme: "light" });
    await loadPage(page, new URL(path, base).href);
  } catch (error) {
    return [errorCheck(
      { kind: "load", page: path, variant: "" },
      `could not load: ${errorText(error)}`,
      Date.now() - started,
    )];
  }
  const loadMs = Date.now() - started;
  const steps = new Steps(page);
  for (const size of widths) {
    await axeAtWidth(steps, page, { kind: "axe", page: path }, "", size, plan.axe);
  }
  if (plan.reflow) {
    await steps.run({ kind: "reflow", page: path, variant: "320px light" }, () => reflow(page));
  }
  if (plan.focus || plan.trap) {
    await steps.run(
      { kind: "keyboard", page: path, variant: `${wideSize.width}px light, Tab` },
      async () => {
        await page.setViewportSize(wideSize);
        await page.emulateMedia({ colorScheme: "light" });
        return await keyboardWalk(page, plan);
      },
    );
  }
  if (plan.zoom) {
    await steps.run(
      { kind: "zoom", page: path, variant: `${wideSize.width}px light, text 200%` },
      () => textZoom(page),
    );
  }
  // The first check also carries the time the page took to load.
  if (steps.checks[0]) steps.checks[0].durationMs += loadMs;
  return steps.checks;
}
