import { expect, type Page, test } from "@playwright/test";
import ICAL from "ical.js";
import { readFileSync } from "node:fs";
import type { TrackedMessage } from "../../src/inquiry/tracker/record.ts";
import { MESSAGES_KEY } from "../../src/ui/messages-key.ts";
import { mailedNotice } from "../fixtures/tracked-messages.ts";
import { watchProblems } from "./helpers.ts";

// "My messages" lives in localStorage: each test seeds it, moves the browser clock, and reads what
// the page says about the servicer's deadlines and the next steps. Axe runs on its states in the
// accessibility audit (audit/messages-states.ts).

const mailed = mailedNotice;
const unsent: TrackedMessage = {
  reference: "BHC-20261201-FFEE01",
  subject: "Loan 1234567 – Hardship Assistance – Loan modification",
  category: "hardship",
  topic: "loan-modification",
  created: "2026-12-01",
};

let problems: string[] = [];
let requests: string[] = [];
test.beforeEach(({ page }) => {
  problems = watchProblems(page);
  requests = [];
  page.on("request", (r) => requests.push(r.url()));
});
test.afterEach(() => {
  expect(problems).toEqual([]);
  expect(requests.filter((u) => !/^(blob:)?http:\/\/127\.0\.0\.1[:/]/.test(u))).toEqual([]);
});

/** Opens My messages at a given local noon with these messages stored. */
async function open(page: Page, date: string, messages: TrackedMessage[], path = "/messages/") {
  await page.clock.setFixedTime(new Date(`${date}T12:00:00`));
  await page.addInitScript(([key, stored]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, stored);
      sessionStorage.setItem("seeded", "1");
    }
  }, [MESSAGES_KEY, JSON.stringify(messages)]);
  await page.goto(path);
  await expect(page.locator(".messages-app")).toBeVisible();
}

const card = (page: Page, reference: string) =>
  page.locator(".message-card").filter({ hasText: reference });

test("empty state links to the contact page, in both languages", async ({ page }) => {
  await open(page, "2026-12-01", []);
  await expect(page.getByText("You have no messages yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Write to your servicer" })).toHaveAttribute(
    "href",
    "/contact/",
  );
  await page.goto("/es/messages/");
  await expect(page.getByRole("link", { name: "Escribir a su administrador" })).toHaveAttribute(
    "href",
    "/es/contact/",
  );
});

test("a mailed notice of error: each clock's status moves with the date", async ({ page }) => {
  await open(page, "2026-12-02", [mailed]);
  const c = card(page, mailed.reference);
  await expect(c).toContainText(
    "Counted from November 30, 2026, the day the servicer received it.",
  );
  const clock = (role: string) => c.locator(".clocks li").filter({ hasText: role }).first();
  // Received Nov 30: acknowledgment Dec 7 (3 business days from Dec 2), answer Jan 13,
  // extended Feb 4, protection to Jan 29.
  await expect(clock("Acknowledgment")).toContainText("Due within 3 business days");
  await expect(clock("Acknowledgment")).toContainText("Due December 7, 2026 (estimated)");
  await expect(clock("Acknowledgment")).toContainText("12 CFR 1024.35(d)");
  await expect(clock("Answer:")).toContainText("Waiting");
  await expect(clock("Protection")).toContainText("In effect");
  await expect(c.getByRole("heading", { name: "What you can do next" })).toHaveCount(0);

  await page.clock.setFixedTime(new Date("2027-01-14T12:00:00"));
  await page.reload();
  await expect(clock("Answer:")).toContainText("Passed (estimated)");
  await expect(clock("Answer:")).toContainText("12 CFR 1024.35(e)(3)(i)(C)");
  await expect(clock("if the servicer extended")).toContainText("Waiting");
  await expect(clock("Protection")).toContainText("In effect");
  const next = c.locator(".next-steps");
  await expect(next.getByRole("heading", { name: "What you can do next" })).toBeVisible();
  await expect(next).toContainText("by January 13, 2027 (estimated)");
  await expect(next.locator("pre").first()).toContainText("reference BHC-20261125-0A1B2C");
  await expect(next.locator("pre").first()).toContainText(
    "Under 12 CFR 1024.35(e)(3)(i)(C), you had to",
  );
  await expect(next).toContainText("Loan 1234567 – Escalation – No answer to an earlier message");
  await expect(next.getByRole("link", { name: "Write the follow-up with the contact form" }))
    .toHaveAttribute("href", "/contact/?category=escalation&topic=no-response");
  await expect(next.locator("pre").nth(1)).toContainText("Mail tracking number: 9400100000");
  await expect(next.getByRole("link", { name: "Open NMLS Consumer Access" })).toHaveAttribute(
    "href",
    "https://www.nmlsconsumeraccess.org/",
  );
  await expect(next.getByText("housing counselor")).toHaveCount(0);
});

