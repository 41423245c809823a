import { measurePage, type PageWeight } from "./measure.ts";
import { langs, localizePath } from "../src/i18n/languages.ts";
import { registrationWeight, saveScriptWeight, saveWeight, shellWeight } from "./offline.ts";

// `deno task budget`: gzip weight per page type against the budgets in DESIGN.md; exits 1 if over.

const dist = Deno.args[0] ?? "dist";
const KB = 1024;

type Kind = Exclude<keyof PageWeight, "files" | "jsAll">;
type Budget = Record<Kind, number>;

/**
 * Content pages carry one script: the inline registration of the offline service worker (a page
 * cannot be read offline without it). Their JS budget is exactly its weight, so any other script
 * still fails; the registration itself may not outgrow half a kilobyte.
 */
const registration = registrationWeight(dist);
const registrationBudget = KB / 2;
/**
 * On the guides index the registration also drives "save every guide"
 * (src/offline/RegisterWithSaveGuides.astro): it shows the button and imports the save script
 * only when the borrower uses it.
 */
const saveLoaderBudget = KB / 2;
/** The save script itself, loaded on use. */
const saveScriptBudget = 2 * KB;
/** What every first visit downloads in the background: the worker and its shell, gzip. */
const shellBudget = 400 * KB;

/**
 * Budgets in gzip bytes (DESIGN.md). Search loads Pagefind on use. The contact page: 30 KB before
 * any interaction, 45 KB once a message has been built. My messages needs preact, zod/mini, the
 * deadline engine and the tracker to show the stored list at all: held to the contact page's
 * after-submit budget.
 */
const budgets: Record<string, Budget> = {
  home: { html: 15 * KB, css: 12 * KB, js: registration, jsUsed: registration },
  guide: { html: 15 * KB, css: 12 * KB, js: registration, jsUsed: registration },
  faq: { html: 15 * KB, css: 12 * KB, js: registration, jsUsed: registration },
  "guide list": {
    html: 15 * KB,
    css: 12 * KB,
    js: registration + saveLoaderBudget,
    jsUsed: registration + saveLoaderBudget,
  },
  topic: { html: 15 * KB, css: 12 * KB, js: registration, jsUsed: registration },
  search: { html: 15 * KB, css: 12 * KB, js: 5 * KB, jsUsed: 5 * KB },
  contact: { html: 15 * KB, css: 12 * KB, js: 30 * KB, jsUsed: 45 * KB },
  messages: { html: 15 * KB, css: 12 * KB, js: 45 * KB, jsUsed: 45 * KB },
};

const labels: Record<Kind, string> = {
  html: "HTML",
  css: "CSS",
  js: "JS first load",
  jsUsed: "JS after use",
};

/** Page types whose further on-demand steps load more than "after use": reported, not budgeted. */
const further: string[] = [];

function guidePages(prefix: string): string[] {
  return [...Deno.readDirSync(`${dist}${prefix}`)]
    .filter((entry) => entry.isDirectory)
    .map((entry) => `${prefix}${entry.name}/index.html`);
}

/** Every page in a folder of the build and its subfolders; none when the folder is not there. */
function pagesUnder(prefix: string): string[] {
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(`${dist}${prefix}`)];
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
  return entries.flatMap((entry) =>
    entry.isDirectory
      ? pagesUnder(`${prefix}${entry.name}/`)
      : entry.name === "index.html"
      ? [`${prefix}index.html`]
      : []
  );
}

/** A page in every language of the registry. */
const inEveryLanguage = (path: string) => langs.map((lang) => localizePath(path, lang));

const pageTypes: Record<string, string[]> = {
  home: inEveryLanguage("/index.html"),
  guide: inEveryLanguage("/guides/").flatMap(guidePages),
  faq: inEveryLanguage("/faq/index.html"),
  "guide list": inEveryLanguage("/guides/index.html"),
  // Only topics longer than the guides index lists have pages (src/kb/topic-pages.ts).
  topic: inEveryLanguage("/topics/").flatMap(pagesUnder),
  search: inEveryLanguage("/search/index.html"),
  contact: inEveryLanguage("/contact/index.html"),
  messages: inEveryLanguage("/messages/index.html"),
};

