import { expect, type Page, test } from "@playwright/test";
import ICAL from "ical.js";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import process from "node:process";
import { type CategoryId, categoryIds } from "../../src/inquiry/categories.ts";
import {
  catalog,
  type FieldId,
  fieldKinds,
  formFields,
  recipientFor,
} from "../../src/inquiry/catalog.ts";
import { addCalendarDays } from "../../src/inquiry/dates.ts";
import { deadlinesFor } from "../../src/inquiry/deadlines.ts";
import { en } from "../../src/inquiry/i18n/form/en.ts";
import { servicerProfileSchema } from "../../src/inquiry/profile.ts";
import { load } from "js-yaml";
import { islandsHydrated, watchProblems } from "./helpers.ts";

/** The profile the site was built with: expectations follow it, whoever the servicer is. */
const profile = servicerProfileSchema.parse(
  (load(readFileSync(new URL("../../content/servicer-profile.yaml", import.meta.url), "utf8")) as {
    servicer: unknown;
  }).servicer,
);

/** The borrower's date as the widget reads it: in the browser, at the moment the test runs. */
function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** Every request the page makes, checked after each test: nothing may leave 127.0.0.1. */
let requests: string[] = [];
let problems: string[] = [];
test.beforeEach(({ page }) => {
  requests = [];
  problems = watchProblems(page);
  page.on("request", (req) => requests.push(req.url()));
});
test.afterEach(() => {
  const outside = requests.filter((url) =>
    new URL(url.replace(/^blob:/, "")).hostname !== "127.0.0.1"
  );
  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
});

/** Opens a contact page and waits until its form is live. */
async function openContact(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await islandsHydrated(page);
}

const past = "2025-06-02";

/** A value the inquiry core accepts for a field, by its kind, on the browser's `today`. */
function sampleValue(id: string, today: string, when?: string): string {
  const kind = fieldKinds[id as FieldId];
  if (kind.type === "date") {
    return (when ?? kind.when) === "future" ? addCalendarDays(today, 60) : past;
  }
  if (kind.type === "amount") return "35.00";
  if (kind.type === "year") return "2025";
  return "The statement from last month";
}

/**
 * Parses a .eml with mailparser's simpleParser in a child Deno process: under Deno, Playwright's
 * require hook compiles the JSON files mailparser's dependencies require as JavaScript and fails.
 */
function parseEml(path: string): { subject: string; to: string; from: string; text: string } {
  const script = `import { simpleParser } from "mailparser";
const mail = await simpleParser(Deno.readTextFileSync(${JSON.stringify(path)}));
const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
console.log(JSON.stringify({
  subject: mail.subject, to: to?.value[0].address, from: mail.from?.value[0].address, text: mail.text,
}));`;
  const out = execFileSync(process.execPath, ["eval", "--ext=ts", script], { encoding: "utf8" });
  return JSON.parse(out);
}

