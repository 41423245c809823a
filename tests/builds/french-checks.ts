// A third language added as README says (tests/fixtures/french/: a registry entry, one dictionary
// beside each English one, two guides and two FAQs): the build must route, index, link and serve it
// like English and Spanish, offline too, and list the guides it does not have yet in English.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { sitemapPaths, watchProblems } from "../e2e/helpers.ts";
import {
  buildLog,
  dist,
  files,
  fixtureLang,
  project,
  typeErrors,
  written,
} from "./adopted-site.ts";
import { isLanguageFile } from "./project-copy.ts";
import { launchBrowser } from "../../audit/browser.ts";
import { axeFindings, serve, withBrowser } from "./serve.ts";

const { code, tag } = fixtureLang;
/** The guides the fixture translates; every other guide is shown in English under /fr/. */
const translated = ["escrow-after-payoff", "keeping-records"];
const englishGuides = sitemapPaths(dist)
  .filter((path) => /^\/guides\/[^/]+\/$/.test(path))
  .map((path) => path.split("/")[2]);
const untranslated = englishGuides.filter((slug) => !translated.includes(slug));

Deno.test("French: added in the registry, the dictionaries and its content folders only; the dictionaries type-check", () => {
  assert.deepEqual(written.filter((path) => !isLanguageFile(project, path, code)), []);
  assert.equal(written.filter((path) => path.endsWith(`/${code}.ts`)).length, 7);
  assert.equal(typeErrors, "");
  // Nothing to warn about: a guide not yet translated is expected, not an error.
  assert.deepEqual(buildLog.split("\n").filter((line) => line.includes("[WARN]")), []);
});

