/**
 * One page state as a unit of audit work: reached in its own browser context (pages keep drafts
 * and messages in storage), then checked with axe at every width in both colour schemes. A state
 * that cannot be reached is an error check, never a skip.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { AxeOptions } from "./axe-run.ts";
import { auditContext, loadPage } from "./browser.ts";
import { errorCheck, errorText } from "./check.ts";
import { axeAtWidth, Steps } from "./page-audit.ts";
import { widths } from "./standard.ts";
import type { Check } from "./types.ts";

export interface StateJob {
  label: string;
  page: string;
  run(): Promise<Check[]>;
}

export interface StateSpec {
  /** The page's path, as reports name it. */
  page: string;
  /** The URL to load, relative to the site's base (the path, perhaps with a query). */
  url: string;
  name: string;
  /** Runs before the page loads, e.g. to seed its storage. */
  prepare?: (context: BrowserContext) => Promise<void>;
  drive(page: Page): Promise<void>;
}

export function stateJob(
  browser: Browser,
  base: string,
  options: AxeOptions,
  spec: StateSpec,
): StateJob {
  return {
    label: `${spec.url} ${spec.name}`,
    page: spec.page,
    run: async () => {
      const started = Date.now();
      const context = await auditContext(browser);
      try {
        const page = await context.newPage();
        try {
          await spec.prepare?.(context);
          await loadPage(page, new URL(spec.url, base).href);
          await spec.drive(page);
        } catch (error) {
          return [errorCheck(
            { kind: "widget", page: spec.page, variant: spec.name },
            errorText(error),
            Date.now() - started,
          )];
        }
        const driveMs = Date.now() - started;
        const steps = new Steps(page);
        const id = { kind: "widget", page: spec.page } as const;
        for (const size of widths) {
          await axeAtWidth(steps, page, id, `${spec.name}, `, size, options);
        }
        // The first check also carries the time the state took to reach.
        if (steps.checks[0]) steps.checks[0].durationMs += driveMs;
        return steps.checks;
      } finally {
        await context.close().catch(() => {});
      }
    },
  };
}
