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
import { strings } from "../../src/i18n/index.ts";
import { languageOf } from "../../src/i18n/languages.ts";
import { shellUrls, workerBuild } from "../../src/offline/build/plan.ts";
import { type OfflineLanguage, offlineLanguages } from "../../src/offline/languages.ts";
import { formatSize } from "../../src/offline/size.ts";
import type { SaveList } from "../../src/offline/types.ts";
import { languageOfPath } from "../../src/offline/urls.ts";
import { sitemapPaths, watchProblems } from "./helpers.ts";
import { perBuiltPage, perCachedFile, perPage, timeFor } from "./timeouts.ts";

// Offline journeys: a few pages opened online, or every guide of a language saved, then no network
// at all. Each test (or group of tests sharing one browser context) runs its own server so that it
// can stop it: Chromium's
// offline emulation (context.setOffline) does not reach a service worker's own fetches (Playwright
// issue #2311), so with the server still up a network-first worker would quietly fetch; with it
// stopped, only the cache can answer.

const distA = resolve("dist");
const built = existsSync(distA);
const languages = offlineLanguages();
/** Files the service worker stores on install: its time to install depends on them. */
const shellFiles = built ? shellUrls(distA).length : 0;

/** A language's save list as built. */
function listOf(lang: OfflineLanguage, dist = distA): SaveList {
  return JSON.parse(readFileSync(join(dist, lang.list), "utf8"));
}

/** A language's guides, as the sitemap lists them. */
function guidesOf(lang: OfflineLanguage, dist = distA): string[] {
  return sitemapPaths(dist).filter((path) =>
    /\/guides\/[^/]+\/$/.test(path) && languageOfPath(languages, path) === lang
  );
}

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

/** The words of the save section and the offline page, per language. */
const words = (lang: OfflineLanguage) => strings(lang.code).offline;

/** What the save section says once every guide of the language is saved. */
function savedText(lang: OfflineLanguage, dist = distA): string {
  const bytes = listOf(lang, dist).files.reduce((sum, [, , size]) => sum + size, 0);
  return words(lang).saved.replace("{size}", formatSize(bytes, lang.tag));
}

/** The save button, by the words before its size. */
function saveButton(page: Page, lang: OfflineLanguage) {
  const before = words(lang).save.split("{size}")[0];
  return page.getByRole("button", { name: before });
}

/** Opens the language's guides index online and saves every guide, waiting until all are stored. */
function saveEveryGuide(page: Page, base: string, lang: OfflineLanguage) {
  return test.step(`save every guide of ${lang.code}`, async () => {
    await page.goto(base + lang.guides);
    await saveButton(page, lang).click();
    await expect(page.locator("#offline-save [role=status]")).toHaveText(savedText(lang), {
      timeout: listOf(lang).files.length * perCachedFile,
    });
  });
}

/** The offline page a never-opened page gets, in its language, with the link to save guides. */
async function expectNotSaved(page: Page, base: string, path: string) {
  const lang = languageOfPath(languages, path);
  await openOffline(page, base + path, 503);
  await expect(page.locator("html")).toHaveAttribute("lang", languageOf(lang.code).tag);
  await expect(page.locator("main h1")).toHaveText(words(lang).pageTitle);
  await expect(page.getByRole("link", { name: words(lang).pageGuides }))
    .toHaveAttribute("href", `${lang.guides}#offline-save`);
}

/** The page loaded every stylesheet it links to. */
async function expectStyled(page: Page) {
  await expect(page.locator("main h1")).toBeVisible();
  const rules = await page.evaluate(() => [...document.styleSheets].map((s) => s.cssRules.length));
  expect(rules.length).toBeGreaterThan(0);
  expect(rules.every((count) => count > 0), `rules per stylesheet: ${rules}`).toBe(true);
}

/** Problems other than the status a not-found or not-saved page logs, as it does online. */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of (404|503)/.test(p));