/** Presses Tab until the element matching `selector` has focus. */
async function tabTo(page: Page, selector: string, max = 20) {
  for (let i = 0; i < max; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(page.locator(selector)).toBeFocused();
}

const borrower = {
  "#f-fullName": "Jane Q. Borrower",
  "#f-loanNumber": "1234567",
  "#f-propertyAddress": "12 Main St, Springfield, ST 00000",
  "#f-email": "jane@example.com",
};

/** Fills a valid Payment Clarification about a late fee (not by keyboard: used for other checks). */
async function fillLateFee(page: Page, details = "I paid on time on November 1.") {
  for (const [sel, value] of Object.entries(borrower)) await page.locator(sel).fill(value);
  await page.getByLabel("Payment Clarification").check();
  await page.getByLabel("Topic").selectOption("late-fee");
  await page.getByLabel("Amount of the fee").fill("35.00");
  await page.getByLabel("Summary").fill("I was charged a late fee for a payment made on time.");
  await page.getByLabel("Details (optional)").fill(details);
}

/** "Continue", then "Build the message" on "Check your answers" (English page). */
async function buildMessage(page: Page) {
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeFocused();
  await page.getByRole("button", { name: "Build the message" }).click();
}

for (const [index, category] of categoryIds.entries()) {
  test(`keyboard only: ${category} builds a message`, async ({ page }) => {
    const topic = catalog[category as CategoryId].topics[0];
    await openContact(page, "/contact/");
    await page.locator("#f-fullName").focus();
    for (const [sel, value] of Object.entries(borrower)) {
      await tabTo(page, sel);
      await page.keyboard.type(value);
    }
    await tabTo(page, "#f-category");
    if (index === 0) await page.keyboard.press("Space");
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel(en.categories[category], { exact: true })).toBeChecked();
    await tabTo(page, "#f-topic");
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("#f-topic")).toHaveValue(topic.id);
    const extras = formFields(category, topic.id).filter((f) =>
      topic.fields.some((t) => t.id === f)
    );
    for (const id of extras) {
      await tabTo(page, `#f-${id}`);
      await page.keyboard.type(
        sampleValue(id, await browserToday(page), topic.fields.find((f) => f.id === id)?.when),
      );
    }
    await tabTo(page, "#f-summary");
    await page.keyboard.type("A question about my loan");
    await tabTo(page, "#f-details");
    await page.keyboard.type("More about it.");
    await tabTo(page, "#submit", 30);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Check your answers" })).toBeFocused();
    await tabTo(page, "#build", 40);
    await page.keyboard.press("Enter");
    await expect(page.locator(".error-summary")).toHaveCount(0);
    const heading = page.getByRole("heading", { name: "Your message is ready" });
    await expect(heading).toBeFocused();
    const subject = `Loan 1234567 – ${en.categories[category]} – ${en.topics[topic.id]}`;
    await expect(page.locator(".preview dd").nth(1)).toHaveText(subject);
    await expect(page.locator(".result")).toContainText("estimated");
    if (recipientFor(profile, category as CategoryId).kind === "letter") {
      await expect(page.getByRole("button", { name: "Print letter" })).toBeVisible();
      await expect(page.locator(".result pre")).toContainText(profile.designatedAddress.attention);
      await expect(page.getByRole("button", { name: "Download .eml" })).toHaveCount(0);
    } else {
      await expect(page.getByRole("link", { name: "Open in email app" })).toHaveAttribute(
        "href",
        /^mailto:/,
      );
    }
  });
}

test("empty submit: focused error summary, Error: title, links that focus fields", async ({ page }) => {
  await openContact(page, "/contact/");
  for (
    const label of [
      "Full name",
      "Loan number",
      "Property address",
      "Email address",
      "Phone number (optional)",
      "Summary",
      "Details (optional)",
    ]
  ) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expect(page.locator("legend").first()).toHaveText("What is your message about?");
  await expect(page.locator("#contact-widget form")).toHaveAttribute("novalidate", "");
  await page.getByLabel("Full name").fill("Jane");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("There is a problem");
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel("Full name")).toHaveValue("Jane");
  const links = summary.getByRole("link");
  await expect(links).toHaveText([
    "Enter your loan number",
    "Enter the property address",
    "Enter your email address",
    "Select what your message is about",
    "Enter a summary",
  ]);
  for (
    const [text, id] of [["Enter your loan number", "loanNumber"], ["Select what", "category"]]
  ) {
    await summary.getByRole("link", { name: text }).click();
    await expect(page.locator(`#f-${id}`)).toBeFocused();
  }
  const error = page.locator("#f-loanNumber-error");
  await expect(error).toHaveText("Error: Enter your loan number");
  await expect(error.locator(".visually-hidden")).toHaveText("Error:");
  await expect(page.locator("#f-loanNumber")).toHaveAttribute(
    "aria-describedby",
    "f-loanNumber-hint f-loanNumber-error",
  );
  await expect(page.locator("body")).not.toContainText(/please|invalid|oops/i);
  await page.getByLabel("Loan number").fill("1234567");
  await page.getByLabel("Property address").fill("12 Main St");
  await page.getByLabel("Email address").fill("jane@example.com");
  await page.getByLabel("General Question").check();
  await page.getByLabel("Topic").selectOption("other-question");
  await page.getByLabel("Summary").fill("A question");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(summary).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
});

