import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { colorSchemes, defaultTags, widths } from "../../audit/standard.ts";
import { watchProblems } from "./helpers.ts";

/** Holds Pagefind's script back, so the page paints well before its results come. */
async function slowIndex(page: Page, ms = 800): Promise<void> {
  await page.route("**/pagefind/pagefind.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

const resultsShown = (page: Page) =>
  expect(page.locator("#search-status")).toHaveText(/^(Found|Se encontr)/, { timeout: 15_000 });

for (const path of ["/search/?q=escrow", "/es/search/?q=escrow"]) {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`${path} at ${viewport.width} px: nothing moves when results arrive`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await slowIndex(page);
      // Records, in the page: every layout shift, where the results region was at the first
      // paint, and where the first result was when it appeared.
      await page.addInitScript(() => {
        const seen = { shifts: [] as number[], region: "", first: "" };
        (globalThis as unknown as { seen: typeof seen }).seen = seen;
        const box = (el: Element) => JSON.stringify(el.getBoundingClientRect());
        const place = (el: Element) => {
          const { x, y } = el.getBoundingClientRect();
          return JSON.stringify({ x, y });
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            seen.shifts.push((entry as unknown as { value: number }).value);
          }
        }).observe({ type: "layout-shift", buffered: true });
        addEventListener("DOMContentLoaded", () => {
          requestAnimationFrame(() =>
            seen.region = place(document.querySelector("#search-region")!)
          );
          new MutationObserver(() => {
            const first = document.querySelector("#search-results > li");
            if (first && !seen.first) seen.first = box(first);
          }).observe(document.querySelector("#search-results")!, { childList: true });
        });
      });
      await page.goto(path);
      // The live region says the search is under way while the index loads.
      await expect(page.locator("#search-status")).toHaveText(/Searching…|Buscando…/);
      await resultsShown(page);
      await page.waitForTimeout(500);
      const seen = await page.evaluate(() =>
        (globalThis as unknown as { seen: { shifts: number[]; region: string; first: string } })
          .seen
      );
      const box = (selector: string) =>
        page.locator(selector).evaluate((el) => JSON.stringify(el.getBoundingClientRect()));
      const place = (selector: string) =>
        page.locator(selector).evaluate((el) => {
          const { x, y } = el.getBoundingClientRect();
          return JSON.stringify({ x, y });
        });
      // The region grows with the results; where it starts does not move.
      expect(seen.region).not.toBe("");
      expect(await place("#search-region")).toBe(seen.region);
      expect(await box("#search-results > li:first-child")).toBe(seen.first);
      expect(seen.shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
      // The footer waited below the first screen.
      const footerTop = await page.locator("footer").evaluate((el) =>
        el.getBoundingClientRect().top
      );
      expect(footerTop).toBeGreaterThanOrEqual(viewport.height);
    });
  }
}

test("a misspelt word: did you mean, and the guide it meant", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("/search/?q=paoff%20amount");
  await resultsShown(page);
  const suggestion = page.locator("#search-suggestion");
  await expect(suggestion).toHaveText("Did you mean payoff amount?");
  await expect(page.locator("#search-results > li h2 a").first()).toHaveAttribute(
    "href",
    "/guides/payoff-statement/",
  );
  await suggestion.getByRole("link").click();
  await expect(page.locator("#search-page-input")).toHaveValue("payoff amount");
  await expect(page).toHaveURL(/q=payoff\+amount/);
  await expect(suggestion).toBeHidden();
  expect(problems).toEqual([]);
});

test("Spanish without accents finds the accented words", async ({ page }) => {
  await page.goto("/es/search/?q=estado%20de%20liquidacion");
  await resultsShown(page);
  const first = page.locator("#search-results > li").first();
  await expect(first.locator("h2 a")).toHaveAttribute("href", "/es/guides/payoff-statement/");
  await expect(first.locator("mark").filter({ hasText: /^liquidación$/i }).first()).toBeVisible();
  // Found as the site spells it: no suggestion needed.
  await expect(page.locator("#search-suggestion")).toBeHidden();
});

test("each result: its matching sections and every word found marked", async ({ page }) => {
  await page.goto("/search/?q=escrow%20shortage");
  await resultsShown(page);
  const first = page.locator("#search-results > li").first();
  await expect(first.locator("h2 a")).toHaveAttribute("href", "/guides/escrow-analysis/");
  await expect(first.locator(".sub-results a").first()).toHaveAttribute(
    "href",
    /^\/guides\/escrow-analysis\/#/,
  );
  const marked = await first.locator(".search-excerpt mark").allTextContents();
  expect(marked.map((word) => word.toLowerCase())).toEqual(
    expect.arrayContaining(["escrow", "shortage"]),
  );
  // Page text reaches the page as text: nothing but <mark> inside an excerpt.
  const tags = await page.locator(".search-excerpt *").evaluateAll((
    els,
  ) => [...new Set(els.map((el) => el.tagName))]);
  expect(tags).toEqual(["MARK"]);
});

for (const lang of ["en", "es"] as const) {
  test(`no results (${lang}) offers popular questions, the FAQ and contact`, async ({ page }) => {
    const prefix = lang === "en" ? "" : "/es";
    await page.goto(`${prefix}/search/?q=zzzzqqq`);
    await expect(page.locator("#search-status")).toHaveText(
      lang === "en" ? "No results." : "No hay resultados.",
    );
    const none = page.locator("#search-none");
    await expect(none).toBeVisible();
    await expect(none.locator("h2")).toContainText("“zzzzqqq”");
    const links = await none.locator("a").evaluateAll((as) =>
      as.map((a) => a.getAttribute("href") ?? "")
    );
    expect(links).toEqual(expect.arrayContaining([
      `${prefix}/guides/`,
      `${prefix}/faq/`,
      `${prefix}/contact/`,
    ]));
    expect(links.filter((href) => href.startsWith(`${prefix}/faq/#`)).length).toBeGreaterThan(2);
    // A new search hides it again.
    await page.locator("#search-page-input").fill("escrow");
    await page.locator("#search-page-input").press("Enter");
    await resultsShown(page);
    await expect(none).toBeHidden();
  });
}

test("axe finds nothing in the results, suggestion and no-result states", async ({ page }) => {
  test.setTimeout(120_000);
  for (
    const path of ["/search/?q=paoff%20amount", "/es/search/?q=zzzzqqq", "/es/search/?q=plica"]
  ) {
    for (const colorScheme of colorSchemes) {
      await page.emulateMedia({ colorScheme });
      for (const viewport of widths) {
        await page.setViewportSize(viewport);
        await page.goto(path);
        await expect(page.locator("#search-status")).not.toHaveText(/^$|…/);
        const { violations } = await new AxeBuilder({ page }).withTags(defaultTags).analyze();
        expect(violations.map((v) => `${path} ${colorScheme} ${viewport.width}: ${v.id}`))
          .toEqual([]);
      }
    }
  }
});
