/** The one browser an audit shares, its contexts, and loading a page the way every check needs. */
import { type Browser, type BrowserContext, chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../tools/browser.ts";
import { axeSource } from "./axe-run.ts";
import { installInPage } from "./in-page.ts";
import { widths } from "./standard.ts";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}

/**
 * A context whose pages start at the narrowest width, light, with axe-core and the audit's
 * helpers in every frame before the page's own scripts.
 */
export async function auditContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: widths[0],
    colorScheme: "light",
    reducedMotion: "reduce",
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  await context.addInitScript({ content: axeSource });
  await context.addInitScript(installInPage);
  return context;
}

/**
 * Opens `url` and waits until it is ready to check: loaded, and its islands (Astro components
 * that load at once) hydrated. Throws, with the reason, on an HTTP error or a timeout.
 */
export async function loadPage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: "load" });
  if (response && !response.ok()) {
    throw new Error(`GET ${new URL(url).pathname} answered ${response.status()}`);
  }
  try {
    await page.waitForFunction(
      () => !document.querySelector("astro-island[ssr]:is([client=load], [client=idle])"),
      null,
      { timeout: 15_000 },
    );
  } catch {
    throw new Error("a script component did not start within 15 s (an island stayed unhydrated)");
  }
}