test("an SSN blocks the message until it is masked", async ({ page }) => {
  await openContact(page, "/contact/");
  await fillLateFee(page, "My SSN is 123-45-6789 if you need it.");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Details: Remove your Social Security number.");
  await expect(page.locator("#f-details-error")).toContainText("Social Security number");
  await expect(page.locator(".result")).toHaveCount(0);
  await summary.getByRole("button", { name: "Mask it" }).click();
  await expect(page.getByLabel("Details (optional)")).toHaveValue(
    "My SSN is ***-**-6789 if you need it.",
  );
  await expect(summary).toHaveCount(0);
  await expect(page.locator("#submit")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeFocused();
  await expect(page.locator(".check-answers dl")).toContainText(
    "My SSN is ***-**-6789 if you need it.",
  );
  await page.getByRole("button", { name: "Build the message" }).click();
  await expect(page.getByRole("heading", { name: "Your message is ready" })).toBeFocused();
  const body = page.locator(".result pre");
  await expect(body).toContainText("***-**-6789");
  await expect(body).not.toContainText("123-45-6789");
});

test("downloads the .eml and the .ics reminder, and copies the subject", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openContact(page, "/contact/");
  await fillLateFee(page);
  await buildMessage(page);
  const subject = "Loan 1234567 – Payment Clarification – Late fee";
  await expect(page.locator(".preview dd").nth(1)).toHaveText(subject);

  const [eml] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .eml" }).click(),
  ]);
  expect(eml.suggestedFilename()).toMatch(/^BHC-\d{8}-[0-9A-F]{6}\.eml$/);
  const emlText = readFileSync(await eml.path(), "utf8");
  const to = recipientFor(profile, "payment-clarification");
  const address = to.kind === "email" ? to.address : "";
  expect(emlText).toContain(`To: ${profile.name} <${address}>\r\n`);
  const mail = parseEml(await eml.path());
  expect(mail.subject).toBe(subject);
  expect(mail.to).toBe(address);
  expect(mail.from).toBe("jane@example.com");
  expect(mail.text).toContain("I was charged a late fee");

  const [ics] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add reminder (.ics)" }).click(),
  ]);
  expect(ics.suggestedFilename()).toMatch(/^BHC-\d{8}-[0-9A-F]{6}\.ics$/);
  const icsText = readFileSync(await ics.path(), "utf8");
  const due = deadlinesFor("payment-clarification", "late-fee", await browserToday(page), {
    responseTimeBusinessDays: profile.responseTimeBusinessDays,
  }).at(-1)!.dueDate;
  expect(icsText).toContain(`DTSTART;VALUE=DATE:${due.replace(/-/g, "")}`);
  const event = new ICAL.Component(ICAL.parse(icsText)).getFirstSubcomponent("vevent")!;
  expect(String(event.getFirstPropertyValue("dtstart"))).toBe(due);
  expect(String(event.getFirstPropertyValue("summary"))).toContain("estimated");

  await page.getByRole("button", { name: "Copy subject" }).click();
  await expect(page.locator(".result [role=status]")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(subject);

  // The print dialog is replaced by a flag; the print stylesheet is checked with print media.
  await page.evaluate(() => {
    const w = globalThis as unknown as { printed: boolean; print: () => void };
    w.printed = false;
    w.print = () => w.printed = true;
  });
  await page.getByRole("button", { name: "Print message" }).click();
  expect(await page.evaluate(() => (globalThis as unknown as { printed: boolean }).printed))
    .toBe(true);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".result pre")).toBeVisible();
  await expect(page.locator("#contact-widget form")).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator("main > h1")).toBeHidden();
});

