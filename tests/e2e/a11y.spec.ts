import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./helpers.ts";
import { axeTags } from "../../tools/browser.ts";

const viewports = [{ width: 375, height: 800 }, { width: 1280, height: 900 }];
const schemes = ["light", "dark"] as const;
const paths = sitemapPaths();

test("the sitemap lists every page type in both languages", () => {
  for (
    const path of [
      "/",
      "/guides/",
      "/faq/",
      "/search/",
      "/contact/",
      "/accessibility/",
    ]
  ) {
    expect(paths).toContain(path);
    expect(paths).toContain(`/es${path}`);
  }
  expect(
    paths.filter((p) => p.startsWith("/guides/") && p !== "/guides/").length,
  ).toBeGreaterThan(0);
});

for (const path of [...paths, "/404.html", "/es/404/"]) {
  test(`axe: ${path}`, async ({ page }) => {
    const failures: string[] = [];
    for (const viewport of viewports) {
      for (const colorScheme of schemes) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(axeTags)
          .analyze();
        for (const v of violations) {
          failures.push(
            `${viewport.width}px ${colorScheme}: ${v.id} x${v.nodes.length} at ${
              v.nodes[0]?.target
            }`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });
}
