import { measurePage, type PageWeight } from "./measure.ts";
import { precacheWeight, registrationWeight } from "./offline.ts";

// `deno task budget`: gzip weight per page type against the budgets in DESIGN.md; exits 1 if over.

const dist = Deno.args[0] ?? "dist";
const KB = 1024;
const MB = 1024 * KB;

/**
 * Content pages carry one script: the inline registration of the offline service worker (a page
 * cannot be read offline without it). Their JS budget is exactly its weight, so any other script
 * still fails; the registration itself may not outgrow half a kilobyte.
 */
const registration = registrationWeight(dist);
const registrationBudget = KB / 2;
/** What the service worker stores on a first visit, raw (as Cache Storage counts it). */
const precacheBudget = 3 * MB;

/** Budgets in gzip bytes. Search loads Pagefind on use. */
const budgets: Record<string, { html: number; css: number; js: number }> = {
  home: { html: 15 * KB, css: 12 * KB, js: registration },
  guide: { html: 15 * KB, css: 12 * KB, js: registration },
  faq: { html: 15 * KB, css: 12 * KB, js: registration },
  search: { html: 15 * KB, css: 12 * KB, js: 5 * KB },
  contact: { html: 15 * KB, css: 12 * KB, js: 30 * KB },
  /**
   * My messages: preact, zod/mini, the deadline engine and the tracker, all needed to show the
   * stored list; held under the contact page's after-submit budget, which carries the same core.
   */
  messages: { html: 15 * KB, css: 12 * KB, js: 40 * KB },
};

function guidePages(prefix: string): string[] {
  return [...Deno.readDirSync(`${dist}${prefix}`)]
    .filter((entry) => entry.isDirectory)
    .map((entry) => `${prefix}${entry.name}/index.html`);
}

const pageTypes: Record<string, string[]> = {
  home: ["/index.html", "/es/index.html"],
  guide: [...guidePages("/guides/"), ...guidePages("/es/guides/")],
  faq: ["/faq/index.html", "/es/faq/index.html"],
  search: ["/search/index.html", "/es/search/index.html"],
  contact: ["/contact/index.html", "/es/contact/index.html"],
  messages: ["/messages/index.html", "/es/messages/index.html"],
};

type Kind = "html" | "css" | "js";

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
  for (const kind of ["html", "css", "js"] as const) {
    const { path, weight } = heaviest(pages, kind);
    const ok = weight[kind] <= budgets[type][kind];
    if (!ok) over++;
    rows.push([
      type,
      kind.toUpperCase(),
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

const registrationOk = registration <= registrationBudget;
if (!registrationOk) over++;
console.log(
  `\nservice worker registration (inline, every page): ${registration} B gzip, budget ` +
    `${registrationBudget} B: ${registrationOk ? "ok" : "OVER"}`,
);

const precache = precacheWeight(dist);
const precacheOk = precache.total.raw <= precacheBudget;
if (!precacheOk) over++;
const kib = (bytes: number) => `${(bytes / KB).toFixed(1)} KiB`;
console.log(
  `precache (sw.js, ${kib(precache.worker)}): ${precache.total.files} files, ` +
    `${kib(precache.total.raw)} raw, ${kib(precache.total.gzip)} gzip; budget ` +
    `${precacheBudget / MB} MiB raw: ${precacheOk ? "ok" : "OVER"}`,
);
for (const [group, { files, raw, gzip }] of precache.groups) {
  console.log(
    `  ${group.padEnd(8)} ${String(files).padStart(4)} files  ${kib(raw)} raw  ${kib(gzip)} gzip`,
  );
}

console.log(over ? `\n${over} budget(s) exceeded` : "\nAll pages within budget");
Deno.exit(over ? 1 : 0);
