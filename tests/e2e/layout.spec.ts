import { expect, type Page, test } from "@playwright/test";
import { load } from "js-yaml";
import { readFileSync } from "node:fs";
import { languages, localizePath } from "../../src/i18n/languages.ts";
import { fixedNow, scenes, sceneUrl } from "./visual-scenes.ts";
import { perPage, timeFor } from "./timeouts.ts";

// Layout a borrower sees on a phone and a desktop (issue 17, section 4): one search box on the
// home's first screen, the servicer named in every header, a header whose parts keep their words on
// one line at 1280 px, buttons that never leave a word alone on a line, topic cards without empty
// room, and room between My messages' import and delete buttons.

test.use({ serviceWorkers: "block" });

/** The servicer's name, from the profile the site was built with. */
const servicerName = (load(
  readFileSync(new URL("../../content/servicer-profile.yaml", import.meta.url), "utf8"),
) as { servicer: { name: string } }).servicer.name;

const scene = (name: string) => scenes.find((s) => s.name === name)!;

/** Opens a scene of visual-scenes.ts (the page in the state photographed) in a language. */
async function openScene(page: Page, name: string, lang: string) {
  const s = scene(name);
  await page.clock.setFixedTime(fixedNow);
  await s.before?.(page);
  await page.goto(sceneUrl(s, lang as never));
  await s.ready(page);
}

test("home: one search box, in a phone's first screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const { code } of languages) {
    await page.goto(localizePath("/", code));
    const boxes = page.locator("input[type=search]");
    await expect(boxes).toHaveCount(1);
    const box = (await boxes.boundingBox())!;
    expect(box.y + box.height, `${code}: below the first screen`).toBeLessThanOrEqual(844);
  }
});

test("every page names the servicer in its header", async ({ page }) => {
  const paths = ["/", "/guides/", "/guides/escrow-after-payoff/", "/faq/", "/contact/"];
  test.setTimeout(timeFor(paths.length * languages.length, perPage));
  for (const { code } of languages) {
    for (const path of [...paths, "/messages/", "/search/"]) {
      await page.goto(localizePath(path, code));
      const name = page.locator(".site-header .site-name");
      await expect(name).toBeVisible();
      const said = await name.evaluate((el) =>
        [el.textContent, ...[...el.querySelectorAll("img")].map((img) => img.alt)].join(" ")
      );
      expect(said, localizePath(path, code)).toContain(servicerName);
    }
  }
});

/** How the header's parts lie out: lines of each part, overlaps, overflow. */
function headerLayout(page: Page) {
  return page.locator(".site-header .wrap").evaluate((wrap) => {
    const linesOf = (items: Element[]) =>
      new Set(items.map((i) => Math.round(i.getBoundingClientRect().top))).size;
    const title = wrap.querySelector(".site-name span");
    const controls = [...wrap.querySelectorAll("a, input, button")].map((control) => ({
      name: control.textContent?.trim() || control.tagName,
      box: control.getBoundingClientRect(),
    }));
    const overlaps = controls.flatMap((a, i) =>
      controls.slice(i + 1).filter((b) =>
        a.box.left < b.box.right && b.box.left < a.box.right &&
        a.box.top < b.box.bottom && b.box.top < a.box.bottom
      ).map((b) => `${a.name} / ${b.name}`)
    );
    return {
      navLines: linesOf([...wrap.querySelectorAll(".site-nav li")]),
      languageLines: linesOf([...wrap.querySelectorAll(".language-switch li")]),
      titleLines: title
        ? Math.round(
          title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight),
        )
        : 0,
      searchWidth: wrap.querySelector("input")?.getBoundingClientRect().width,
      overlaps,
      overflow: wrap.scrollWidth > wrap.clientWidth,
      height: wrap.getBoundingClientRect().height,
    };
  });
}

/** A servicer name as long as the profile allows a title (60 characters). */
const longTitle = "Commonwealth Residential Mortgage Servicing Company Help Ctr";

