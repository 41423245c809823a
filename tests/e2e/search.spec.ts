import { expect, test } from "@playwright/test";
import { watchProblems } from "./helpers.ts";

test("the header search finds a guide in English", async ({ page }) => {
  const problems = watchProblems(page);
  // The home page has its own search box instead (one per screen); any other page has the header's.
  await page.goto("/faq/");
  await page.locator("#site-search").fill("payoff statement");
  await page.locator("#site-search").press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=payoff\+statement/);
  const first = page.locator("#search-results > li").first();
  await expect(first.locator("h2 a")).toHaveAttribute(
    "href",
    "/guides/payoff-statement/",
  );
  await expect(first.locator("p mark").first()).toBeVisible();
  await expect(page.locator("#search-status")).toContainText(/result/);
  expect(problems).toEqual([]);
});

test("/es/search/?q= finds only Spanish guides", async ({ page }) => {
  await page.goto("/es/search/?q=estado%20de%20liquidaci%C3%B3n");
  const links = page.locator("#search-results > li h2 a");
  await expect(links.first()).toHaveAttribute(
    "href",
    "/es/guides/payoff-statement/",
  );
  for (
    const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))
  ) {
    expect(href).toMatch(/^\/es\//);
  }
});

test("English search does not return Spanish pages", async ({ page }) => {
  await page.goto("/search/?q=liquidaci%C3%B3n");
  await expect(page.locator("#search-status")).toContainText("No results");
});

test("results update as the borrower types, with headings as sub-results", async ({ page }) => {
  await page.goto("/search/");
  await page.locator("#search-page-input").pressSequentially("payoff", {
    delay: 30,
  });
  await expect(page.locator("#search-results > li").first()).toBeVisible();
  await expect(page).toHaveURL(/q=payoff/);
  await expect(page.locator("#search-results .sub-results a").first())
    .toHaveAttribute("href", /#/);
});