/** Pages in a PDF Chromium printed: the page tree's count. */
function pdfPages(pdf: Buffer): number {
  const counts = [...pdf.toString("latin1").matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)];
  expect(counts.length).toBeGreaterThan(0);
  return Math.max(...counts.map(([, n]) => Number(n)));
}

test("a notice of error letter: Print letter is the one primary action; it prints on one page, its deadlines on a page of their own", async ({ page }) => {
  test.skip(
    recipientFor(profile, "notice-of-error").kind !== "letter",
    "this servicer takes notices of error by email",
  );
  await openContact(page, "/contact/");
  for (const [sel, value] of Object.entries(borrower)) await page.locator(sel).fill(value);
  await page.getByLabel("Notice of Error", { exact: true }).check();
  await page.getByLabel("Topic").selectOption("unreasonable-fee");
  await page.getByLabel("Amount of the fee (optional)").fill("35.00");
  await page.getByLabel("Summary").fill("I was charged a late fee for a payment made on time.");
  await page.getByLabel("Details (optional)").fill(
    "I paid on November 1; the fee is dated November 17.",
  );
  await buildMessage(page);
  const result = page.locator(".result");
  await expect(result.getByRole("heading", { name: "Your message is ready" })).toBeFocused();
  // The primary action stands alone, before the secondary group.
  const primary = result.locator(".actions:not(.secondary-actions) > *");
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveText("Print letter");
  await expect(primary).not.toHaveClass(/secondary/);
  const others = result.locator(".secondary-actions > *");
  await expect(others).toHaveText(["Copy subject", "Copy message", "Add reminder (.ics)"]);
  for (const other of await others.all()) await expect(other).toHaveClass(/secondary/);
  // The recipient block names the servicer once; the letter ends with lines to sign and date.
  const to = await result.locator(".preview dd").first().innerText();
  expect(to.split(profile.name).length - 1).toBe(1);
  await expect(result.locator("pre")).toContainText(
    /Signature: _+\nJane Q\. Borrower\n\nDate: _+$/,
  );
  await expect(result.locator("pre")).not.toContainText("When to expect an answer");

  await page.emulateMedia({ media: "print" });
  await expect(result.locator(".records")).toBeVisible();
  await expect(result.locator(".records")).toContainText(
    "For your records: keep this page, do not mail it.",
  );
  await expect(result.locator(".secondary-actions")).toBeHidden();
  await expect(result.locator(".records")).toHaveCSS("break-before", "page");
  // Letter paper: the letter is page 1, the deadlines page 2; without them, one page.
  expect(pdfPages(await page.pdf({ format: "Letter" }))).toBe(2);
  await result.locator(".records").evaluate((records) =>
    (records as HTMLElement).style.setProperty("display", "none", "important")
  );
  expect(pdfPages(await page.pdf({ format: "Letter" }))).toBe(1);
});

test("an email: Open in email app is the one primary action; printing it leaves out the deadlines part", async ({ page }) => {
  await openContact(page, "/contact/");
  await fillLateFee(page);
  await buildMessage(page);
  const result = page.locator(".result");
  const primary = result.locator(".actions:not(.secondary-actions) > *");
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveText("Open in email app");
  await expect(result.locator(".secondary-actions > *")).toHaveText([
    "Print message",
    "Copy subject",
    "Copy message",
    "Download .eml",
    "Add reminder (.ics)",
  ]);
  await page.emulateMedia({ media: "print" });
  await expect(result.locator(".records")).toBeHidden();
  expect(pdfPages(await page.pdf({ format: "Letter" }))).toBe(1);
});

