/** Launches the one browser the audit shares, and opens a fresh page for each check. */
import { type Browser, chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../tools/browser.ts";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}

export interface PageOptions {
  width: number;
  height: number;
  colorScheme: "light" | "dark";
}

/**
 * Runs `use` on a new page in its own context (axe needs a context per page), then closes it.
 * Checks never share state such as focus, scroll position or storage.
 */
export async function withPage<T>(
  browser: Browser,
  options: PageOptions,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    colorScheme: options.colorScheme,
    reducedMotion: "reduce",
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}