test("header: each part on one line at 1280 px in every language, with a 60-character title; one block at 390 and 320 px", async ({ page }) => {
  test.setTimeout(timeFor(languages.length * 3, perPage));
  for (const { code } of languages) {
    await page.goto(localizePath("/guides/escrow-after-payoff/", code));
    for (const title of ["", longTitle]) {
      if (title) {
        await page.locator(".site-name span").evaluate((el, t) => el.textContent = t, title);
      }
      const at = `${code}${title ? ", long title" : ""}`;
      await page.setViewportSize({ width: 1280, height: 800 });
      const wide = await headerLayout(page);
      expect(wide.navLines, `${at}: links`).toBe(1);
      expect(wide.languageLines, `${at}: languages`).toBe(1);
      expect(wide.titleLines, `${at}: title`).toBe(1);
      expect(wide.searchWidth, `${at}: search field`).toBeGreaterThanOrEqual(160);
      expect(wide.overlaps, at).toEqual([]);
      // Two rows: the name and the languages, the links and the search.
      expect(wide.height, `${at}: header height`).toBeLessThan(100);
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 800 });
        const narrow = await headerLayout(page);
        expect(narrow.overlaps, `${at} at ${width}`).toEqual([]);
        expect(narrow.overflow, `${at} at ${width}: overflow`).toBe(false);
        expect(narrow.languageLines, `${at} at ${width}: languages`).toBe(1);
        expect(narrow.navLines, `${at} at ${width}: links`).toBeLessThanOrEqual(2);
        expect(narrow.titleLines, `${at} at ${width}: title`).toBeLessThanOrEqual(3);
      }
    }
  }
});

/** Buttons and links styled as buttons whose text has a line of one word, with their lines. */
function loneWords(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll("button, .button, input[type=submit]")) {
      if (!(el as HTMLElement).offsetParent) continue; // not shown
      const lines = new Map<number, string[]>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const top = Math.round(range.getClientRects()[0]?.top ?? -1);
          const line = [...lines.keys()].find((t) => Math.abs(t - top) < 4) ?? top;
          lines.set(line, [...(lines.get(line) ?? []), match[0]]);
        }
      }
      const words = [...lines.values()];
      if (words.length > 1 && words.some((line) => line.length === 1)) {
        found.push(words.map((line) => line.join(" ")).join(" / "));
      }
    }
    return found;
  });
}

const buttonScenes = [
  "home",
  "guide",
  "search-none",
  "contact-errors",
  "result-email",
  "result-letter",
  "messages",
];
for (const name of buttonScenes) {
  test(`buttons never leave one word alone on a line at 320 and 390 px: ${name}`, async ({ page }) => {
    test.setTimeout(timeFor(languages.length * 2, 2 * perPage));
    for (const { code } of languages) {
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        await openScene(page, name, code);
        expect(await loneWords(page), `${code} at ${width} px`).toEqual([]);
      }
    }
  });
}

test("home: topic cards in aligned rows, each as tall as what it holds", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const { code } of languages) {
    await page.goto(localizePath("/", code));
    const cards = await page.locator(".card-list > .card").evaluateAll((all) =>
      all.map((card) => {
        const box = card.getBoundingClientRect();
        const list = card.querySelector("ul")!.getBoundingClientRect();
        const style = getComputedStyle(card);
        return {
          top: Math.round(box.top),
          listTop: Math.round(list.top),
          // Room below the list beyond the card's own padding: an empty part of the box.
          empty: box.bottom - list.bottom - parseFloat(style.paddingBottom) -
            parseFloat(style.borderBottomWidth),
        };
      })
    );
    expect(cards.length).toBeGreaterThan(3);
    const rows = Map.groupBy(cards, (card) => card.top);
    expect(rows.size, `${code}: several cards a row`).toBeLessThan(cards.length);
    for (const row of rows.values()) {
      expect(new Set(row.map((card) => card.listTop)).size, `${code}: lists start together`).toBe(
        1,
      );
    }
    for (const card of cards) expect(card.empty, `${code}: empty room`).toBeLessThan(2);
  }
});

test("My messages: room between Import and Delete everything", async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const { code } of languages) {
      await openScene(page, "messages", code);
      const tools = page.locator(".data-tools");
      const importBox = (await tools.locator(":scope > form > button[type=submit]").boundingBox())!;
      const deleteBox = (await tools.locator(":scope > button.warning").boundingBox())!;
      const gap = deleteBox.y - (importBox.y + importBox.height);
      expect(gap, `${code} at ${width} px`).toBeGreaterThanOrEqual(24);
    }
  }
});
