import { expect, type Page, test } from "@playwright/test";
import { searchQueries as queries } from "./search-queries.ts";
import { perQuery, setupTime, timeFor } from "./timeouts.ts";

// Borrower queries (search-queries.ts): tune the index (titles, headings, weights, keywords), never
// the queries.

// One test per query, so that a miss names its query and a slow machine times out no query
// but a slow one. Each worker keeps one search page per language open and types query after query
// into it, as a borrower would; the search page's own ranking (src/search/client.ts) decides.
for (const lang of ["en", "es"] as const) {
  test.describe(`${lang} search`, () => {
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      test.setTimeout(setupTime);
      page = await browser.newPage();
      await page.goto(lang === "en" ? "/search/" : "/es/search/");
    });
    test.afterAll(() => page?.close());

    for (const { q, expect: slugs } of queries.filter((query) => query.lang === lang)) {
      test(`"${q}" has ${slugs.join(" or ")} in the top 3`, async () => {
        test.setTimeout(timeFor(1, perQuery));
        await page.locator("#search-page-input").fill(q);
        await page.locator("#search-page-input").press("Enter");
        await expect(page.locator("#search-status")).not.toHaveText(/^$|…/);
        const top3 = await page.locator("#search-results > li h2 a").evaluateAll((links) =>
          links.slice(0, 3).map((a) => a.getAttribute("href") ?? "")
        );
        const prefix = lang === "en" ? "/guides/" : "/es/guides/";
        const wanted = slugs.map((slug) => `${prefix}${slug}/`);
        expect(top3.filter((url) => wanted.includes(url)), `top 3: ${top3.join(", ")}`)
          .not.toEqual([]);
      });
    }
  });
}