test("Spanish: the same clocks and next steps in Spanish", async ({ page }) => {
  await open(page, "2027-01-14", [mailed], "/es/messages/");
  const c = card(page, mailed.reference);
  await expect(c).toContainText("Vencido (fecha estimada)");
  await expect(c).toContainText("Vence el 13 de enero de 2027 (fecha estimada)");
  await expect(c.locator(".next-steps")).toContainText("Qué puede hacer ahora");
  await expect(c.locator(".next-steps")).toContainText(
    "Loan 1234567 – Escalation – Sin respuesta a un mensaje anterior",
  );
  const download = page.waitForEvent("download");
  await c.getByRole("button", { name: "Agregar recordatorios (.ics)" }).click();
  expect((await download).suggestedFilename()).toBe(`${mailed.reference}-recordatorios.ics`);
});

test("dates use the browser's date picker; a date typed only in part is refused, not dropped", async ({ page }) => {
  await open(page, "2026-12-04", [unsent]);
  const c = card(page, unsent.reference);
  await c.getByText("Record what happened").click();
  const sentOn = c.getByLabel("Date you sent it");
  await expect(sentOn).toHaveAttribute("type", "date");
  await expect(sentOn).toHaveAttribute("max", "2026-12-04");
  await expect(c.getByLabel("Tracking number")).toHaveAttribute("type", "text");
  // Only the month typed: the input reads "" (badInput), which must not count as left empty.
  await sentOn.click();
  await page.keyboard.type("12");
  await c.getByRole("button", { name: "Save" }).click();
  await expect(c.locator(".error-summary").getByRole("link")).toHaveText(
    "Date you sent it must be a real date, like 2026-03-27",
  );
  await expect(c).toContainText("Record the day you sent it");
});

test("recording that a letter was mailed, then delivered, then answered but not resolved", async ({ page }) => {
  await open(page, "2026-12-04", [unsent]);
  const c = card(page, unsent.reference);
  await expect(c).toContainText("Record the day you sent it");
  await c.getByText("Record what happened").click();
  await c.getByLabel("Date you sent it").fill("2026-12-02");
  await c.getByLabel("mail", { exact: true }).check();
  await c.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").first()).toHaveText(/Saved\./);
  await expect(c).toContainText("assume the servicer received it by December 9, 2026");
  await expect(c).toContainText("main home");

  // A date in the future is refused, GOV.UK style.
  await c.getByLabel("Date the servicer answered").fill("2026-12-20");
  await c.getByRole("button", { name: "Save" }).click();
  const summary = c.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("There is a problem");
  await expect(summary.getByRole("link")).toHaveText(
    "Date the servicer answered must be today or in the past",
  );
  await expect(page).toHaveTitle(/^Error: /);

  await c.getByLabel("Date the servicer received it (mail)").fill("2026-12-03");
  await c.getByLabel("Date the servicer answered").fill("2026-12-04");
  await c.getByLabel("No, it is not resolved").check();
  await c.getByRole("button", { name: "Save" }).click();
  await expect(page).not.toHaveTitle(/^Error: /);
  await expect(c).toContainText("Counted from December 3, 2026");
  await expect(c.locator(".next-steps")).toContainText(
    "You recorded that the answer did not resolve the problem.",
  );
  await expect(c.locator(".next-steps")).toContainText("HUD-approved housing counselor");
  // The servicer did answer: the follow-up is about an issue not resolved, not a missing answer.
  await expect(c.locator(".next-steps")).toContainText("Escalation – Issue not resolved");
  await expect(
    c.locator(".next-steps").getByRole("link", {
      name: "Write the follow-up with the contact form",
    }),
  ).toHaveAttribute("href", "/contact/?category=escalation&topic=unresolved-issue");
  const stored = await page.evaluate((key) => localStorage.getItem(key), MESSAGES_KEY);
  expect(JSON.parse(stored!)[0]).toMatchObject({
    sent: { on: "2026-12-02", method: "mail", delivered: "2026-12-03" },
    answered: "2026-12-04",
    outcome: { resolved: false, on: "2026-12-04" },
  });
});