test("the draft survives a reload; Start again clears it", async ({ page }) => {
  await openContact(page, "/contact/");
  await page.getByLabel("Full name").fill("Jane Q. Borrower");
  await page.getByLabel("Escalation").check();
  await page.getByLabel("Topic").selectOption("no-response");
  await page.getByLabel("Summary").fill("No answer for a month");
  await page.reload();
  await expect(page.getByLabel("Full name")).toHaveValue("Jane Q. Borrower");
  await expect(page.getByLabel("Escalation")).toBeChecked();
  await expect(page.getByLabel("Topic")).toHaveValue("no-response");
  await expect(page.getByLabel("Summary")).toHaveValue("No answer for a month");
  await expect(page.getByLabel("Date you first contacted us")).toBeVisible();
  await page.getByRole("button", { name: "Start again" }).click();
  await expect(page.getByLabel("Full name")).toHaveValue("");
  await expect(page.getByLabel("Full name")).toBeFocused();
  await expect(page.getByLabel("Escalation")).not.toBeChecked();
  await page.reload();
  await expect(page.getByLabel("Full name")).toHaveValue("");
  await expect(page.getByLabel("Summary")).toHaveValue("");
});

test("a built message is kept in My messages, and recording that it was sent starts its clocks", async ({ page }) => {
  await openContact(page, "/contact/");
  await expect(page.getByRole("link", { name: "Open My messages" })).toHaveAttribute(
    "href",
    "/messages/",
  );
  await fillLateFee(page);
  await buildMessage(page);
  const reference = (await page.locator(".result pre").textContent())!.match(
    /BHC-\d{8}-[0-9A-F]{6}/,
  )![0];
  await page.getByText("Record that you sent it").click();
  const sent = page.locator(".sent form");
  const today = await browserToday(page);
  await expect(sent.getByLabel("Date you sent it")).toHaveValue(today);
  await expect(sent.getByLabel("email", { exact: true })).toBeChecked();
  await sent.getByLabel("Date you sent it").fill("2999-01-01");
  await sent.getByRole("button", { name: "Save to My messages" }).click();
  await expect(sent.locator(".error-message")).toContainText(
    "Date you sent it must be today or in the past",
  );
  await expect(sent.getByLabel("Date you sent it")).toBeFocused();
  await sent.getByLabel("Date you sent it").fill(today);
  await sent.getByRole("button", { name: "Save to My messages" }).click();
  await expect(sent.getByRole("status")).toHaveText("Saved in My messages.");

  await page.waitForLoadState("networkidle"); // let the summary's suggestions finish loading
  await sent.getByRole("link", { name: "Open My messages" }).click();
  const card = page.locator(".message-card").filter({ hasText: reference });
  await expect(card).toContainText("Loan 1234567 – Payment Clarification – Late fee");
  await expect(card).toContainText("the day the servicer received it");
  await expect(card.locator(".clocks li").first()).toContainText("Answer");
});

