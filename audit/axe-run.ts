/** Runs axe-core on one page in one viewport and colour scheme. */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { withPage } from "./browser.ts";
import type { Check, DisabledRule, Violation } from "./types.ts";
import { statusOf } from "./types.ts";

/** axe-core's result type, as @axe-core/playwright returns it (axe-core is not a direct dependency). */
type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** A window size; each is audited in the light, then the dark colour scheme. */
export interface Width {
  width: number;
  height: number;
}

/** DESIGN.md's two widths: 375 px (a phone) and 1280 px (a laptop). */
export const auditWidths: Width[] = [{ width: 375, height: 800 }, { width: 1280, height: 900 }];

export const colorSchemes = ["light", "dark"] as const;

export interface AxeOptions {
  tags: string[];
  disabled: DisabledRule[];
}

/** Our shape of axe's violations: keeps what the reports show and nothing else. */
export function fromAxe(results: Result[]): Violation[] {
  return results.map((result) => ({
    ruleId: result.id,
    impact: result.impact ?? "unknown",
    description: result.description,
    help: result.help,
    helpUrl: result.helpUrl,
    tags: result.tags,
    nodes: result.nodes.map((node) => ({
      target: node.target.map((part) => Array.isArray(part) ? part.join(" >>> ") : part).join(
        " | ",
      ),
      html: node.html,
      failureSummary: node.failureSummary ?? "",
    })),
  }));
}

/** The axe version of the last analysis, for the reports. */
export let axeCoreVersion = "unknown";

/** Every rule id axe knows; filled by loadAxeRules() before the audit starts. */
export const axeRules = new Set<string>();

/** Runs axe once on a tiny page to learn its version and rule ids (to check --disable). */
export async function loadAxeRules(browser: Browser): Promise<Set<string>> {
  await withPage(browser, { width: 800, height: 600, colorScheme: "light" }, async (page) => {
    await page.setContent(`<!doctype html><html lang="en"><title>axe</title><main>x</main>`);
    const results = await new AxeBuilder({ page }).withRules(["document-title"])
      .setLegacyMode(true).analyze();
    axeCoreVersion = results.testEngine.version;
    const ids = await page.evaluate(() =>
      (globalThis as unknown as { axe: { getRules(): { ruleId: string }[] } }).axe.getRules()
        .map((rule) => rule.ruleId)
    );
    ids.forEach((id) => axeRules.add(id));
  });
  return axeRules;
}

/** Analyses the page as it is now; the widget states use this after driving the form. */
export async function analyze(page: Page, options: AxeOptions): Promise<Violation[]> {
  // Legacy mode runs axe in the page itself; the default mode opens an extra page per run to
  // merge frame results, which doubles the time. The audited pages have no iframes.
  let builder = new AxeBuilder({ page }).withTags(options.tags).setLegacyMode(true);
  // Only axe's own rules: axe refuses ids it does not know (the extra checks have their own).
  const disabled = options.disabled.map((rule) => rule.id).filter((id) => axeRules.has(id));
  if (disabled.length > 0) builder = builder.disableRules(disabled);
  const results = await builder.analyze();
  axeCoreVersion = results.testEngine.version;
  return fromAxe(results.violations);
}

/**
 * Runs `prepare` once on a fresh page `width` wide, then axe in the light and the dark scheme.
 * The scheme is switched on the loaded page (no reload): the site's colours come from CSS media
 * queries only, and a second analysis of a loaded page takes half the time of a fresh one.
 */
export async function axeInBothSchemes(
  browser: Browser,
  size: Width,
  describe: { kind: "axe" | "widget"; page: string; variant: string },
  options: AxeOptions,
  prepare: (page: Page) => Promise<void>,
  after?: (page: Page) => Promise<Check[]>,
): Promise<Check[]> {
  const started = Date.now();
  const checks: Check[] = [];
  const base = (scheme: string) => ({
    kind: describe.kind,
    page: describe.page,
    variant: `${describe.variant}${size.width}px ${scheme}`.trim(),
  });
  try {
    await withPage(browser, { ...size, colorScheme: "light" }, async (page) => {
      await prepare(page);
      for (const scheme of colorSchemes) {
        const t0 = checks.length === 0 ? started : Date.now();
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await analyze(page, options);
        checks.push({
          ...base(scheme),
          status: statusOf(violations),
          violations,
          durationMs: Date.now() - t0,
        });
      }
      if (after) checks.push(...await after(page));
    });
  } catch (error) {
    if (error instanceof SkipCheck) throw error;
    for (const scheme of colorSchemes.slice(Math.min(checks.length, colorSchemes.length))) {
      checks.push({
        ...base(scheme),
        status: "error",
        violations: [],
        note: errorText(error),
        durationMs: Date.now() - started,
      });
    }
  }
  return checks;
}

/** Thrown by a `prepare` step to report the check as skipped rather than failed. */
export class SkipCheck extends Error {}

/**
 * Loads `path` and runs axe at one width in both colour schemes, then `after`: checks that reuse
 * the loaded page instead of loading it again.
 */
export function runAxe(
  browser: Browser,
  base: string,
  path: string,
  size: Width,
  options: AxeOptions,
  after?: (page: Page) => Promise<Check[]>,
): Promise<Check[]> {
  return axeInBothSchemes(
    browser,
    size,
    { kind: "axe", page: path, variant: "" },
    options,
    (page) => page.goto(new URL(path, base).href, { waitUntil: "load" }).then(() => {}),
    after,
  );
}

/** The first line of an error, without Playwright's call log. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 500);
}
