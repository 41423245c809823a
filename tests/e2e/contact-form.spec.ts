import { expect, type Page, test } from "@playwright/test";
import { langOfPath } from "../../src/i18n/languages.ts";

// The contact form is in the page's HTML: it is visible without JavaScript, and hydrating it,
// restoring a draft and applying ?category=&topic= move nothing the borrower can see.

const pages = [
  { path: "/contact/", fullName: "Full name", note: "The message builder needs JavaScript." },
  { path: "/es/contact/", fullName: "Nombre completo", note: "necesita JavaScript" },
];
const widths = [375, 1280];

/** The draft a borrower leaves when they chose a category and a topic that adds fields. */
const draft = {
  values: {
    fullName: "Jane Q. Borrower",
    loanNumber: "1234567",
    category: "payment-clarification",
    topic: "late-fee",
    feeAmount: "35.00",
    feeDate: "2026-11-02",
    summary: "I was charged a late fee for a payment made on time.",
  },
  attachments: [],
};

/** Waits until the island has hydrated and one more frame has been painted. */
async function hydrated(page: Page) {
  await page.locator("astro-island:not([ssr])").waitFor({ state: "attached" });
  await page.evaluate(() =>
    new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  );
}

/** Layout shift since navigation (buffered), leaving out shifts right after input. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() =>
    new Promise<number>((resolve) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
          if (!shift.hadRecentInput) total += shift.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
      setTimeout(() => resolve(total), 300);
    })
  );
}

for (const { path, fullName } of pages) {
  for (const width of widths) {
    test(`layout shift 0 on ${path} at ${width} px, fresh and with a draft restored`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await hydrated(page);
      expect(await layoutShift(page)).toBe(0);

      // Drafts are kept per page language (src/widget/draft-storage.ts).
      await page.evaluate(
        ([key, d]) => sessionStorage.setItem(key, JSON.stringify(d)),
        [`bhc-contact-draft-${langOfPath(path)}`, draft] as const,
      );
      await page.reload();
      await hydrated(page);
      await expect(page.getByLabel(fullName)).toHaveValue("Jane Q. Borrower");
      await expect(page.locator("#f-topic")).toHaveValue("late-fee");
      await expect(page.locator("#f-feeAmount")).toHaveValue("35.00");
      expect(await layoutShift(page)).toBe(0);
    });
  }
}

test("what is typed before the form hydrates is kept", async ({ page }) => {
  // Hold the island's script back until the borrower has typed into the server-rendered form.
  let release = () => {};
  const held = new Promise<void>((resolve) => release = resolve);
  await page.route(/\/_astro\/ContactWidget\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/contact/", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Full name").fill("Jane Q. Borrower");
  await page.getByLabel("Summary").fill("No answer for a month");
  await page.getByLabel("Escalation").check();
  release();
  await hydrated(page);
  await expect(page.getByLabel("Full name")).toHaveValue("Jane Q. Borrower");
  await expect(page.getByLabel("Summary")).toHaveValue("No answer for a month");
  await expect(page.getByLabel("Escalation")).toBeChecked();
  await expect(page.getByLabel("Topic")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, fullName, note } of pages) {
    test(`${path}: the form and the note show, and no button does nothing`, async ({ page }) => {
      await page.goto(path);
      const widget = page.locator("#contact-widget");
      await expect(widget.getByLabel(fullName)).toBeVisible();
      await expect(widget.locator("fieldset legend").first()).toBeVisible();
      await expect(widget.getByRole("radio")).not.toHaveCount(0);
      await expect(widget.getByText(note)).toBeVisible();
      await expect(widget.locator("button:visible")).toHaveCount(0);
      // Nothing typed can reach a URL: no text control has a name.
      const named = await widget.locator("input:not([type=radio]), textarea, select")
        .evaluateAll((controls) => controls.filter((c) => c.hasAttribute("name")).length);
      expect(named).toBe(0);
    });
  }
});
