import { expect, test } from "@playwright/test";
import { watchProblems } from "./helpers.ts";

const pageTypes = [
  { path: "/", h1: "Answers about your mortgage" },
  { path: "/guides/", h1: "All guides" },
  { path: "/guides/payoff-statement/", h1: "Getting a payoff statement" },
  { path: "/faq/", h1: "Frequently asked questions" },
  { path: "/search/", h1: "Search" },
  { path: "/contact/", h1: "Contact your servicer" },
  { path: "/accessibility/", h1: "Accessibility statement" },
  { path: "/es/", h1: "Respuestas sobre su hipoteca" },
  {
    path: "/es/guides/payoff-statement/",
    h1: "Cómo pedir el estado de liquidación",
  },
  { path: "/es/faq/", h1: "Preguntas frecuentes" },
  { path: "/es/contact/", h1: "Comuníquese con su administrador" },
];

for (const { path, h1 } of pageTypes) {
  test(`${path} renders with the site layout and no errors`, async ({ page }) => {
    const problems = watchProblems(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText(h1);
    await expect(page.locator("html")).toHaveAttribute(
      "lang",
      path.startsWith("/es/") ? "es-US" : "en-US",
    );
    await expect(page.getByRole("search").first()).toBeVisible();
    await expect(page.locator("header nav.site-nav")).toBeVisible();
    await expect(page.locator("footer")).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test("the skip link is the first tab stop and moves focus to main", async ({ page }) => {
  await page.goto("/guides/payoff-statement/");
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

// The one exception: the inline registration of the offline service worker (src/offline/).
test("content pages ship no JavaScript but the service worker's registration", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (req) => {
    if (req.resourceType() === "script") scripts.push(req.url());
  });
  for (
    const path of [
      "/",
      "/guides/",
      "/guides/payoff-statement/",
      "/faq/",
      "/es/faq/",
      "/accessibility/",
    ]
  ) {
    await page.goto(path);
    const inline = await page.locator("script:not([type='application/ld+json'])")
      .evaluateAll((scripts) => scripts.map((script) => script.outerHTML));
    expect(inline, path).toHaveLength(1);
    expect(inline[0], path).toMatch(
      /^<script type="module">[^<]*serviceWorker\.register\(.\/sw\.js.\)[^<]*<\/script>$/,
    );
  }
  expect(scripts).toEqual([]);
});

test("a guide has its answer, contents, sources, review date and a call to action", async ({ page }) => {
  await page.goto("/guides/payoff-statement/");
  await expect(page.locator(".answer")).toContainText("7 business days");
  await expect(page.getByRole("navigation", { name: "On this page" }))
    .toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.locator("time[datetime]")).toHaveCount(1);
  await expect(page.locator(".deadline").first()).toContainText("12 CFR 1026.36(c)(3)");
  await expect(page.locator(".deadline").first()).toContainText("estimate");
  const cta = page.locator(".need-help a");
  await expect(cta).toHaveAttribute(
    "href",
    "/contact/?category=document-request&topic=payoff-statement",
  );
});

test("the language switch lists every language and keeps the page", async ({ page }) => {
  await page.goto("/guides/payoff-statement/");
  const list = page.getByRole("navigation", { name: "Language" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("English")).toHaveAttribute("aria-current", "true");
  await list.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/guides\/payoff-statement\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es-US");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/guides\/payoff-statement\/$/);
  const alternates = page.locator("link[rel=alternate][hreflang]");
  await expect(alternates).toHaveCount(3);
});

test("unknown pages answer 404 with the site's page, in the right language", async ({ page }) => {
  const en = await page.goto("/no-such-guide/");
  expect(en?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  const es = await page.goto("/es/no-existe/");
  expect(es?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("No encontramos la página");
});

test("the contact page shows the servicer's details without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/contact/");
  await expect(page.getByText("help@servicer.example").first()).toBeVisible();
  await expect(
    page.getByText("Attn: Notices of Error and Information Requests"),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", {
      name: "Tips for a message that gets answered",
    }),
  ).toBeVisible();
  await context.close();
});