Deno.test("French: every page is built in French, linked from its English and Spanish versions, and in the sitemap", () => {
  const french = sitemapPaths(dist).filter((path) => path.startsWith(`/${code}/`));
  assert.equal(
    french.length,
    sitemapPaths(dist).filter((path) => !/^\/(es|fr)\//.test(path)).length,
  );
  for (const path of french) {
    const html = files.get(`${path}index.html`)!;
    assert.match(html, new RegExp(`<html lang="${tag}" dir="ltr">`), path);
    const bare = path.slice(code.length + 1);
    for (const [lang, href] of [["en-US", bare], ["es-US", `/es${bare}`], [tag, path]]) {
      assert.ok(
        html.includes(
          `<link rel="alternate" hreflang="${lang}" href="https://help.example.com${href}">`,
        ),
        `${path}: ${lang}`,
      );
    }
    assert.ok(
      files.get(`${bare}index.html`)!.includes(
        `hreflang="${tag}" href="https://help.example.com${path}"`,
      ),
      bare,
    );
  }
  const sitemap = [...files].filter(([p]) => /^\/sitemap-\d+\.xml$/.test(p)).map(([, t]) => t).join(
    "",
  );
  assert.ok(
    sitemap.includes(
      `hreflang="${tag}" href="https://help.example.com/${code}/guides/keeping-records/"`,
    ),
  );
  // Its own 404 page, which the server and the offline worker find through not-found.json.
  assert.ok(
    files.get("/not-found.json")!.includes(
      `{"prefix":"/${code}/","file":"/${code}/404/index.html"}`,
    ),
  );
  assert.ok(existsSync(join(dist, `${code}/404/index.html`)));
  // The guides' deadline boxes use its rule dictionary.
  const guide = files.get(`/${code}/guides/escrow-after-payoff/index.html`)!;
  assert.match(guide, /Délai: 20 jours ouvrables/);
  assert.ok(guide.includes("Le délai commence quand votre prêt est remboursé."));
  // Search has an index in its language.
  assert.match(files.get("/pagefind/pagefind-entry.json")!, new RegExp(`"${tag.toLowerCase()}":`));
});

Deno.test("French: a guide not yet translated is listed with its English title, marked in French, and opens with a notice in French", () => {
  const index = files.get(`/${code}/guides/index.html`)!;
  const home = files.get(`/${code}/index.html`)!;
  assert.equal(untranslated.length, englishGuides.length - 2);
  for (const slug of untranslated) {
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(files.get(`/guides/${slug}/index.html`)!)![1];
    const listed =
      `<a href="/${code}/guides/${slug}/" lang="en-US">${title}</a> <span class="meta">(en anglais)</span>`;
    assert.ok(index.includes(listed), `guide index: ${slug}`);
    assert.ok(home.includes(listed), `home page: ${slug}`);
    const page = files.get(`/${code}/guides/${slug}/index.html`)!;
    assert.ok(
      page.includes(
        `<p class="notice" lang="${tag}" data-pagefind-ignore>Ce guide n’est pas encore traduit. Le texte est en anglais.</p>`,
      ),
      slug,
    );
    assert.match(page, /<article [^>]*lang="en-US"/, slug);
  }
  for (const slug of translated) {
    assert.ok(index.includes(`<a href="/${code}/guides/${slug}/">`), slug);
    assert.doesNotMatch(files.get(`/${code}/guides/${slug}/index.html`)!, /class="notice"/);
  }
  // English and Spanish are complete: nothing there is marked.
  assert.doesNotMatch(files.get("/es/guides/index.html")!, /class="meta">\(en inglés\)/);
});

/** Opens a path and returns its status; the page must show its `<h1>`. */
async function open(page: Page, url: string): Promise<number> {
  const response = await page.goto(url);
  await page.locator("main h1").waitFor();
  return response?.status() ?? 0;
}

/** The first result's link on a search page once results are in. */
async function firstResult(page: Page): Promise<string | null> {
  return await page.locator("#search-results > li h2 a").first().getAttribute("href");
}

Deno.test("French in a browser: pages, search, 404, the language list, the contact form, axe", async (t) => {
  await withBrowser(dist, async (browser, { base }) => {
    const page = await browser.newPage();
    const problems = watchProblems(page);

    await t.step("each kind of page opens in French", async () => {
      const pages: [string, string][] = [
        ["/", "Des réponses sur votre prêt hypothécaire"],
        ["/guides/", "Tous les guides"],
        [
          "/guides/escrow-after-payoff/",
          "L’argent de votre compte de garantie après le remboursement du prêt",
        ],
        ["/faq/", "Questions fréquentes"],
        ["/contact/", "Écrire à votre gestionnaire"],
        ["/messages/", "Mes messages"],
        ["/accessibility/", "Déclaration d’accessibilité"],
        ["/search/", "Recherche"],
      ];
      for (const [path, h1] of pages) {
        assert.equal(await open(page, `${base}/${code}${path}`), 200, path);
        assert.equal(await page.locator("main h1").textContent(), h1);
        assert.equal(await page.getAttribute("html", "lang"), tag);
        // My messages shows its words once its island has loaded them.
        if (path === "/messages/") {
          await page.getByText("Vous n’avez encore aucun message.").waitFor();
        }
      }
      assert.deepEqual(problems, []);
    });

    await t.step(
      "search finds French words on French pages, from the search page and the header",
      async () => {
        await open(page, `${base}/${code}/search/?q=remboursements%20garantie`);
        await page.locator("#search-results > li").first().waitFor();
        assert.equal(await firstResult(page), `/${code}/guides/escrow-after-payoff/`);
        await open(page, `${base}/${code}/guides/escrow-after-payoff/`);
        await page.locator("#site-search").fill("journal des appels");
        await page.locator("#site-search").press("Enter");
        await page.locator("#search-results > li").first().waitFor();
        assert.equal(await firstResult(page), `/${code}/guides/keeping-records/`);
        assert.match(
          await page.locator("#search-status").textContent() ?? "",
          /^\d+ résultats? trouvés?\.$/,
        );
        assert.deepEqual(problems, []);
      },
    );

    await t.step("an unknown French address gets the French 404 page", async () => {
      assert.equal(await open(page, `${base}/${code}/nexiste-pas/`), 404);
      assert.equal(await page.locator("main h1").textContent(), "Page introuvable");
      assert.equal(await page.getAttribute("html", "lang"), tag);
      problems.splice(0); // the 404 itself is logged as a failed resource
    });

    await t.step("the language list leads to the same page in each language", async () => {
      await open(page, `${base}/${code}/guides/keeping-records/`);
      const list = page.getByRole("navigation", { name: "Langue" });
      assert.equal(await list.locator("[aria-current]").textContent(), "Français");
      await list.getByRole("link", { name: "English" }).click();
      await page.waitForURL(`${base}/guides/keeping-records/`);
      await page.getByRole("navigation", { name: "Language" }).getByRole("link", {
        name: "Français",
      }).click();
      await page.waitForURL(`${base}/${code}/guides/keeping-records/`);
      const hrefs = await list.getByRole("link").evaluateAll((links) =>
        links.map((a) => `${a.getAttribute("hreflang")} ${a.getAttribute("href")}`)
      );
      assert.deepEqual(hrefs, [
        "en-US /guides/keeping-records/",
        "es-US /es/guides/keeping-records/",
      ]);
      assert.deepEqual(problems, []);
    });

    await t.step(
      "the contact form speaks French and builds a message whose subject routes in English",
      async () => {
        await open(page, `${base}/${code}/contact/`);
        await page.getByLabel("Nom complet").fill("Jeanne Emprunteuse");
        await page.getByLabel("Numéro de prêt").fill("1234567");
        await page.getByLabel("Adresse du bien").fill("12 Main St, Springfield, ST 00000");
        await page.getByLabel("Adresse courriel").fill("jeanne@example.com");
        await page.getByLabel("Précisions sur un paiement").check();
        await page.getByLabel("Thème").selectOption("late-fee");
        await page.getByLabel("Montant des frais").fill("35.00");
        await page.getByLabel("Résumé").fill("Des frais de retard pour un paiement fait à temps.");
        await page.getByRole("button", { name: "Continuer" }).click();
        await page.getByRole("heading", { name: "Vérifiez vos réponses" }).waitFor();
        await page.getByRole("button", { name: "Préparer le message" }).click();
        await page.getByRole("heading", { name: "Votre message est prêt" }).waitFor();
        assert.equal(
          await page.locator(".preview dd").nth(1).textContent(),
          "Loan 1234567 – Payment Clarification – Frais de retard",
        );
        assert.deepEqual(problems, []);
      },
    );

    await t.step("axe finds nothing, light and dark, narrow and wide", async () => {
      const paths = [
        "/",
        "/guides/escrow-after-payoff/",
        "/guides/payoff-statement/", // English text in a French page
        "/contact/",
        "/search/?q=remboursement",
        "/404/",
      ].map((path) => `/${code}${path}`);
      assert.deepEqual(await axeFindings(browser, base, paths), []);
    });
  });
});

/** Waits until the page's service worker has stored the build and controls the page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

Deno.test("French offline: a visited guide works with no network, an unvisited one says so; after saving every guide, all guides, search and the 404 page do", async () => {
  const browser = await launchBrowser();
  try {
    // One visit: the shell and the pages opened are kept.
    const visit = await serve(dist);
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${visit.base}/${code}/`);
    await waitForWorker(page);
    await page.goto(`${visit.base}/${code}/guides/keeping-records/`);
    // Stopping the server matters: Chromium's offline mode does not reach the worker's fetches.
    await visit.stop();
    await context.setOffline(true);
    const visited = await page.goto(`${visit.base}/${code}/guides/keeping-records/`);
    assert.equal(visited?.status(), 200);
    assert.ok(visited?.fromServiceWorker());
    const unvisited = await page.goto(`${visit.base}/${code}/guides/payoff-statement/`);
    assert.equal(unvisited?.status(), 503);
    assert.equal(
      await page.locator("main h1").textContent(),
      "Cette page n’est pas enregistrée pour une lecture hors connexion",
    );
    // Until the language is saved the worker cannot tell an unknown address from an unsaved page.
    const unknown = await page.goto(`${visit.base}/${code}/introuvable/`);
    assert.equal(unknown?.status(), 503);
    assert.deepEqual(problems.filter((p) => !/status of 503/.test(p)), []);
    await context.close();

    // "Save every guide" on the French guides index: then every guide and search work offline.
    const save = await serve(dist);
    const saving = await browser.newContext();
    const second = await saving.newPage();
    await second.goto(`${save.base}/${code}/guides/`);
    await waitForWorker(second);
    await second.getByRole("button", { name: "Enregistrer tous les guides" }).click();
    await second.locator("#offline-save [role=status]").filter({ hasText: "Tous les guides" })
      .waitFor({ timeout: 120_000 });
    await save.stop();
    await saving.setOffline(true);
    for (const slug of [...translated, "payoff-statement"]) {
      const response = await second.goto(`${save.base}/${code}/guides/${slug}/`);
      assert.equal(response?.status(), 200, slug);
      assert.ok(response?.fromServiceWorker(), slug);
    }
    await second.goto(`${save.base}/${code}/search/?q=remboursement`);
    await second.locator("#search-results > li").first().waitFor();
    assert.equal(await firstResult(second), `/${code}/guides/escrow-after-payoff/`);
    const missing = await second.goto(`${save.base}/${code}/introuvable/`);
    assert.equal(missing?.status(), 404);
    assert.equal(await second.locator("main h1").textContent(), "Page introuvable");
  } finally {
    await browser.close();
  }
});