test.describe("after one visit", () => {
  // One offline browser per worker, shared by the tests below: the home page visited once, then
  // the server stopped. Each test opens its own page in it.
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let problems: string[];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(timeFor(shellFiles, perCachedFile));
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
    test.setTimeout(timeFor(languages.length * 6, perPage));
    page = await context!.newPage();
    problems = watchProblems(page);
  });
  test.afterEach(() => page.close());

  test("the cache holds exactly the shell, all from this origin", async () => {
    await openOffline(page, `${server!.base}/`);
    const stored = await page.evaluate(async () => {
      const [name] = await caches.keys();
      return (await (await caches.open(name)).keys()).map((request) => request.url);
    });
    expect(stored.sort()).toEqual(shellUrls(distA).map((url) => server!.base + url).sort());
    expect(problems).toEqual([]);
  });

  for (const lang of languages) {
    test(`${lang.code}: home, search, contact, My messages and the 404 page open offline`, async () => {
      for (const path of lang.shell.filter((path) => path !== lang.offline)) {
        await openOffline(page, server!.base + path);
        await expectStyled(page);
      }
      expect(problems).toEqual([]);
    });

    test(`${lang.code}: a guide never opened says it is not saved, with the link to save every guide`, async () => {
      await expectNotSaved(page, server!.base, guidesOf(lang)[0]);
      await expectNotSaved(page, server!.base, `${lang.prefix}no-such-page/`);
      expect(unexpected(problems)).toEqual([]);
    });
  }

  test("a search never run offline says search could not load", async () => {
    await openOffline(page, `${server!.base}/search/?q=escrow`);
    await expect(page.locator("#search-status")).toHaveText(strings("en").search.unavailable);
  });
});

test("a guide and the FAQ opened once open offline; a guide never opened does not", async ({ page, context, server }) => {
  test.setTimeout(timeFor(shellFiles, perCachedFile) + timeFor(8, perPage));
  const problems = watchProblems(page);
  await visitOnce(page, server.base);
  await page.goto(`${server.base}/guides/escrow-analysis/`);
  await page.goto(`${server.base}/es/faq/`);
  await goOffline(context, server);
  await openOffline(page, `${server.base}/guides/escrow-analysis/`);
  await expectStyled(page);
  await openOffline(page, `${server.base}/es/faq/`);
  await expectStyled(page);
  await openOffline(page, `${server.base}/guides/escrow-analysis`); // redirected to the slash URL
  await expect(page).toHaveURL(`${server.base}/guides/escrow-analysis/`);
  await expectNotSaved(page, server.base, "/guides/escrow-after-payoff/");
  expect(unexpected(problems)).toEqual([]);
});

test("a search run once online works offline, in English and Spanish", async ({ page, context, server }) => {
  test.setTimeout(timeFor(shellFiles, perCachedFile) + timeFor(6, perPage));
  const problems = watchProblems(page);
  const searches = [
    ["/search/?q=payoff%20statement", "/guides/payoff-statement/"],
    ["/es/search/?q=estado%20de%20liquidaci%C3%B3n", "/es/guides/payoff-statement/"],
  ];
  await visitOnce(page, server.base);
  for (const [path, first] of searches) {
    await page.goto(server.base + path);
    await expect(page.locator("#search-results > li h2 a").first()).toHaveAttribute("href", first);
  }
  await goOffline(context, server);
  for (const [path, first] of searches) {
    await openOffline(page, server.base + path);
    await expect(page.locator("#search-results > li h2 a").first()).toHaveAttribute("href", first);
  }
  expect(problems).toEqual([]);
});

