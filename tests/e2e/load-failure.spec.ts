import { expect, type Page, test } from "@playwright/test";
import { en } from "../../src/i18n/ui/en.ts";
import { es } from "../../src/i18n/ui/es.ts";

// A part of a page that loads on use can fail to arrive: the borrower went offline before the
// service worker had cached it, or a deploy replaced the hashed files the open page names.
// The page must say so and how to recover, and lose nothing the borrower entered.

// page.route does not see requests a service worker answers; these tests play the network.
test.use({ serviceWorkers: "block" });

/** Every script the page has not loaded yet now answers 404, as after a deploy. */
function scriptsGone(page: Page, pattern = /\/_astro\/[^/]+\.js$/) {
  return page.route(pattern, (route) => route.fulfill({ status: 404, body: "Not found" }));
}

for (
  const { lang, path, t, fullName } of [
    { lang: "en", path: "/contact/", t: en, fullName: "Full name" },
    { lang: "es", path: "/es/contact/", t: es, fullName: "Nombre completo" },
  ]
) {
  test(`${lang}: building a message when its code cannot load says so and keeps the draft`, async ({ page }) => {
    await page.goto(path);
    await page.locator("astro-island:not([ssr])").waitFor({ state: "attached" });
    await scriptsGone(page);

    await page.getByLabel(fullName, { exact: true }).fill("Jane Q. Borrower");
    await page.getByRole("button", { name: t.widget.submit }).click();
    const banner = page.getByRole("heading", { name: t.loadFailed.title });
    await expect(banner).toBeVisible();
    await expect(page.locator(".error-summary", { has: banner })).toBeFocused();
    await expect(page.getByText(t.loadFailed.text)).toBeVisible();
    await expect(page.getByLabel(fullName, { exact: true })).toHaveValue("Jane Q. Borrower");

    // The site is back: the link reloads the page, the draft returns and building works.
    await page.unrouteAll();
    await page.getByRole("link", { name: t.loadFailed.reload }).click();
    await page.locator("astro-island:not([ssr])").waitFor({ state: "attached" });
    await expect(page.getByLabel(fullName, { exact: true })).toHaveValue("Jane Q. Borrower");
    await page.getByRole("button", { name: t.widget.submit }).click();
    await expect(page.getByRole("heading", { name: t.widget.errorTitle })).toBeVisible();
    await expect(banner).toHaveCount(0);
  });
}

test("My messages says so when its words cannot load, instead of an empty page", async ({ page }) => {
  await scriptsGone(page, /\/_astro\/(en|es)\.[^/]+\.js$/);
  await page.goto("/es/messages/");
  await expect(page.getByRole("heading", { name: es.loadFailed.title })).toBeVisible();
  await expect(page.getByRole("link", { name: es.loadFailed.reload })).toBeVisible();
});
