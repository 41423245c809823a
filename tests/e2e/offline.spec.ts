import { type BrowserContext, expect, type Page, test as base } from "@playwright/test";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import process from "node:process";
import { serverArgs } from "../../server/command.ts";
import { precacheEntries, precacheVersion } from "../../src/offline/precache.ts";
import { sitemapPaths, watchProblems } from "./helpers.ts";
import { perBuiltPage, perCachedFile, perPage, timeFor } from "./timeouts.ts";

// Offline journeys: one online visit to the home page, then no network at all. Each test (or group
// of tests sharing one browser context) runs its own server so that it can stop it: Chromium's
// offline emulation (context.setOffline) does not reach a service worker's own fetches (Playwright
// issue #2311), so with the server still up a network-first worker would quietly fetch; with it
// stopped, only the cache can answer.

const distA = resolve("dist");
/** Files the service worker stores on install: its time to install depends on them. */
const cachedFiles = existsSync(distA) ? precacheEntries(distA).length : 0;

/** A port nothing listens on now, reused for both builds so they share one origin. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    }).on("error", fail);
  });
}

/** The project's server on one build, as `deno task serve` runs it. */
class Server {
  #child?: ChildProcess;
  constructor(readonly port: number) {}
  get base() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start(dist: string) {
    this.#child = spawn(process.execPath, serverArgs(dist), {
      env: { ...process.env, PORT: String(this.port), HOST: "127.0.0.1", DIST_DIR: dist },
      stdio: "ignore",
    });
    await expect.poll(() => fetch(this.base).then((r) => r.status, () => 0), { timeout: 30_000 })
      .toBe(200);
  }
  async stop() {
    const child = this.#child;
    this.#child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once("exit", done));
    child.kill();
    await exited;
  }
}

// The helpers below run as steps named after what they open: a failure inside one is reported
// under the test and the step's name, with the helper's line and the test's line that called it.

