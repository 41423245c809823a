import { expect, test } from "@playwright/test";
import { searchQueries as queries } from "./search-queries.ts";

test("borrower queries find the right guide in the top 3 results", async ({ page }) => {
  test.setTimeout(240_000); // over 200 queries, typed one after another
  const misses: string[] = [];
  for (const lang of ["en", "es"] as const) {
    await page.goto(lang === "en" ? "/search/" : "/es/search/");
    for (const { q, expect: slugs } of queries.filter((query) => query.lang === lang)) {
      // The search page's own ranking (src/search/client.ts), as a borrower gets it.
      await page.locator("#search-page-input").fill(q);
      await page.locator("#search-page-input").press("Enter");
      await expect(page.locator("#search-status")).not.toHaveText(/^$|…/);
      const urls = await page.locator("#search-results > li h2 a").evaluateAll((links) =>
        links.slice(0, 3).map((a) => a.getAttribute("href") ?? "")
      );
      const prefix = lang === "en" ? "/guides/" : "/es/guides/";
      const hit = urls.some((url) => slugs.some((slug) => url === `${prefix}${slug}/`));
      if (!hit) misses.push(`${lang} "${q}" -> ${urls.join(", ") || "(nothing)"}`);
    }
  }
  const score = queries.length - misses.length;
  console.log(
    `search quality: ${score}/${queries.length} queries have the right guide in the top 3`,
  );
  if (misses.length) console.log(misses.join("\n"));
  expect(misses).toEqual([]);
});