test("reminders: one .ics with every remaining due date", async ({ page }) => {
  await open(page, "2026-12-08", [mailed]);
  const download = page.waitForEvent("download");
  await card(page, mailed.reference).getByRole("button", { name: "Add reminders (.ics)" }).click();
  expect((await download).suggestedFilename()).toBe(`${mailed.reference}-reminders.ics`);
  const ics = readFileSync(await (await download).path(), "utf8");
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
  expect(events.map((e) => new ICAL.Event(e).startDate.toString())).toEqual([
    "2027-01-13",
    // 15 more business days skip Martin Luther King Jr. Day (Jan 18).
    "2027-02-04",
  ]);
});

test("export, delete everything, import back; a foreign file is refused and nothing is lost", async ({ page }) => {
  await open(page, "2026-12-08", [mailed, unsent]);
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export for a spreadsheet (CSV)" }).click();
  expect((await csvDownload).suggestedFilename()).toBe("my-messages.csv");
  const csv = readFileSync(await (await csvDownload).path(), "utf8");
  // A UTF-8 byte-order mark first, so spreadsheet programs show the en dashes of the subjects.
  expect(csv.split("\r\n")[0]).toMatch(/^\ufeff"Reference","Subject"/);
  expect(csv).toContain('"BHC-20261125-0A1B2C"');

  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export (JSON)" }).click();
  const exported = await (await jsonDownload).path();

  // A file from another program is refused, and the list stays as it was.
  await page.getByLabel("Import a file exported from My messages").setInputFiles({
    name: "other.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"items": []}'),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.locator(".data-tools .error-summary")).toBeFocused();
  await expect(page.locator(".data-tools .error-summary")).toContainText(
    "The selected file is not a My messages export",
  );
  await expect(page.locator(".message-card")).toHaveCount(2);

  await page.getByRole("button", { name: "Delete everything" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete every message?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.locator(".message-card")).toHaveCount(2);
  await page.getByRole("button", { name: "Delete everything" }).click();
  await dialog.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByText("You have no messages yet.")).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), MESSAGES_KEY)).toBeNull();

  await page.getByLabel("Import a file exported from My messages").setInputFiles(exported);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").first()).toHaveText(/Imported: 2 new, 0 updated\./);
  await expect(page.locator(".message-card")).toHaveCount(2);
});

/** An export file as My messages writes it, with any messages (valid or not). */
function exportOf(messages: unknown[]) {
  return {
    name: "my-messages.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({
      format: "borrower-help-center/messages",
      version: 1,
      exported: "2026-12-08T10:00:00.000Z",
      messages,
    })),
  };
}

/** Ten messages made on different days of November 2026, none sent yet. */
const tenMessages: TrackedMessage[] = Array.from({ length: 10 }, (_, i) => ({
  ...unsent,
  reference: `BHC-202611${String(i + 10)}-00000${i}`,
  created: `2026-11-${String(i + 10)}`,
}));

const farFuture = { ...unsent, sent: { on: "9999-12-31", method: "mail" } };

test("a date the page cannot show is refused on import, and the next import loses nothing", async ({ page }) => {
  await open(page, "2026-12-08", [mailed]);
  const importFile = async (file: ReturnType<typeof exportOf>) => {
    await page.getByLabel("Import a file exported from My messages").setInputFiles(file);
    await page.getByRole("button", { name: "Import", exact: true }).click();
  };
  await importFile(exportOf([farFuture]));
  await expect(page.locator(".data-tools .error-summary")).toContainText(
    "The selected file is damaged or incomplete. Nothing was imported",
  );
  await importFile(exportOf([{ ...mailed, sent: { ...mailed.sent, delivered: "9999-12-31" } }]));
  await expect(page.locator(".data-tools .error-summary")).toContainText("damaged or incomplete");

  await importFile(exportOf(tenMessages));
  await expect(page.getByRole("status").first()).toHaveText(/Imported: 10 new, 0 updated\./);
  await expect(page.locator(".message-card")).toHaveCount(11);
  await page.reload();
  await expect(page.locator(".message-card")).toHaveCount(11);
  const stored = await page.evaluate((key) => localStorage.getItem(key), MESSAGES_KEY);
  expect(JSON.parse(stored!)).toHaveLength(11);
});

