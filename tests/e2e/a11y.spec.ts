// The end-to-end accessibility checks, written the way an auditor would write their own with
// @axe-core/playwright's AxeBuilder (README, "Write your own axe test"). The full sweep of
// every page is `deno task audit`; these show tags, include, exclude and frames on this site,
// and the two things AxeBuilder lacks that made the audit supply axe itself.
import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import { expect, type Page, test } from "@playwright/test";
import { axePresent, axeSource } from "../../audit/axe-run.ts";
import { defaultTags } from "../../audit/standard.ts";

/** "rule x2 at selector" lines, so a failure says what broke where. */
const describe = (violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]) =>
  violations.map((v) => `${v.id} x${v.nodes.length} at ${v.nodes[0]?.target}`);

for (const path of ["/", "/contact/", "/es/search/"]) {
  test(`axe finds nothing on ${path} at both widths, light and dark`, async ({ page }) => {
    // Four analyses, each finishing in a page of its own (see "what AxeBuilder lacks").
    test.setTimeout(180_000);
    await page.goto(path);
    for (const width of [375, 1280]) {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(defaultTags).analyze();
        expect(describe(violations), `${width}px ${colorScheme}`).toEqual([]);
      }
    }
  });
}

test("axe finds nothing in the contact form's Not sure? on its second question, light and dark", async ({ page }) => {
  await page.goto("/contact/");
  await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
  await page.getByText("Not sure which to choose?").click();
  await page.getByRole("button", { name: "Get a document or information about my loan" }).click();
  await expect(page.locator("#not-sure-question")).toHaveText("What do you need?");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(defaultTags).include("main")
      .analyze();
    expect(describe(violations), colorScheme).toEqual([]);
  }
});

test("include and exclude: the contact form's error state, without the site header", async ({ page }) => {
  await page.goto("/contact/");
  // The widget works once its island has started.
  await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(defaultTags)
    .include("main")
    .exclude("header")
    .analyze();
  expect(describe(results.violations)).toEqual([]);
  // Only main was looked at: every element axe passed lies inside it.
  const targets = results.passes.flatMap((rule) => rule.nodes.map((n) => String(n.target[0])));
  expect(targets.length).toBeGreaterThan(0);
  const outside = await page.evaluate(
    (selectors) => selectors.filter((s) => !document.querySelector(s)?.closest("main")),
    [...new Set(targets)],
  );
  expect(outside).toEqual([]);
});

/**
 * A page on this site's origin with two frames: a clean one and one with a planted failure.
 * (The site's own pages cannot be framed: the server sends frame-ancestors 'none'.)
 */
async function framedPage(page: Page) {
  const html = (body: string) =>
    `<!doctype html><html lang="en"><head><title>Frames</title></head><body>${body}</body></html>`;
  await page.route("**/__framed.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: html(`<main><h1>Frames</h1>
        <iframe src="/__clean.html" title="Clean"></iframe>
        <iframe src="/__planted.html" title="Planted"></iframe></main>`),
    }));
  await page.route(
    "**/__clean.html",
    (route) => route.fulfill({ contentType: "text/html", body: html("<p>Nothing wrong.</p>") }),
  );
  await page.route(
    "**/__planted.html",
    (route) => route.fulfill({ contentType: "text/html", body: html('<p><img src="x.png"></p>') }),
  );
  await page.goto("/__framed.html");
  await page.frameLocator("iframe[title='Planted']").locator("img").waitFor({ state: "attached" });
}

test("frames: with axe in every frame (as the audit puts it), AxeBuilder reaches their failures", async ({ page }) => {
  await page.context().addInitScript({ content: axeSource });
  await framedPage(page);
  const { violations } = await new AxeBuilder({ page, axeSource: axePresent })
    .withTags(defaultTags).analyze();
  const imageAlt = violations.find((v) => v.id === "image-alt");
  // The target is a path: the frame, then the element inside it.
  expect(imageAlt?.nodes[0].target).toEqual(['iframe[src$="__planted.html"]', "img"]);
  expect(violations.map((v) => v.id)).toEqual(["image-alt"]);
  expect(imageAlt?.nodes.length, "the clean frame adds nothing").toBe(1);
});

test("what AxeBuilder lacks (3): a frame slow to take axe is left out of the violations", async ({ page }) => {
  await framedPage(page);
  // axe's source, made to take 1.5 s inside frames (AxeBuilder gives each frame 1 s).
  const slowInFrames = `${axe.source};if (window !== window.top) { ` +
    "const end = Date.now() + 1500; while (Date.now() < end); }";
  const results = await new AxeBuilder({ page, axeSource: slowInFrames }).withTags(defaultTags)
    .analyze();
  expect(results.violations.map((v) => v.id), "the planted frame was not checked").toEqual([]);
  // Only a "needs review" result says so, which a test that reads violations never sees.
  expect(results.incomplete.map((r) => r.id)).toContain("frame-tested");
});

test("what AxeBuilder lacks (1): each analyse opens a new page to finish the run", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto("/guides/");
  let opened = 0;
  context.on("page", () => opened++);
  await new AxeBuilder({ page }).withTags(defaultTags).analyze();
  expect(opened, "runPartial mode finishes in a blank page").toBe(1);
  await new AxeBuilder({ page }).withTags(defaultTags).setLegacyMode().analyze();
  expect(opened, "legacy mode does not, but then skips cross-origin frames").toBe(1);
});

test("what AxeBuilder lacks (2): each analyse evaluates axe's whole source again", async ({ page }) => {
  await page.goto("/guides/");
  const counted = `${axe.source};globalThis.__axeInjected = (globalThis.__axeInjected ?? 0) + 1;`;
  for (let i = 0; i < 3; i++) {
    await new AxeBuilder({ page, axeSource: counted }).withTags(defaultTags).setLegacyMode()
      .analyze();
  }
  const injected = await page.evaluate(() =>
    (globalThis as unknown as { __axeInjected: number }).__axeInjected
  );
  // Twice a run in legacy mode: once in the page, once more for each frame (the page included).
  expect(injected, `${Math.round(axe.source.length / 1024)} KB compiled each time`).toBe(6);
});