/** Visits the home page and waits until the service worker has stored the build and took over. */
function visitOnce(page: Page, base: string) {
  return test.step("visit the home page once, online", async () => {
    await page.goto(`${base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
  });
}

async function goOffline(context: BrowserContext, server: Server) {
  await server.stop();
  await context.setOffline(true);
}

/** Opens a path with no network and checks the service worker answered it. */
function openOffline(page: Page, url: string, status = 200) {
  return test.step(`open ${new URL(url).pathname} offline`, async () => {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(status);
    expect(response?.fromServiceWorker(), url).toBe(true);
    return response!;
  });
}

/**
 * Console errors and failed requests, as helpers.ts collects them, except requests the next
 * navigation cancelled (net::ERR_ABORTED: the favicon when pages are opened in quick succession).
 */
function watchOffline(page: Page): string[] {
  const problems = watchProblems(page); // its listener runs first: the entry is there to remove
  page.on("requestfailed", (request) => {
    const index = problems.lastIndexOf(`failed: ${request.url()}`);
    if (request.failure()?.errorText === "net::ERR_ABORTED" && index >= 0) {
      problems.splice(index, 1);
    }
  });
  return problems;
}

/** Tests that take `server`: their own server on the first build, which they may stop or swap. */
const test = base.extend<{ server: Server }>({
  // deno-lint-ignore no-empty-pattern -- Playwright reads the fixtures it needs from this pattern
  server: async ({}, use) => {
    const server = new Server(await freePort());
    await server.start(distA);
    await use(server);
    await server.stop();
  },
});

test.describe("after one visit", () => {
  // One offline browser per worker, shared by the tests below (one per guide): the home page
  // visited once, then the server stopped. Each test opens its own page in it.
  const guides = existsSync(distA)
    ? sitemapPaths(distA).filter((path) => /\/guides\/[^/]+\/$/.test(path))
    : [];
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let problems: string[];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(timeFor(cachedFiles, perCachedFile));
    server = new Server(await freePort());
    await server.start(distA);
    context = await browser.newContext();
    const first = await context.newPage();
    await visitOnce(first, server.base);
    await first.close();
    await goOffline(context, server);
  });
  test.afterAll(async () => {
    await context?.close();
    await server?.stop();
  });
  test.beforeEach(async () => {
    test.setTimeout(timeFor(1, perPage));
    page = await context!.newPage();
    problems = watchOffline(page);
  });
  test.afterEach(() => page.close());

  test("the cache holds exactly the build's precache list, all from this origin", async () => {
    await openOffline(page, `${server!.base}/`);
    const stored = await page.evaluate(async () => {
      const [name] = await caches.keys();
      return (await (await caches.open(name)).keys()).map((request) => request.url);
    });
    expect(stored.sort()).toEqual(precacheEntries(distA).map((e) => server!.base + e.url).sort());
    expect(problems).toEqual([]);
  });

  test("the build has guides in both languages to open", () => {
    expect(guides.filter((path) => path.startsWith("/es/")).length).toBeGreaterThan(20);
    expect(guides.filter((path) => !path.startsWith("/es/")).length).toBeGreaterThan(20);
  });

  for (const path of guides) {
    test(`${path} opens offline with its styles`, async () => {
      await openOffline(page, server!.base + path);
      await expect(page.locator("main h1")).toBeVisible();
      await expect(page.locator("link[rel=stylesheet]")).toHaveCount(1);
      expect(await page.evaluate(() => document.styleSheets[0].cssRules.length))
        .toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }

  test("the FAQ, and a guide's address without its final slash, open offline", async () => {
    await openOffline(page, `${server!.base}/es/faq/`);
    await openOffline(page, `${server!.base}/guides/escrow-analysis`); // redirected to the slash URL
    await expect(page).toHaveURL(`${server!.base}/guides/escrow-analysis/`);
    expect(problems).toEqual([]);
  });

  test("unknown pages get the 404 page offline, in the right language", async () => {
    await openOffline(page, `${server!.base}/no-such-page/`, 404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    await openOffline(page, `${server!.base}/es/no-existe/`, 404);
    await expect(page.locator("html")).toHaveAttribute("lang", "es-US");
    // The two 404 pages log their status, as they do online.
    expect(problems.filter((p) => !p.includes("status of 404"))).toEqual([]);
  });
});

test("search works offline in English and Spanish", async ({ page, context, server }) => {
  const problems = watchOffline(page);
  await visitOnce(page, server.base);
  await goOffline(context, server);
  await openOffline(page, `${server.base}/search/?q=payoff%20statement`);
  await expect(page.locator("#search-results > li h2 a").first())
    .toHaveAttribute("href", "/guides/payoff-statement/");
  await openOffline(page, `${server.base}/es/search/?q=estado%20de%20liquidaci%C3%B3n`);
  await expect(page.locator("#search-results > li h2 a").first())
    .toHaveAttribute("href", "/es/guides/payoff-statement/");
  // The header search of a guide leads to the same offline search.
  await openOffline(page, `${server.base}/es/guides/escrow-analysis/`);
  await page.locator("#site-search").fill("depósito en garantía");
  await page.locator("#site-search").press("Enter");
  await expect(page.locator("#search-results > li").first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("offline, the contact page builds messages, downloads the .eml and .ics, prints the letter and keeps both in My messages", async ({ page, context, server }) => {
  const problems = watchOffline(page);
  await visitOnce(page, server.base);
  await goOffline(context, server);
  await openOffline(page, `${server.base}/contact/`);
  await page.getByLabel("Full name").fill("Jane Q. Borrower");
  await page.getByLabel("Loan number").fill("1234567");
  await page.getByLabel("Property address").fill("12 Main St, Springfield, ST 00000");
  await page.getByLabel("Email address").fill("jane@example.com");
  await page.getByLabel("Payment Clarification").check();
  await page.getByLabel("Topic").selectOption("late-fee");
  await page.getByLabel("Amount of the fee").fill("35.00");
  await page.getByLabel("Summary").fill("I was charged a late fee for a payment made on time.");
  await page.getByRole("button", { name: "Build the message" }).click();
  const subject = "Loan 1234567 – Payment Clarification – Late fee";
  await expect(page.locator(".preview dd").nth(1)).toHaveText(subject);

  for (const [button, extension] of [["Download .eml", "eml"], ["Add reminder (.ics)", "ics"]]) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: button }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
    expect(readFileSync((await download.path())!, "utf8")).toContain(
      extension === "eml" ? "Subject: " : "BEGIN:VCALENDAR",
    );
  }
  // A request for information goes to the designated address as a printed letter.
  await page.getByLabel("Request for Information").check();
  await page.getByLabel("Topic").selectOption("loan-owner");
  await page.getByRole("button", { name: "Build the message" }).click();
  await expect(page.locator(".result pre")).toContainText(
    "Attn: Notices of Error and Information Requests",
  );
  await page.evaluate(() => {
    const w = globalThis as unknown as { printed: boolean; print: () => void };
    w.print = () => w.printed = true;
  });
  await page.getByRole("button", { name: "Print letter" }).click();
  expect(await page.evaluate(() => (globalThis as unknown as { printed: boolean }).printed))
    .toBe(true);

  // My messages keeps both messages and opens offline, in both languages.
  await openOffline(page, `${server.base}/messages/`);
  await expect(page.locator(".message-card")).toHaveCount(2);
  await expect(page.locator(".message-card").first()).toContainText("Loan 1234567");
  await openOffline(page, `${server.base}/es/messages/`);
  await expect(page.locator(".message-card")).toHaveCount(2);
  expect(problems).toEqual([]);
});

test.describe("a new build", () => {
  // Build B differs from A on every page (another SITE_URL in the canonical links) and in the
  // search index (a word only B's payoff guides hold). The offline test reads what the update
  // left, so the two run in order, in one browser context, on one server.
  test.describe.configure({ mode: "serial" });
  const marker = "zebrawood";
  let distB = "";
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(timeFor(sitemapPaths(distA).length, perBuiltPage));
    // Inside the project: Vite resolves content only under its root.
    mkdirSync("test-results", { recursive: true });
    const work = mkdtempSync(resolve("test-results/offline-b-"));
    cpSync("content", join(work, "content"), { recursive: true });
    for (const lang of ["en", "es"]) {
      const guide = join(work, "content/guides", lang, "payoff-statement.mdx");
      writeFileSync(guide, `${readFileSync(guide, "utf8")}\n\nBuild B: ${marker}.\n`);
    }
    distB = join(work, "dist");
    execFileSync(process.execPath, [
      "run",
      "-A",
      "npm:astro",
      "build",
      "--force",
      "--outDir",
      distB,
    ], {
      env: {
        ...process.env,
        HELP_CONTENT_DIR: join(work, "content"),
        SITE_URL: "https://b.help.example",
        NO_COLOR: "1",
      },
      stdio: "pipe",
    });
    server = new Server(await freePort());
    await server.start(distA);
    context = await browser.newContext();
    page = await context.newPage();
  });
  test.afterAll(async () => {
    await context?.close();
    await server?.stop();
    if (distB) rmSync(resolve(distB, ".."), { recursive: true, force: true });
  });

  test("after a deploy, a reload shows B with B's files, and B's cache replaces A's", async () => {
    // Two installs: A's, then B's in the background.
    test.setTimeout(timeFor(2 * cachedFiles, perCachedFile));
    const versionOf = (dist: string) => `help-center-${precacheVersion(precacheEntries(dist))}`;
    const cacheNames = () => page.evaluate(() => caches.keys());
    await visitOnce(page, server!.base);
    expect(await cacheNames()).toEqual([versionOf(distA)]);

    // Deploy B on the same origin, then reload: the page and everything it loads are B's.
    await server!.stop();
    await server!.start(distB);
    const errors: string[] = [];
    context!.on("response", (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    // Every file the pages load, read as it arrives, to compare with B's own files.
    const loaded: Promise<[string, Buffer | null]>[] = [];
    page.on(
      "response",
      (r) => loaded.push(r.body().then((body) => [r.url(), body], () => [r.url(), null])),
    );
    const problems = watchOffline(page);
    await page.reload();
    await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", /b\.help\.example/);
    await page.goto(`${server!.base}/search/?q=${marker}`);
    await expect(page.locator("#search-results > li h2 a").first())
      .toHaveAttribute("href", "/guides/payoff-statement/");
    // The new worker installs in the background, then drops A's cache.
    await expect.poll(cacheNames, { timeout: cachedFiles * perCachedFile })
      .toEqual([versionOf(distB)]);
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
    const mixed = [];
    for (const [url, body] of await Promise.all(loaded)) {
      const path = new URL(url).pathname;
      const file = join(distB, path.endsWith("/") ? `${path}index.html` : path);
      if (body === null || !body.equals(readFileSync(file))) mixed.push(path);
    }
    expect(loaded.length).toBeGreaterThan(10);
    expect(mixed).toEqual([]);
  });

  test("offline after the update, every page is B's file byte for byte, and search knows B's word", async () => {
    const paths = sitemapPaths(distB);
    test.setTimeout(timeFor(paths.length + 2, perPage));
    const problems = watchOffline(page);
    await goOffline(context!, server!);
    for (const path of paths) {
      const response = await openOffline(page, server!.base + path);
      expect(await response.text(), path).toBe(
        readFileSync(join(distB, path, "index.html"), "utf8"),
      );
    }
    for (const lang of ["", "/es"]) {
      await openOffline(page, `${server!.base}${lang}/search/?q=${marker}`);
      await expect(page.locator("#search-results > li h2 a").first(), `${lang || "/en"} search`)
        .toHaveAttribute("href", `${lang}/guides/payoff-statement/`);
    }
    expect(problems).toEqual([]);
  });
});