/** For each asset, the page of the type that is heaviest in it is the one held to the budget. */
function heaviest(pages: { path: string; weight: PageWeight }[], kind: Kind) {
  return pages.reduce((a, b) => (b.weight[kind] > a.weight[kind] ? b : a));
}

/** KB to one decimal; under a kilobyte (the registration) in bytes, so an extra byte shows. */
const size = (bytes: number) =>
  bytes > 0 && bytes < KB ? `${bytes} B` : `${(bytes / KB).toFixed(bytes % KB ? 1 : 0)} KB`;

const rows: string[][] = [];
let over = 0;
for (const [type, paths] of Object.entries(pageTypes)) {
  const pages = paths.map((path) => ({ path, weight: measurePage(dist, path) }));
  if (!pages.length) {
    rows.push([type, "-", "-", "-", "none", "(no such page in this build)"]);
    continue;
  }
  const most = pages.reduce((a, b) => (b.weight.jsAll > a.weight.jsAll ? b : a));
  if (most.weight.jsAll > most.weight.jsUsed) {
    further.push(`${type}: ${size(most.weight.jsAll)} with every further step (${most.path})`);
  }
  for (const kind of ["html", "css", "js", "jsUsed"] as const) {
    const { path, weight } = heaviest(pages, kind);
    const ok = weight[kind] <= budgets[type][kind];
    if (!ok) over++;
    rows.push([
      type,
      labels[kind],
      size(weight[kind]),
      size(budgets[type][kind]),
      ok ? "ok" : "OVER",
      path,
    ]);
  }
}

const header = ["page", "asset", "gzip", "budget", "", "heaviest page"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
  "\nJS after use: the first load plus the chunks the page's scripts import on use (the contact " +
    "page's message builder and suggestions, the search page's results); Pagefind's own files " +
    "excluded.",
);
for (const line of further) console.log(`  ${line}`);

const registrationOk = registration <= registrationBudget;
if (!registrationOk) over++;
console.log(
  `\nservice worker registration (inline, every page): ${registration} B gzip, budget ` +
    `${registrationBudget} B: ${registrationOk ? "ok" : "OVER"}`,
);

const saveScript = saveScriptWeight(dist);
const saveScriptOk = saveScript <= saveScriptBudget;
if (!saveScriptOk) over++;
console.log(
  `save every guide, script loaded on use (guide list): ${size(saveScript)} gzip, budget ` +
    `${size(saveScriptBudget)}: ${saveScriptOk ? "ok" : "OVER"}`,
);

const kib = (bytes: number) => `${(bytes / KB).toFixed(1)} KiB`;
const shell = shellWeight(dist);
const shellOk = shell.total.gzip <= shellBudget;
if (!shellOk) over++;
console.log(
  `\noffline shell (precached by every first visit, sw.js included): ${shell.total.files} files, ` +
    `${kib(shell.total.raw)} raw, ${kib(shell.total.gzip)} gzip; budget ` +
    `${shellBudget / KB} KiB gzip: ${shellOk ? "ok" : "OVER"}`,
);
for (const [group, { files, raw, gzip }] of shell.groups) {
  console.log(
    `  ${group.padEnd(8)} ${String(files).padStart(4)} files  ${kib(raw)} raw  ${kib(gzip)} gzip`,
  );
}
console.log("save every guide (on the borrower's request, per language; not budgeted):");
for (const { code, guides, files, raw, gzip } of saveWeight(dist)) {
  console.log(
    `  ${code.padEnd(8)} ${String(files).padStart(4)} files  ${kib(raw)} raw  ${kib(gzip)} gzip` +
      `  ${guides} guides: ${kib(raw / guides)} raw, ${kib(gzip / guides)} gzip per guide`,
  );
}

console.log(over ? `\n${over} budget(s) exceeded` : "\nAll pages within budget");
Deno.exit(over ? 1 : 0);
