import { expect, test } from "@playwright/test";
import { languages } from "../../src/i18n/languages.ts";
import { fixedNow, scenes, sceneUrl, schemes, viewports } from "./visual-scenes.ts";
import { perPage, timeFor } from "./timeouts.ts";

// Visual regression: each screen of visual-scenes.ts in every language, at 390 and 1280 px, light
// and dark, compared with the baselines in tests/e2e/__screenshots__/ (playwright.config.ts). A
// change of layout that is meant is accepted by rewriting them, one command (README, "Screenshots"):
//   deno task test:e2e tests/e2e/visual.spec.ts --update-snapshots
// One test per screen; each variant gets a fresh context, so no draft or storage crosses variants.

/** The page's first two screens are photographed, which keeps the baselines small. */
const screens = 2;
const options = {
  animations: "disabled",
  maxDiffPixelRatio: 0.01,
  // Two matching screenshots of a long page can take several seconds on a loaded machine.
  timeout: 30_000,
} as const;

for (const scene of scenes) {
  test(`screens: ${scene.name}`, async ({ browser, baseURL }) => {
    const variants = languages.length * viewports.length * schemes.length;
    // A context, a page, its state (a form filled and built) and two matching screenshots.
    test.setTimeout(timeFor(variants, 4 * perPage));
    for (const { code } of languages) {
      for (const viewport of viewports) {
        for (const colorScheme of schemes) {
          const context = await browser.newContext({
            baseURL,
            viewport,
            colorScheme,
            serviceWorkers: "block",
            reducedMotion: "reduce",
          });
          const page = await context.newPage();
          await page.clock.setFixedTime(fixedNow);
          await scene.before?.(page);
          await page.goto(sceneUrl(scene, code));
          await scene.ready(page);
          // Guide suggestions and search results arrive from Pagefind after the page is ready.
          await page.waitForLoadState("networkidle");
          const name = `${scene.name}-${code}-${viewport.width}-${colorScheme}.png`;
          // Soft: every variant is compared (or rewritten) even when one differs.
          if (scene.hide) {
            // Through the CSSOM: the pages' CSP refuses a style element.
            await page.locator(scene.hide).evaluateAll((all) =>
              all.forEach((el) => (el as HTMLElement).style.display = "none")
            );
          }
          if (scene.subject) {
            await expect.soft(page.locator(scene.subject)).toHaveScreenshot(name, options);
          } else {
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            await expect.soft(page).toHaveScreenshot(name, {
              ...options,
              fullPage: true,
              clip: {
                x: 0,
                y: 0,
                width: viewport.width,
                height: Math.min(height, screens * viewport.height),
              },
            });
          }
          await context.close();
        }
      }
    }
  });
}
