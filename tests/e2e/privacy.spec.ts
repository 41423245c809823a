import { expect, test } from "@playwright/test";

// No personal data leaves the browser: every request of every page type stays on this origin.
const paths = [
  "/",
  "/guides/",
  "/guides/notice-of-error/",
  "/faq/",
  "/search/?q=escrow",
  "/contact/",
  "/accessibility/",
  "/no-such-page/",
  "/es/",
  "/es/search/?q=escrow",
  "/es/contact/",
];

for (const path of paths) {
  test(`${path} makes no request to any other origin and sets no cookies`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && !["data:", "blob:"].includes(url.protocol)) {
        foreign.push(request.url());
      }
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