for (const lang of languages) {
  test.describe(`${lang.code}: after saving every guide`, () => {
    // One browser per worker: every guide of the language saved from its guides index, then the
    // server stopped. One test per guide, each in its own page.
    const guides = built ? guidesOf(lang) : [];
    const other = languages.find((l) => l !== lang)!;
    let server: Server | undefined;
    let context: BrowserContext | undefined;
    let page: Page;
    let problems: string[];

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(timeFor(shellFiles + (built ? listOf(lang).files.length : 0), perCachedFile));
      server = new Server(await freePort());
      await server.start(distA);
      context = await browser.newContext();
      const first = await context.newPage();
      await visitOnce(first, server.base);
      await saveEveryGuide(first, server.base, lang);
      await first.close();
      await goOffline(context, server);
    });
    test.afterAll(async () => {
      await context?.close();
      await server?.stop();
    });
    test.beforeEach(async () => {
      test.setTimeout(timeFor(4, perPage));
      page = await context!.newPage();
      problems = watchProblems(page);
    });
    test.afterEach(() => page.close());

    test("the build has guides to open", () => {
      expect(guides.length).toBeGreaterThan(20);
    });

    for (const path of guides) {
      test(`${path} opens offline with its styles`, async () => {
        await openOffline(page, server!.base + path);
        await expectStyled(page);
        expect(problems).toEqual([]);
      });
    }

    test("the guides index, the FAQ and every other page open offline; unknown pages get the 404", async () => {
      const pages = sitemapPaths(distA).filter((path) =>
        languageOfPath(languages, path) === lang && !guides.includes(path)
      );
      for (const path of pages) await openOffline(page, server!.base + path);
      await openOffline(page, `${server!.base}${lang.prefix}no-such-page/`, 404);
      await expect(page.locator("html")).toHaveAttribute("lang", languageOf(lang.code).tag);
      expect(unexpected(problems)).toEqual([]);
    });

    test("search finds guides offline, from the search page and from a guide's header", async () => {
      const query = lang.code === "es" ? "estado de liquidación" : "payoff statement";
      await openOffline(
        page,
        `${server!.base}${lang.prefix}search/?q=${encodeURIComponent(query)}`,
      );
      await expect(page.locator("#search-results > li h2 a").first())
        .toHaveAttribute("href", `${lang.prefix}guides/payoff-statement/`);
      await openOffline(page, server!.base + guides[1]);
      await page.locator("#site-search").fill(lang.code === "es" ? "seguro" : "insurance");
      await page.locator("#site-search").press("Enter");
      await expect(page.locator("#search-results > li").first()).toBeVisible();
      expect(problems).toEqual([]);
    });

    test("a misspelt search offline says did you mean, from the saved vocabulary", async () => {
      const [query, meant] = lang.code === "es"
        ? ["estado de liquidasion", "liquidación"]
        : ["paoff amount", "payoff amount"];
      await openOffline(
        page,
        `${server!.base}${lang.prefix}search/?q=${encodeURIComponent(query)}`,
      );
      await expect(page.locator("#search-suggestion")).toContainText(meant);
      await expect(page.locator("#search-results > li h2 a").first())
        .toHaveAttribute("href", `${lang.prefix}guides/payoff-statement/`);
      expect(problems).toEqual([]);
    });

    test("the guides index says every guide is saved and offers to remove them", async () => {
      await openOffline(page, server!.base + lang.guides);
      await expect(page.locator("#offline-save [role=status]")).toHaveText(savedText(lang));
      await expect(page.getByRole("button", { name: words(lang).remove })).toBeVisible();
      await expect(saveButton(page, lang)).toBeHidden();
    });

    test("the other language's guides are not saved", async () => {
      await expectNotSaved(page, server!.base, guidesOf(other)[0]);
    });
  });
}