test("?category=payment-clarification&topic=late-fee preselects the form", async ({ page }) => {
  await openContact(page, "/contact/?category=payment-clarification&topic=late-fee");
  await expect(page.getByLabel("Payment Clarification")).toBeChecked();
  await expect(page.getByLabel("Topic")).toHaveValue("late-fee");
  await expect(page.getByLabel("Amount of the fee", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Date of the fee (optional)")).toBeVisible();
  await expect(page.getByLabel("Date of the payment", { exact: false })).toHaveCount(0);
});

test("choosing a category and topic shows only the fields they need", async ({ page }) => {
  await openContact(page, "/contact/");
  await expect(page.getByLabel("Topic")).toHaveCount(0);
  await page.getByLabel("Document Request").check();
  await page.getByLabel("Topic").selectOption("form-1098");
  await expect(page.getByLabel("Tax year", { exact: true })).toBeVisible();
  await page.getByLabel("Topic").selectOption("payoff-statement");
  await expect(page.getByLabel("Tax year", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Date you plan to pay off the loan (optional)")).toBeVisible();
});

test("each category says when to choose it; Not sure? asks two questions, then picks, focuses and announces it", async ({ page }) => {
  await openContact(page, "/contact/");
  const notice = page.getByLabel("Notice of Error", { exact: true });
  await expect(notice).toHaveAccessibleDescription(/specific mistake.*12 CFR 1024\.35/);
  await expect(page.getByLabel("Request for Information", { exact: true }))
    .toHaveAccessibleDescription(/12 CFR 1024\.36/);
  await page.getByText("Not sure which to choose?").click();
  await page.getByRole("button", { name: "Get a document or information about my loan" }).click();
  await expect(page.locator("#not-sure-question")).toBeFocused();
  await expect(page.locator("#not-sure-question")).toHaveText("What do you need?");
  await page.getByRole("button", { name: /who owns my loan/ }).click();
  const picked = page.getByLabel("Request for Information", { exact: true });
  await expect(picked).toBeChecked();
  await expect(picked).toBeFocused();
  await expect(page.locator(".not-sure")).not.toHaveAttribute("open");
  await expect(page.getByRole("status").filter({ hasText: "Chosen for you" })).toHaveText(
    "Chosen for you: Request for Information",
  );
  await expect(page.getByLabel("Topic")).toBeVisible();
  // One question is enough where the first answer says it all.
  await page.getByText("Not sure which to choose?").click();
  await page.getByRole("button", { name: "Tell the servicer it made a mistake on my account" })
    .click();
  await expect(notice).toBeChecked();
  await expect(notice).toBeFocused();
});

test("suggested guides appear while typing the summary, without losing the text", async ({ page }) => {
  await openContact(page, "/contact/");
  await page.getByLabel("Summary").pressSequentially("late fee", { delay: 30 });
  const status = page.locator(".suggestions [role=status]");
  await expect(status).toHaveText(/^[1-3] guides? might answer this$/, { timeout: 10_000 });
  const links = page.locator(".suggestions a");
  expect(await links.count()).toBeGreaterThan(0);
  expect(await links.count()).toBeLessThanOrEqual(3);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^\/(?!es\/)/);
  }
  await expect(page.getByLabel("Summary")).toHaveValue("late fee");
  await page.getByLabel("Summary").fill("la");
  await expect(status).toHaveText("");
});

test("Spanish page: Spanish labels, errors and message; message language can differ", async ({ page }) => {
  await openContact(page, "/es/contact/");
  await expect(page.locator("legend").first()).toHaveText("¿De qué se trata su mensaje?");
  await expect(page.getByLabel("Aviso de error", { exact: true })).toHaveAccessibleDescription(
    /por escrito.*12 CFR 1024\.35/,
  );
  await expect(page.getByText("¿No sabe cuál elegir?")).toBeVisible();
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.locator(".error-summary h2")).toHaveText("Hay un problema");
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".error-summary")).toContainText("Escriba su nombre completo");
  await page.getByLabel("Nombre completo").fill("Juana Prestataria");
  await page.getByLabel("Número de préstamo").fill("1234567");
  await page.getByLabel("Dirección de la propiedad").fill("12 Main St");
  await page.getByLabel("Correo electrónico").fill("juana@example.com");
  await page.getByLabel("Aclaración de pago").check();
  await page.getByLabel("Tema", { exact: true }).selectOption("late-fee");
  await page.getByLabel("Cantidad del cargo", { exact: true }).fill("35");
  await page.getByLabel("Resumen").fill("Me cobraron un cargo por pago atrasado.");
  await expect(page.locator("#f-msgLang-es")).toBeChecked();
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByRole("heading", { name: "Revise sus respuestas" })).toBeFocused();
  await page.getByRole("button", { name: "Crear el mensaje" }).click();
  await expect(page.getByRole("heading", { name: "Su mensaje está listo" })).toBeFocused();
  await expect(page.locator(".preview dd").nth(1)).toHaveText(
    "Loan 1234567 – Payment Clarification – Cargo por pago atrasado",
  );
  await expect(page.locator(".result")).toContainText("fecha estimada");
  // Changing an answer after the message is built returns to the form, focused on that answer.
  await page.getByRole("link", { name: "Cambiar Idioma del mensaje" }).click();
  await expect(page.locator(".result")).toHaveCount(0);
  await expect(page.locator("#f-msgLang")).toBeFocused();
  await page.locator("#f-msgLang").check();
  await page.getByRole("button", { name: "Continuar" }).click();
  await page.getByRole("button", { name: "Crear el mensaje" }).click();
  await expect(page.locator(".preview dd").nth(1)).toHaveText(
    "Loan 1234567 – Payment Clarification – Late fee",
  );
  await expect(page.locator(".result pre")).toContainText("Account details");
});