test("a stored entry that cannot be shown is one card saying so, and is kept", async ({ page }) => {
  const broken = { ...farFuture, reference: "BHC-20261130-DEAD00" };
  await open(page, "2026-12-08", [mailed, broken] as TrackedMessage[]);
  const bad = card(page, broken.reference);
  await expect(bad).toContainText("This message cannot be shown");
  await expect(card(page, mailed.reference)).toContainText("Counted from November 30, 2026");
  await expect(page.getByRole("button", { name: "Export (JSON)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete everything" })).toBeVisible();

  // Writing anything keeps the entry as it is stored.
  await page.getByLabel("Import a file exported from My messages").setInputFiles(
    exportOf(tenMessages.slice(0, 1)),
  );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").first()).toHaveText(/Imported: 1 new, 0 updated\./);
  const stored = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), MESSAGES_KEY))!,
  );
  expect(stored).toContainEqual(broken);
  expect(stored).toHaveLength(3);
});

test("every write starts from storage: another tab's message is never written over", async ({ page }) => {
  await open(page, "2026-12-08", [mailed]);
  // Another tab (or the contact page) adds a message after this page read the list.
  await page.evaluate(([key, extra]) => {
    const list = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify([extra, ...list]));
  }, [MESSAGES_KEY, tenMessages[0]] as const);
  const c = card(page, mailed.reference);
  await c.getByText("Record what happened").click();
  await c.getByLabel("Date the servicer acknowledged it").fill("2026-12-01");
  await c.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").first()).toHaveText(/Saved\./);
  const stored = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), MESSAGES_KEY))!,
  );
  expect(stored.map((m: TrackedMessage) => m.reference).sort()).toEqual(
    [tenMessages[0].reference, mailed.reference].sort(),
  );
  await expect(page.locator(".message-card")).toHaveCount(2);
});

test("a save the browser refuses is said on the page, and what was typed stays", async ({ page }) => {
  await open(page, "2026-12-08", [mailed]);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const c = card(page, mailed.reference);
  await c.getByText("Record what happened").click();
  await c.getByLabel("Date the servicer acknowledged it").fill("2026-12-01");
  await c.getByRole("button", { name: "Save" }).click();
  const failed = page.locator(".save-failed");
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("This browser did not save");
  await expect(c.getByLabel("Date the servicer acknowledged it")).toHaveValue("2026-12-01");
  await expect(page.getByRole("status").first()).not.toHaveText(/Saved/);

  await page.getByLabel("Import a file exported from My messages").setInputFiles(
    exportOf(tenMessages),
  );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.locator(".data-tools .error-summary")).toContainText(
    "This browser did not save the import",
  );
  await expect(page.getByRole("status").first()).not.toHaveText(/Imported/);
  await expect(page.locator(".message-card")).toHaveCount(1);
});

test("Spanish: an import of one message says so in the singular", async ({ page }) => {
  await open(page, "2026-12-08", [], "/es/messages/");
  await page.getByLabel("Importar un archivo exportado de Mis mensajes").setInputFiles(
    exportOf(tenMessages.slice(0, 1)),
  );
  await page.getByRole("button", { name: "Importar", exact: true }).click();
  await expect(page.getByRole("status").first()).toHaveText(
    /Importación: 1 nuevo, 0 actualizados\./,
  );
});

test("a notice of error recorded as emailed, where the servicer takes it only by mail: no clocks, mail offered", async ({ page }) => {
  const emailed = { ...mailed, sent: { on: "2026-11-25", method: "email" as const } };
  await open(page, "2026-12-08", [emailed]);
  const c = card(page, mailed.reference);
  const warning = c.locator(":scope > .email-not-accepted");
  await expect(warning).toContainText(
    "This servicer does not take notices of error by email: they must reach the address it designated (12 CFR 1024.35(c)).",
  );
  await expect(warning).toContainText("PO Box 0100");
  await expect(warning).toContainText("No legal deadline is shown for the email.");
  await expect(c.getByRole("heading", { name: "Deadlines" })).toHaveCount(0);
  await expect(c).not.toContainText("Counted from");

  await warning.getByRole("button", { name: "Record a mailing instead" }).click();
  await expect(c.getByLabel("mail", { exact: true })).toBeChecked();
  await expect(c.getByLabel("mail", { exact: true })).toBeFocused();
  await c.getByLabel("Date you sent it").fill("2026-12-01");
  await c.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").first()).toHaveText(/Saved\./);
  await expect(c.locator(".email-not-accepted")).toHaveCount(0);
  await expect(c.getByRole("heading", { name: "Deadlines" })).toBeVisible();
  await expect(c).toContainText("12 CFR 1024.35(d)");
});