test("the save button: no script until used, a progress bar, then remove takes the guides away", async ({ page, context, server }) => {
  const lang = languages[languages.length - 1];
  test.setTimeout(timeFor(shellFiles + 2 * listOf(lang).files.length, perCachedFile));
  const problems = watchProblems(page);
  await visitOnce(page, server.base);
  const scripts: string[] = [];
  page.on(
    "request",
    (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname),
  );
  await page.goto(server.base + lang.guides);
  await expect(saveButton(page, lang)).toBeVisible();
  expect(scripts).toEqual([]);
  // What the section shows as the save goes, recorded in the page (it may take a fraction of a
  // second here).
  await page.evaluate(() => {
    const section = document.getElementById("offline-save")!;
    const seen: string[] = ((globalThis as unknown as { seen: string[] }).seen = []);
    new MutationObserver(() => {
      const progress = section.querySelector("progress")!;
      if (!progress.hidden) seen.push(`progress ${progress.value}/${progress.max}`);
      seen.push(`status ${section.querySelector("[role=status]")!.textContent}`);
    }).observe(section, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await saveButton(page, lang).click();
  await expect(page.locator("#offline-save [role=status]")).toHaveText(savedText(lang), {
    timeout: listOf(lang).files.length * perCachedFile,
  });
  const seen = await page.evaluate(() => (globalThis as unknown as { seen: string[] }).seen);
  const total = listOf(lang).files.reduce((sum, [, , bytes]) => sum + bytes, 0);
  expect(seen).toContainEqual(expect.stringMatching(new RegExp(`^progress \\d+/${total}$`)));
  const saving = words(lang).saving.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(
    "\\{percent\\}",
    "\\d+",
  );
  expect(seen).toContainEqual(expect.stringMatching(new RegExp(`^status ${saving}$`)));
  await expect(page.locator("#offline-save progress")).toBeHidden();
  expect(scripts).toEqual(["/offline/save.js"]);
  await page.getByRole("button", { name: words(lang).remove }).click();
  await expect(page.locator("#offline-save [role=status]")).toHaveText(words(lang).removed);
  await expect(saveButton(page, lang)).toBeVisible();
  await goOffline(context, server);
  await expectNotSaved(page, server.base, guidesOf(lang)[0]);
  const stored = await page.evaluate(async () => {
    const [name] = await caches.keys();
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  });
  expect(stored.filter((path) => path.startsWith(lang.guides))).toEqual([]);
  expect(unexpected(problems)).toEqual([]);
});

test("saving with no connection says it stopped and offers to try again", async ({ page, context, server }) => {
  const lang = languages[0];
  test.setTimeout(timeFor(shellFiles, perCachedFile) + timeFor(2, perPage));
  await visitOnce(page, server.base);
  await page.goto(server.base + lang.guides);
  await goOffline(context, server);
  await saveButton(page, lang).click();
  await expect(page.locator("#offline-save [role=status]")).toHaveText(words(lang).failed);
  await expect(saveButton(page, lang)).toBeVisible();
  await expect(page.locator("#offline-save progress")).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the guides index shows no save button", async ({ page }) => {
    await page.goto("/guides/");
    await expect(page.locator("#offline-save")).toBeHidden();
  });
});

test("offline, the contact page builds messages, downloads the .eml and .ics, prints the letter and keeps both in My messages", async ({ page, context, server }) => {
  const problems = watchProblems(page);
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
  await page.getByRole("button", { name: "Continue" }).click();
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
  await page.getByRole("link", { name: "Change What is your message about?" }).click();
  await page.getByLabel("Request for Information").check();
  await page.getByLabel("Topic").selectOption("loan-owner");
  await page.getByRole("button", { name: "Continue" }).click();
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
  // The summary's article suggestions search the index, which only a saved language has offline:
  // they stay away without blocking anything, while Pagefind logs its failure.
  expect(problems.filter((p) => !/pagefind|meta index/i.test(p))).toEqual([]);
});

test.describe("a new build", () => {
  // Build B differs from A on every page (another SITE_URL in the canonical links) and in the
  // search index (a word only B's payoff guides hold). Under A the borrower opened an English guide
  // and saved every Spanish guide. The offline test reads what the update left, so the two run in
  // order, in one browser context, on one server.
  test.describe.configure({ mode: "serial" });
  const marker = "zebrawood";
  const [english, spanish] = [languages[0], languages[languages.length - 1]];
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
    // Two installs with a Spanish save each: A's, then B's in the background.
    const saved = listOf(spanish).files.length;
    test.setTimeout(timeFor(2 * (shellFiles + saved), perCachedFile));
    const cacheName = (dist: string) => `help-center-${workerBuild(dist).version}`;
    const cacheNames = () => page.evaluate(() => caches.keys());
    await visitOnce(page, server!.base);
    await page.goto(`${server!.base}${english.guides}escrow-analysis/`);
    await saveEveryGuide(page, server!.base, spanish);
    expect(await cacheNames()).toEqual([cacheName(distA)]);

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
    const problems = watchProblems(page);
    await page.reload();
    await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", /b\.help\.example/);
    // The guides index of a saved language loads the save script at once: let it arrive.
    await expect(page.locator("#offline-save [role=status]")).not.toBeEmpty();
    await page.goto(`${server!.base}/search/?q=${marker}`);
    await expect(page.locator("#search-results > li h2 a").first())
      .toHaveAttribute("href", "/guides/payoff-statement/");
    // The new worker installs in the background, saves Spanish again, then drops A's cache.
    await expect.poll(cacheNames, { timeout: (shellFiles + saved) * perCachedFile })
      .toEqual([cacheName(distB)]);
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

  test("offline after the update, the shell and every Spanish page are B's byte for byte, and Spanish search knows B's word", async () => {
    const paths = [
      ...languages.flatMap((lang) => lang.shell),
      ...sitemapPaths(distB).filter((path) => languageOfPath(languages, path) === spanish),
    ];
    test.setTimeout(timeFor(paths.length + 3, perPage));
    const problems = watchProblems(page);
    await goOffline(context!, server!);
    for (const path of new Set(paths)) {
      const response = await openOffline(page, server!.base + path);
      expect(await response.text(), path).toBe(
        readFileSync(join(distB, path.endsWith("/") ? `${path}index.html` : path), "utf8"),
      );
    }
    await openOffline(page, `${server!.base}/es/search/?q=${marker}`);
    await expect(page.locator("#search-results > li h2 a").first())
      .toHaveAttribute("href", "/es/guides/payoff-statement/");
    // The English guide opened under A changed in B, so it was not kept.
    await expectNotSaved(page, server!.base, `${english.guides}escrow-analysis/`);
    expect(unexpected(problems)).toEqual([]);
  });
});
