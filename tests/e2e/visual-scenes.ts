import { expect, type Page } from "@playwright/test";
import { type Lang, localizePath } from "../../src/i18n/languages.ts";
import { MESSAGES_KEY } from "../../src/ui/messages-key.ts";
import { mailedNotice } from "../fixtures/tracked-messages.ts";
import { islandsHydrated } from "./helpers.ts";

// The screens the visual regression test (visual.spec.ts) photographs, each in every language, at a
// phone's and a desktop's width, light and dark. The contact states are driven by the widget's ids
// and the `?category=` preselection only, so the same steps work in every language.

/** A phone (390 px) and a desktop (1280 px); the heights are the first screen's. */
export const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

export const schemes = ["light", "dark"] as const;

/** The browser's clock for every scene: dates in results and in My messages stay the same. */
export const fixedNow = new Date("2026-12-08T12:00:00");

export interface Scene {
  name: string;
  /** The page, in the first language's form (`localizePath` adds each language's folder). */
  path: string;
  /** Drives the page into the state photographed, then waits for it. */
  ready: (page: Page) => Promise<void>;
  /** The part photographed when not the page (its first screens): a result below the form. */
  subject?: string;
  /**
   * Hidden while photographed: what sits above the subject and moves it by fractions of a pixel
   * from run to run (the form's guide suggestions), which shifts every line's antialiasing.
   */
  hide?: string;
  /** Runs before the page loads (storage a page reads at start). */
  before?: (page: Page) => Promise<void>;
}

const borrower: [string, string][] = [
  ["#f-fullName", "Jane Q. Borrower"],
  ["#f-loanNumber", "1234567"],
  ["#f-propertyAddress", "12 Main St, Springfield, ST 00000"],
  ["#f-email", "jane@example.com"],
  ["#f-summary", "Question about my statement"],
  ["#f-details", "Please explain the escrow line of my November statement."],
];

/** Fills the preselected category's form with a valid message, picking the first topic if none. */
async function fillValid(page: Page) {
  const topic = page.locator("#f-topic");
  if (!(await topic.inputValue())) await topic.selectOption({ index: 1 });
  for (const [selector, value] of borrower) await page.locator(selector).fill(value);
}

async function submitFor(page: Page, state: string) {
  await page.locator("#submit").click();
  // A valid form goes to "Check your answers" first; its one button builds the message.
  if (state.startsWith(".result")) await page.locator("#build").click();
  await expect(page.locator(state)).toBeVisible();
}

/** The contact form, once its island has hydrated. */
async function form(page: Page) {
  await expect(page.locator("#submit")).toBeVisible();
  await islandsHydrated(page);
}

export const scenes: Scene[] = [
  { name: "home", path: "/", ready: (page) => expect(page.locator("h1")).toBeVisible() },
  {
    name: "guide",
    path: "/guides/escrow-after-payoff/",
    ready: (page) => expect(page.locator("h1")).toBeVisible(),
  },
  {
    name: "search-results",
    path: "/search/?q=escrow",
    ready: (page) => expect(page.locator("#search-results > li").first()).toBeVisible(),
  },
  {
    name: "search-none",
    path: "/search/?q=qqzzxq",
    ready: (page) => expect(page.locator("#search-none")).toBeVisible(),
  },
  { name: "contact", path: "/contact/", ready: form },
  {
    name: "contact-errors",
    path: "/contact/",
    ready: async (page) => {
      await form(page);
      await submitFor(page, ".error-summary");
    },
  },
  {
    name: "contact-check",
    path: "/contact/?category=general",
    ready: async (page) => {
      await form(page);
      await fillValid(page);
      await submitFor(page, ".check-answers");
    },
  },
  {
    name: "result-email",
    path: "/contact/?category=general",
    subject: ".result",
    hide: ".widget > :not(.result)",
    ready: async (page) => {
      await form(page);
      await fillValid(page);
      await submitFor(page, ".result");
    },
  },
  {
    name: "result-letter",
    path: "/contact/?category=request-for-information&topic=loan-owner",
    subject: ".result",
    hide: ".widget > :not(.result)",
    ready: async (page) => {
      await form(page);
      await fillValid(page);
      await submitFor(page, ".result.letter");
    },
  },
  {
    name: "messages",
    path: "/messages/",
    before: async (page) => {
      await page.addInitScript(([key, stored]) => localStorage.setItem(key, stored), [
        MESSAGES_KEY,
        JSON.stringify([mailedNotice]),
      ]);
    },
    ready: (page) => expect(page.locator(".message-card")).toBeVisible(),
  },
  {
    name: "messages-tools",
    path: "/messages/",
    subject: ".data-tools",
    before: (page) => scenes.find((s) => s.name === "messages")!.before!(page),
    ready: (page) => expect(page.locator(".data-tools")).toBeVisible(),
  },
];

/** The address of a scene in a language. */
export const sceneUrl = (scene: Scene, lang: Lang) => localizePath(scene.path, lang);
