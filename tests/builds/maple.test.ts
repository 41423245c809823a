import assert from "node:assert/strict";
import { analyze } from "../../audit/axe-run.ts";
import { auditContext, launchBrowser, loadPage } from "../../audit/browser.ts";
import { colorSchemes, defaultTags, widths } from "../../audit/standard.ts";
import { createHandler } from "../../server/handler.ts";
import { loadSite } from "../../server/site.ts";
import { exampleColours } from "../../src/profile/site.ts";
import { buildSite, textFiles } from "./build.ts";

// A second servicer rebrands the site through its profile alone (tests/fixtures/maple/): the build
// must carry its name, colours and logo, and nothing of the shipped example's.

const dist = await Deno.makeTempDir({ prefix: "maple-dist-" });
await buildSite({
  env: { HELP_PROFILE: "tests/fixtures/maple/servicer-profile.yaml" },
  outDir: dist,
});
const files = textFiles(dist);

Deno.test("nothing of the shipped example's name, addresses or colours is left", () => {
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

Deno.test("its name, colours and logo are in the pages", () => {
  const home = files.get("/index.html")!;
  assert.match(home, /<title>Maple Leaf Home Loans Borrower Help Centre<\/title>/);
  assert.match(
    home,
    /Maple Leaf Home Loans Borrower Help Centre is provided by Maple Leaf Home Loans\./,
  );
  assert.doesNotMatch(home, /fictional/);
  const logo = /<img src="(\/_astro\/maple-logo\.[\w-]+\.svg)" alt(?:="")? width="48" height="40"/
    .exec(
      home,
    );
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

Deno.test("axe finds nothing, light and dark, narrow and wide; the long name keeps the header on one row", async () => {
  const site = await loadSite(dist);
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, createHandler(site));
  const base = `http://127.0.0.1:${server.addr.port}`;
  const browser = await launchBrowser();
  try {
    const context = await auditContext(browser);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of ["/", "/guides/payoff-statement/", "/contact/", "/es/", "/404.html"]) {
      for (const scheme of colorSchemes) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of widths) {
          await page.setViewportSize(width);
          await loadPage(page, base + path).catch(() => {}); // the 404 page answers 404
          for (const v of await analyze(page, { tags: defaultTags, disabled: [] })) {
            found.push(`${path} ${scheme} ${width.width}px: ${v.ruleId} ${v.nodes[0]?.target}`);
          }
        }
      }
    }
    assert.deepEqual(found, []);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(base + "/");
    // One row: every part of the header overlaps every other vertically.
    const oneRow = await page.$$eval(".site-header .wrap > *", (items) => {
      const boxes = items.map((item) => item.getBoundingClientRect());
      return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
    });
    assert.ok(oneRow, "the header wraps at 1280 px");
    const nameLines = await page.$eval(
      ".site-name span",
      (span) =>
        Math.round(
          span.getBoundingClientRect().height / parseFloat(getComputedStyle(span).lineHeight),
        ),
    );
    assert.ok(nameLines <= 2, `the servicer's title takes ${nameLines} lines at 1280 px`);
  } finally {
    await browser.close();
    await server.shutdown();
    await Deno.remove(dist, { recursive: true });
  }
});
