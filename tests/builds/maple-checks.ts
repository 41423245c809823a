// A second servicer rebrands the site through its profile alone (tests/fixtures/maple/): the build
// must carry its name, colours and logo, and nothing of the shipped example's.
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { exampleColours } from "../../src/profile/site.ts";
import { dist, files } from "./adopted-site.ts";
import { axeFindings, withBrowser } from "./serve.ts";

Deno.test("Maple: nothing of the shipped example's name, addresses or colours is left", () => {
  const defaults = [
    "Example Mortgage Servicing",
    "servicer.example",
    ...Object.values(exampleColours.light),
    ...Object.values(exampleColours.dark),
  ].filter((text) => !["#ffffff", "#ffbf47"].includes(text)); // shared by both palettes
  const left = [...files].flatMap(([path, text]) =>
    defaults.filter((d) => text.toLowerCase().includes(d.toLowerCase())).map((d) => `${path}: ${d}`)
  );
  assert.deepEqual(left, []);
});

Deno.test("Maple: its name, colours and logo are in the pages", () => {
  const home = files.get("/index.html")!;
  assert.match(home, /<title>Maple Leaf Home Loans Borrower Help Centre<\/title>/);
  assert.match(
    home,
    /Maple Leaf Home Loans Borrower Help Centre is provided by Maple Leaf Home Loans\./,
  );
  assert.doesNotMatch(home, /fictional/);
  const logo = /<img src="(\/_astro\/maple-logo\.[\w-]+\.svg)" alt(?:="")? width="48" height="40"/
    .exec(home);
  assert.ok(logo, "the light logo");
  assert.ok(files.has(logo[1]));
  assert.match(
    home,
    /<source srcset="\/_astro\/maple-logo-dark\.[\w-]+\.svg" media="\(prefers-color-scheme: dark\)"/,
  );
  assert.match(
    home,
    /<link rel="icon" href="\/_astro\/maple-favicon\.[\w-]+\.svg" type="image\/svg\+xml"/,
  );
  assert.match(
    home,
    /<meta name="theme-color" content="#1e5631" media="\(prefers-color-scheme: light\)"/,
  );
  const css = [...files].filter(([path]) => path.endsWith(".css")).map(([, text]) => text).join("");
  for (
    const colour of ["--brand:#1e5631", "--link:#1a6b3c", "--brand:#153d23", "--focus:#ffd166"]
  ) {
    assert.ok(css.replace(/\s/g, "").includes(colour), colour);
  }
  assert.match(
    files.get("/es/index.html")!,
    /<title>Centro de ayuda de Maple Leaf Home Loans<\/title>/,
  );
});

/**
 * The header at a wide width: two rows (the name and the languages, then the links and the search),
 * each part's words on one line, no control over another, and a search field wide enough to type in.
 */
function headerLayout(page: Page) {
  return page.$eval(".site-header .wrap", (wrap) => {
    // A row: the parts that share vertical space (a logo makes the name taller than the languages
    // beside it, so their tops differ within one row).
    const rows: { top: number; bottom: number }[] = [];
    for (const part of wrap.children) {
      const box = part.getBoundingClientRect();
      if (box.height === 0) continue;
      const row = rows.find((r) => box.top < r.bottom && r.top < box.bottom);
      if (row) {
        [row.top, row.bottom] = [Math.min(row.top, box.top), Math.max(row.bottom, box.bottom)];
      } else rows.push({ top: box.top, bottom: box.bottom });
    }
    const linesOf = (selector: string) =>
      new Set(
        [...wrap.querySelectorAll(selector)].map((item) =>
          Math.round(item.getBoundingClientRect().top)
        ),
      ).size;
    const controls = [...wrap.querySelectorAll("a, input, button")]
      .map((control) => ({
        name: control.textContent?.trim() || control.tagName,
        box: control.getBoundingClientRect(),
      }));
    const overlaps = controls.flatMap((a, i) =>
      controls.slice(i + 1).filter((b) =>
        a.box.left < b.box.right && b.box.left < a.box.right &&
        a.box.top < b.box.bottom && b.box.top < a.box.bottom
      ).map((b) => `${a.name} / ${b.name}`)
    );
    const title = wrap.querySelector(".site-name span");
    return {
      rows: rows.length,
      navLines: linesOf(".site-nav li"),
      languageLines: linesOf(".language-switch li"),
      overlaps,
      searchWidth: wrap.querySelector("input")?.getBoundingClientRect().width ?? 0,
      titleLines: title
        ? Math.round(
          title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight),
        )
        : 0,
    };
  });
}

Deno.test("Maple: axe finds nothing, light and dark, narrow and wide; the header keeps two rows with three languages", async () => {
  await withBrowser(dist, async (browser, { base }) => {
    const paths = ["/", "/guides/payoff-statement/", "/contact/", "/es/", "/404.html"];
    assert.deepEqual(await axeFindings(browser, base, paths), []);
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const width of [1024, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      // Contact pages: in every language, with the header's search (the home has its own instead).
      for (const path of ["/contact/", "/es/contact/", "/fr/contact/"]) {
        await page.goto(base + path);
        const layout = await headerLayout(page);
        const at = `${path} at ${width} px`;
        if (layout.rows > 2) problems.push(`${at}: the header on ${layout.rows} rows`);
        if (layout.navLines > 1) problems.push(`${at}: links on ${layout.navLines} lines`);
        if (layout.languageLines > 1) {
          problems.push(`${at}: languages on ${layout.languageLines} lines`);
        }
        for (const pair of layout.overlaps) problems.push(`${at}: ${pair} overlap`);
        if (layout.searchWidth < 96) problems.push(`${at}: search field ${layout.searchWidth} px`);
        if (layout.titleLines > (width < 1280 ? 2 : 1)) {
          problems.push(`${at}: title on ${layout.titleLines} lines`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});