test("Check your answers: every answer with a Change link back to its field, one primary action", async ({ page }) => {
  await openContact(page, "/contact/");
  await fillLateFee(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeFocused();
  await expect(page.locator("#contact-widget form")).toBeHidden();
  const list = page.locator(".check-answers dl");
  const rows = list.locator(":scope > div");
  await expect(rows.locator("dt")).toContainText([
    "Full name",
    "Loan number",
    "Property address",
    "Email address",
    "Phone number (optional)",
    "What is your message about?",
    "Topic",
  ]);
  const row = (label: string) => rows.filter({ has: page.getByText(label, { exact: true }) });
  await expect(row("What is your message about?").locator("dd").first()).toHaveText(
    "Payment Clarification",
  );
  await expect(row("Topic").locator("dd").first()).toHaveText("Late fee");
  await expect(row("Phone number (optional)").locator("dd").first()).toHaveText("Not given");
  await expect(row("Language of the message").locator("dd").first()).toHaveText("English");
  // "Change" on screen; the label completes its accessible name.
  const change = page.getByRole("link", { name: "Change Loan number", exact: true });
  await expect(change).toHaveText("Change Loan number");
  await expect(change.locator(".visually-hidden")).toHaveText(" Loan number");
  expect(await list.getByRole("link").count()).toBe(await rows.count());
  // One primary action on this step; Start again belongs to the form.
  const main = page.locator("main");
  await expect(main.locator("button:visible:not(.secondary)")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Build the message" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start again" })).toBeHidden();

  await change.click();
  await expect(page.locator("#f-loanNumber")).toBeFocused();
  await expect(page.locator(".check-answers")).toHaveCount(0);
  await page.locator("#f-loanNumber").fill("7654321");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(row("Loan number").locator("dd").first()).toHaveText("7654321");
  await page.getByRole("link", { name: "Change What is your message about?" }).click();
  await expect(page.locator("#f-category")).toBeFocused();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Build the message" }).click();
  await expect(page.getByRole("heading", { name: "Your message is ready" })).toBeFocused();
  await expect(page.locator(".preview dd").nth(1)).toHaveText(
    "Loan 7654321 – Payment Clarification – Late fee",
  );
  // Built: the list stays as a record of what was sent, without a second build button.
  await expect(page.getByRole("button", { name: "Build the message" })).toHaveCount(0);
});

test("drafts are kept per page language: the English page does not show a Spanish draft", async ({ page }) => {
  await openContact(page, "/es/contact/");
  await page.getByLabel("Nombre completo").fill("Juana Prestataria");
  await page.getByLabel("Resumen").fill("Un cargo por pago atrasado");
  await openContact(page, "/contact/");
  await expect(page.getByLabel("Full name")).toHaveValue("");
  await expect(page.getByLabel("Summary")).toHaveValue("");
  await page.getByLabel("Full name").fill("Jane");
  await openContact(page, "/es/contact/");
  await expect(page.getByLabel("Nombre completo")).toHaveValue("Juana Prestataria");
  await expect(page.getByLabel("Resumen")).toHaveValue("Un cargo por pago atrasado");
  await openContact(page, "/contact/");
  await expect(page.getByLabel("Full name")).toHaveValue("Jane");
});

test("a date that does not exist is reported on its own field", async ({ page }) => {
  await openContact(page, "/contact/");
  await page.getByLabel("Notice of Error").check();
  await page.getByLabel("Topic").selectOption("misapplied-payment");
  await page.getByLabel("Date of the payment (optional)").fill("2026-02-30");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator("#f-paymentDate-error")).toContainText("must be a real date");
});

