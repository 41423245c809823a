/**
 * Drives the contact widget into its error and result states and runs axe on each. The widget's
 * contract (DESIGN.md): a `novalidate` form with fixed English labels, an error summary headed
 * "There is a problem" on an empty submit, and a preview of To/Subject/body on a valid one.
 */
import type { Browser, Locator, Page } from "@playwright/test";
import { auditWidths, axeInBothSchemes, type AxeOptions, errorText, SkipCheck } from "./axe-run.ts";
import { withPage } from "./browser.ts";
import type { Check } from "./types.ts";

const errorHeading = /^(There is a problem|Hay un problema)$/;

/** The English answers of a valid General Question. */
export const validAnswers: [label: string, value: string][] = [
  ["Full name", "Jane Q. Borrower"],
  ["Loan number", "1234567"],
  ["Property address", "12 Main St, Springfield, ST 00000"],
  ["Email address", "jane@example.com"],
  ["Summary", "Question about my statement"],
  ["Details", "I would like to understand the escrow line on my statement."],
];

const notFound = "skipped: widget not found";

/** Waits for the form to be there and interactive; SkipCheck when the page has no widget. */
async function hydratedForm(page: Page): Promise<Locator> {
  const island = page.locator("astro-island");
  const form = page.locator("main form[novalidate]");
  if (await island.count() === 0 && await form.count() === 0) throw new SkipCheck(notFound);
  if (await island.count() > 0) {
    await page.locator("astro-island:not([ssr])").first().waitFor({ state: "attached" });
  }
  await form.first().waitFor({ state: "visible" });
  return form.first();
}

/** The form's submit button, by role first, by type if its name is unexpected. */
function submitButton(form: Locator): Locator {
  return form.locator("button[type=submit], input[type=submit]").or(
    form.getByRole("button", { name: /create|continue|submit|crear|enviar/i }),
  ).last();
}

/** Submits the empty form and waits for the error summary. */
async function errorState(page: Page, url: string) {
  await page.goto(url, { waitUntil: "load" });
  const form = await hydratedForm(page);
  await submitButton(form).click();
  await page.getByRole("heading", { name: errorHeading }).waitFor({ state: "visible" });
}

/** Picks a value in a select or radio group named `label`, if the form has one. */
async function choose(page: Page, label: string | RegExp, preferred?: RegExp) {
  const select = page.getByRole("combobox", { name: label });
  if (await select.count() > 0) {
    const current = await select.first().inputValue();
    if (current) return;
    const options = await select.first().locator("option").evaluateAll((all) =>
      all.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" }))
    );
    const pick = options.find((o) => o.value && preferred?.test(o.text)) ??
      options.find((o) => o.value);
    if (pick) await select.first().selectOption(pick.value);
    return;
  }
  const group = page.getByRole("group", { name: label });
  if (await group.count() > 0 && !(await group.first().locator(":checked").count())) {
    const radios = group.first().getByRole("radio");
    const wanted = preferred ? group.first().getByRole("radio", { name: preferred }) : radios;
    await ((await wanted.count()) > 0 ? wanted : radios).first().check();
  }
}

/** Fills a valid General Question, submits it and waits for the preview. */
async function resultState(page: Page, url: string) {
  await page.goto(url, { waitUntil: "load" });
  const form = await hydratedForm(page);
  await choose(page, "What is your message about?", /General Question/);
  await choose(page, /^Topic/);
  for (const [label, value] of validAnswers) {
    // The widget adds "(optional)" to fields a category does not require (GOV.UK style).
    const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(optional\\))?$`);
    try {
      await form.getByLabel(name).fill(value, { timeout: 5000 });
    } catch (error) {
      throw new Error(`could not fill "${label}": ${errorText(error)}`);
    }
  }
  await submitButton(form).click();
  const subject = page.getByText(/Loan 1234567 –/).first();
  const problem = page.getByRole("heading", { name: errorHeading });
  await subject.or(problem).first().waitFor({ state: "visible" });
  if (await problem.count() > 0 && !(await subject.isVisible())) {
    const issues = await page.locator(".error-summary li, [role=alert] li").allInnerTexts();
    throw new Error(`the valid answers were refused: ${issues.join("; ") || "There is a problem"}`);
  }
}

/** The widget checks to run: state, page, how to reach the state. */
const states = [
  { state: "error state", path: "/contact/", url: "/contact/", drive: errorState },
  { state: "error state", path: "/es/contact/", url: "/es/contact/", drive: errorState },
  {
    state: "result state",
    path: "/contact/",
    url: "/contact/?category=general",
    drive: resultState,
  },
];

/** Whether the contact page holds the widget at all (an island or a novalidate form). */
async function widgetPresent(browser: Browser, base: string): Promise<boolean> {
  return await withPage(
    browser,
    { width: 1280, height: 900, colorScheme: "light" },
    async (page) => {
      await page.goto(new URL("/contact/", base).href, { waitUntil: "load" });
      return await page.locator("astro-island, main form[novalidate]").count() > 0;
    },
  );
}

/** One unit of widget work: a state at a width, giving a light and a dark check. */
export interface WidgetJob {
  label: string;
  run(): Promise<Check[]>;
}

/**
 * The widget's jobs, or, when the contact page has no widget yet, the two states reported as
 * skipped (neither passed nor failed).
 */
export async function widgetJobs(
  browser: Browser,
  base: string,
  options: AxeOptions,
): Promise<{ jobs: WidgetJob[]; skipped: Check[] }> {
  let present: boolean;
  try {
    present = await widgetPresent(browser, base);
  } catch (error) {
    present = false;
    console.error(`Could not load /contact/: ${errorText(error)}`);
  }
  if (!present) {
    return {
      jobs: [],
      skipped: ["error state", "result state"].map((state) => ({
        kind: "widget",
        page: "/contact/",
        variant: state,
        status: "skipped",
        violations: [],
        note: notFound,
        durationMs: 0,
      })),
    };
  }
  const jobs = states.flatMap(({ state, path, url, drive }) =>
    auditWidths.map((size) => ({
      label: `${path} ${state} ${size.width}px`,
      run: async (): Promise<Check[]> => {
        try {
          return await axeInBothSchemes(
            browser,
            size,
            { kind: "widget", page: path, variant: `${state}, ` },
            options,
            (page) => drive(page, new URL(url, base).href),
          );
        } catch (error) {
          if (!(error instanceof SkipCheck)) throw error;
          return [{
            kind: "widget",
            page: path,
            variant: `${state}, ${size.width}px`,
            status: "skipped",
            violations: [],
            note: error.message,
            durationMs: 0,
          }];
        }
      },
    }))
  );
  return { jobs, skipped: [] };
}
