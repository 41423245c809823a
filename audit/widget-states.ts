/**
 * This site's contact widget, driven into its error and result states, with axe on each state
 * at every width in both colour schemes. The driver uses only the widget's contract (DESIGN.md):
 * a `novalidate` form in main, fields found by their labels, preselection by
 * `?category=&topic=`, an error summary headed "There is a problem", a "Check your answers" step
 * whose button builds the message, and a subject line starting `Loan <digits> –`. It relies on no
 * class names or ids.
 */
import type { Browser, Locator, Page } from "@playwright/test";
import type { AxeOptions } from "./axe-run.ts";
import { errorText } from "./check.ts";
import { type StateJob, stateJob } from "./state-job.ts";
import { widgetPages } from "./this-site.ts";

type Lang = keyof typeof widgetPages;
type Field = "fullName" | "loanNumber" | "propertyAddress" | "email" | "summary" | "details";

const words = {
  en: {
    problem: "There is a problem",
    check: "Check your answers",
    build: "Build the message",
    topic: "Topic",
    fields: {
      fullName: "Full name",
      loanNumber: "Loan number",
      propertyAddress: "Property address",
      email: "Email address",
      summary: "Summary",
      details: "Details",
    },
  },
  es: {
    problem: "Hay un problema",
    check: "Revise sus respuestas",
    build: "Crear el mensaje",
    topic: "Tema",
    fields: {
      fullName: "Nombre completo",
      loanNumber: "Número de préstamo",
      propertyAddress: "Dirección de la propiedad",
      email: "Correo electrónico",
      summary: "Resumen",
      details: "Detalles",
    },
  },
};

/** The answers of a valid message; the subject line then starts `Loan 1234567 –`. */
function valid(lang: Lang, details: string): [string, string][] {
  const f = words[lang].fields;
  return [
    [f.fullName, "Jane Q. Borrower"],
    [f.loanNumber, "1234567"],
    [f.propertyAddress, "12 Main St, Springfield, ST 00000"],
    [f.email, "jane@example.com"],
    [f.summary, lang === "en" ? "Question about my statement" : "Pregunta sobre mi estado"],
    [f.details, details],
  ];
}

export interface WidgetState {
  name: string;
  lang: Lang;
  /** Preselects the category and topic, e.g. `?category=general`. */
  query: string;
  /** Label and value of each field to fill before submitting. */
  answers: [label: string, value: string][];
  /** The state to stop at: the error summary, "Check your answers", or the built message. */
  expect: "error" | "check" | "result";
  /** A heading the state must also show. */
  heading?: string;
}

/** The states audited: every kind of error the form shows, and each kind of result. */
export const widgetStates: WidgetState[] = [
  { name: "empty form errors", lang: "en", query: "", answers: [], expect: "error" },
  { name: "empty form errors", lang: "es", query: "", answers: [], expect: "error" },
  {
    name: "topic field errors",
    lang: "en",
    query: "?category=notice-of-error&topic=misapplied-payment",
    answers: [["Date of the payment", "2026-02-30"]],
    expect: "error",
  },
  {
    name: "sensitive data error",
    lang: "en",
    query: "?category=general",
    answers: valid("en", "My SSN is 123-45-6789 if you need it."),
    expect: "error",
  },
  {
    name: "check your answers",
    lang: "en",
    query: "?category=payment-clarification&topic=late-fee",
    answers: [...valid("en", "I paid on time."), ["Amount of the fee", "35.00"]],
    expect: "check",
  },
  {
    name: "check your answers",
    lang: "es",
    query: "?category=general",
    answers: valid("es", "Quiero entender la línea de escrow de mi estado de cuenta."),
    expect: "check",
  },
  {
    name: "message with tone advice",
    lang: "en",
    query: "?category=general",
    answers: valid("en", "STOP CHARGING ME THESE FEES!!! You are incompetent."),
    expect: "result",
    heading: "Advice before you send",
  },
  {
    name: "letter",
    lang: "en",
    query: "?category=request-for-information&topic=loan-owner",
    answers: valid("en", "Please tell me who owns my loan."),
    expect: "result",
  },
  {
    name: "message",
    lang: "es",
    query: "?category=general",
    answers: valid("es", "Quiero entender la línea de escrow de mi estado de cuenta."),
    expect: "result",
  },
];

/** The form, once the page has one; a clear error when it has none. */
async function widgetForm(page: Page): Promise<Locator> {
  const form = page.locator("main form[novalidate]");
  if (await form.count() === 0) {
    throw new Error("no contact widget: the page has no form with novalidate in main");
  }
  await form.first().waitFor({ state: "visible" });
  return form.first();
}

/** The form's submit button: the one marked so, else a button of the default type. */
async function submitButton(form: Locator): Promise<Locator> {
  const marked = form.locator("button[type=submit], input[type=submit]");
  return await marked.count() > 0 ? marked.first() : form.locator("button:not([type])").first();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Picks the first topic when the query did not preselect one (a select or a radio group). */
async function chooseTopic(form: Locator, label: string) {
  const name = new RegExp(`^${escape(label)}`);
  const select = form.getByRole("combobox", { name });
  if (await select.count() > 0) {
    if (await select.first().inputValue()) return;
    const values = await select.first().locator("option").evaluateAll((all) =>
      all.map((o) => (o as HTMLOptionElement).value).filter(Boolean)
    );
    if (values[0]) await select.first().selectOption(values[0]);
    return;
  }
  const group = form.getByRole("group", { name });
  if (await group.count() > 0 && await group.first().locator(":checked").count() === 0) {
    await group.first().getByRole("radio").first().check();
  }
}

/** Fills and submits the form, then waits for the state it should reach. */
async function drive(page: Page, state: WidgetState) {
  const form = await widgetForm(page);
  const t = words[state.lang];
  if (state.answers.length > 0) await chooseTopic(form, t.topic);
  for (const [label, value] of state.answers) {
    // Fields a category does not require say so after their label (GOV.UK style).
    const name = new RegExp(`^${escape(label)}( \\((optional|opcional)\\))?$`);
    try {
      await form.getByLabel(name).fill(value, { timeout: 5000 });
    } catch (error) {
      throw new Error(`could not fill "${label}": ${errorText(error)}`);
    }
  }
  await (await submitButton(form)).click();
  const problem = page.getByRole("heading", { name: t.problem });
  const check = page.getByRole("heading", { name: t.check });
  const subject = page.getByText(/Loan 1234567 –/).first();
  await problem.or(check).first().waitFor({ state: "visible" });
  if (state.expect !== "error" && !(await check.isVisible())) {
    const issues = await page.getByRole("heading", { name: t.problem }).locator("..")
      .getByRole("link").allInnerTexts();
    throw new Error(`the answers were refused: ${issues.join("; ") || t.problem}`);
  }
  if (state.expect === "result") {
    await page.getByRole("button", { name: t.build }).click();
    await subject.waitFor({ state: "visible" });
  }
  if (state.expect === "error" && !(await problem.isVisible())) {
    throw new Error(`the form gave no error summary headed "${t.problem}"`);
  }
  if (state.heading) {
    await page.getByRole("heading", { name: state.heading }).waitFor({ state: "visible" });
  }
}

export function widgetJobs(browser: Browser, base: string, options: AxeOptions): StateJob[] {
  return widgetStates.map((state) => {
    const path = widgetPages[state.lang];
    return stateJob(browser, base, options, {
      page: path,
      url: path + state.query,
      name: state.name,
      drive: (page) => drive(page, state),
    });
  });
}