test("strong words get advice before sending, without blocking the message", async ({ page }) => {
  await openContact(page, "/contact/");
  await fillLateFee(page, "STOP CHARGING ME THESE FEES!!! You are incompetent.");
  await buildMessage(page);
  await expect(page.getByRole("heading", { name: "Your message is ready" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Advice before you send" })).toBeVisible();
  await expect(page.locator(".result")).toContainText("Strong words");
});

test("a message too long for a mailto link says so and offers copy and .eml", async ({ page }) => {
  await openContact(page, "/contact/");
  await fillLateFee(page, "The fee was charged again. ".repeat(100));
  await buildMessage(page);
  await expect(page.locator(".result .notice")).toContainText("too long to open in an email app");
  await expect(page.getByRole("link", { name: "Open in email app" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Copy message" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Download .eml" })).toBeVisible();
  // Copying it is then the primary action.
  await expect(page.locator(".result .actions:not(.secondary-actions) > *")).toHaveText(
    "Copy message",
  );
});

test("recording a notice of error as emailed, where the servicer takes it only by mail, says so and offers mail", async ({ page }) => {
  await openContact(page, "/contact/");
  for (const [sel, value] of Object.entries(borrower)) await page.locator(sel).fill(value);
  await page.getByLabel("Notice of Error").check();
  await page.getByLabel("Topic").selectOption("misapplied-payment");
  await page.getByLabel("Summary").fill("My November payment went to fees, not principal.");
  await buildMessage(page);
  await expect(page.getByRole("button", { name: "Print letter" })).toBeVisible();
  await page.getByText("Record that you sent it").click();
  const sent = page.locator(".sent form");
  await expect(sent.getByLabel("mail", { exact: true })).toBeChecked();
  await expect(sent.locator(".email-not-accepted")).toHaveCount(0);
  await sent.getByLabel("email", { exact: true }).check();
  const warning = sent.locator(".email-not-accepted");
  await expect(warning).toContainText(
    "This servicer does not take notices of error by email: they must reach the address it designated (12 CFR 1024.35(c)).",
  );
  await expect(warning).toContainText("the legal deadlines may not have started");
  await expect(warning).toContainText(profile.designatedAddress.lines[1]);
  await warning.getByRole("button", { name: "Record a mailing instead" }).click();
  await expect(sent.getByLabel("mail", { exact: true })).toBeChecked();
  await expect(sent.locator(".email-not-accepted")).toHaveCount(0);
});

test("numbers written as people write them: a dotted SSN with a zero-width space and a grouped card are blocked, masked where typed", async ({ page }) => {
  await openContact(page, "/es/contact/");
  for (const [sel, value] of Object.entries(borrower)) await page.locator(sel).fill(value);
  await page.getByLabel("Aclaración de pago").check();
  await page.getByLabel("Tema").selectOption("late-fee");
  await page.getByLabel("Cantidad del cargo").fill("35.00");
  await page.getByLabel("Resumen").fill("Me cobraron un cargo por atraso aunque pagué a tiempo.");
  await page.getByLabel("Detalles (opcional)").fill(
    "Seguro social 123.45.\u200b6789. Pagué con 4111 1111 1111 1111 el 1 de noviembre.",
  );
  await page.getByRole("button", { name: "Continuar" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("button", { name: "Ocultarlo" })).toHaveCount(2);
  await expect(page.locator(".result")).toHaveCount(0);
  await summary.getByRole("button", { name: "Ocultarlo" }).first().click();
  await page.getByRole("button", { name: "Continuar" }).click();
  await summary.getByRole("button", { name: "Ocultarlo" }).click();
  await expect(page.getByLabel("Detalles (opcional)")).toHaveValue(
    "Seguro social ***.**.\u200b6789. Pagué con **** **** **** 1111 el 1 de noviembre.",
  );
  await page.getByRole("button", { name: "Continuar" }).click();
  await page.getByRole("button", { name: "Crear el mensaje" }).click();
  const body = page.locator(".result pre");
  await expect(body).toContainText("Seguro social ***.**.6789.");
  // Playwright's text matching ignores zero-width spaces, so read the text as it is.
  expect(await body.textContent()).not.toMatch(/[\u200b\u00ad]/);
});
