/**
 * This site's "My messages" page, seeded with messages in the browser's storage and driven into
 * its states: a list with overdue clocks and next steps, the update form's errors, and the
 * delete-everything dialog, with axe on each at every width in both colour schemes. Like the
 * widget driver it uses the page's contract: the storage key of src/ui/messages-key.ts, the
 * record shape of src/inquiry/tracker/record.ts, headings and labels by their words.
 */
import type { Browser, Page } from "@playwright/test";
import type { AxeOptions } from "./axe-run.ts";
import { MESSAGES_KEY } from "../src/ui/messages-key.ts";
import { type StateJob, stateJob } from "./state-job.ts";
import { messagesPages } from "./this-site.ts";

type Lang = keyof typeof messagesPages;

/** "YYYY-MM-DD", `days` from today, so the seeded clocks are overdue whenever the audit runs. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** A notice of error sent long ago and never answered, and a hardship message not yet sent. */
function seed(): unknown[] {
  return [
    {
      reference: "BHC-20260101-0A1B2C",
      subject: "Loan 1234567 – Notice of Error – Payment applied incorrectly",
      category: "notice-of-error",
      topic: "misapplied-payment",
      created: daysAgo(100),
      sent: { on: daysAgo(100), method: "certified-mail", tracking: "9400100000" },
    },
    {
      reference: "BHC-20260102-FFEE01",
      subject: "Loan 1234567 – Hardship Assistance – Loan modification",
      category: "hardship",
      topic: "loan-modification",
      created: daysAgo(1),
    },
  ];
}

const words = {
  en: {
    next: "What you can do next",
    update: "Record what happened",
    sentOn: "Date you sent it",
    save: "Save",
    problem: "There is a problem",
    deleteAll: "Delete everything",
  },
  es: {
    next: "Qué puede hacer ahora",
    update: "Anotar lo que pasó",
    sentOn: "Fecha en que lo envió",
    save: "Guardar",
    problem: "Hay un problema",
    deleteAll: "Borrar todo",
  },
};

interface MessagesState {
  name: string;
  lang: Lang;
  drive(page: Page, t: typeof words.en): Promise<void>;
}

const showsNextSteps = async (page: Page, t: typeof words.en) => {
  await page.getByRole("heading", { name: t.next }).first().waitFor({ state: "visible" });
};

export const messagesStates: MessagesState[] = [
  { name: "overdue, with next steps", lang: "en", drive: showsNextSteps },
  { name: "overdue, with next steps", lang: "es", drive: showsNextSteps },
  {
    name: "update form errors",
    lang: "en",
    drive: async (page, t) => {
      await page.getByText(t.update).last().click();
      await page.getByLabel(t.sentOn).last().fill("2999-01-01");
      await page.getByRole("button", { name: t.save }).last().click();
      await page.getByRole("heading", { name: t.problem }).waitFor({ state: "visible" });
    },
  },
  {
    name: "delete everything dialog",
    lang: "en",
    drive: async (page, t) => {
      await page.getByRole("button", { name: t.deleteAll }).click();
      await page.getByRole("dialog").waitFor({ state: "visible" });
    },
  },
];

export function messagesJobs(browser: Browser, base: string, options: AxeOptions): StateJob[] {
  return messagesStates.map((state) => {
    const path = messagesPages[state.lang];
    return stateJob(browser, base, options, {
      page: path,
      url: path,
      name: state.name,
      prepare: async (context) => {
        await context.addInitScript(([key, stored]) => {
          localStorage.setItem(key, stored);
        }, [MESSAGES_KEY, JSON.stringify(seed())]);
      },
      drive: (page) => state.drive(page, words[state.lang]),
    });
  });
}
