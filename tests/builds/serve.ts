import type { Browser } from "@playwright/test";
import { analyze } from "../../audit/axe-run.ts";
import { auditContext, launchBrowser, loadPage } from "../../audit/browser.ts";
import { colorSchemes, defaultTags, widths } from "../../audit/standard.ts";
import { createHandler } from "../../server/handler.ts";
import { loadSite } from "../../server/site.ts";

/** A build served by the project's own handler on a free local port. */
export interface Served {
  base: string;
  /** Stops serving: the service worker then answers alone. */
  stop(): Promise<void>;
}

export async function serve(dist: string): Promise<Served> {
  const site = await loadSite(dist);
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, createHandler(site));
  let stopped = false;
  return {
    base: `http://127.0.0.1:${server.addr.port}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.shutdown();
    },
  };
}

/** Runs `use` with a server on the build and a browser, and stops both however it ends. */
export async function withBrowser(
  dist: string,
  use: (browser: Browser, served: Served) => Promise<void>,
): Promise<void> {
  const served = await serve(dist);
  const browser = await launchBrowser();
  try {
    await use(browser, served);
  } finally {
    await browser.close();
    await served.stop();
  }
}

/** Axe's findings on each page, light and dark, narrow and wide, as "path scheme width: rule target". */
export async function axeFindings(
  browser: Browser,
  base: string,
  paths: string[],
): Promise<string[]> {
  const context = await auditContext(browser);
  const page = await context.newPage();
  const found: string[] = [];
  for (const path of paths) {
    for (const scheme of colorSchemes) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of widths) {
        await page.setViewportSize(width);
        await loadPage(page, base + path).catch(() => {}); // the 404 pages answer 404
        const options = { tags: defaultTags, disabled: [], include: [], exclude: [] };
        for (const v of (await analyze(page, options)).violations) {
          found.push(`${path} ${scheme} ${width.width}px: ${v.ruleId} ${v.nodes[0]?.target}`);
        }
      }
    }
  }
  await context.close();
  return found;
}
