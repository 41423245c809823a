import { measurePage, type PageWeight } from "./measure.ts";

// `deno task budget`: gzip weight per page type against the budgets in DESIGN.md; exits 1 if over.

const dist = Deno.args[0] ?? "dist";
const KB = 1024;

type Budget = Record<Exclude<keyof PageWeight, "files">, number>;

/**
 * Budgets in gzip bytes (DESIGN.md). Content pages ship no JavaScript; search loads Pagefind on
 * use. The contact page: 30 KB before any interaction, 45 KB once a message has been built.
 */
const budgets: Record<string, Budget> = {
  home: { html: 15 * KB, css: 12 * KB, js: 0, jsUsed: 0 },
  guide: { html: 15 * KB, css: 12 * KB, js: 0, jsUsed: 0 },
  faq: { html: 15 * KB, css: 12 * KB, js: 0, jsUsed: 0 },
  search: { html: 15 * KB, css: 12 * KB, js: 5 * KB, jsUsed: 5 * KB },
  contact: { html: 15 * KB, css: 12 * KB, js: 30 * KB, jsUsed: 45 * KB },
};

const labels: Record<keyof Budget, string> = {
  html: "HTML",
  css: "CSS",
  js: "JS first load",
  jsUsed: "JS after use",
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
};

/** The heaviest page of each type is the one held to the budget. */
function heaviest(paths: string[]): { path: string; weight: PageWeight } {
  return paths.map((path) => ({ path, weight: measurePage(dist, path) }))
    .reduce((a, b) => (b.weight.html + b.weight.js > a.weight.html + a.weight.js ? b : a));
}

const rows: string[][] = [];
let over = 0;
for (const [type, paths] of Object.entries(pageTypes)) {
  const { path, weight } = heaviest(paths);
  for (const kind of ["html", "css", "js", "jsUsed"] as const) {
    const ok = weight[kind] <= budgets[type][kind];
    if (!ok) over++;
    rows.push([
      type,
      labels[kind],
      `${(weight[kind] / KB).toFixed(1)} KB`,
      `${(budgets[type][kind] / KB).toFixed(0)} KB`,
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
  "\nJS after use: the first load plus every chunk imported on demand (the contact page's " +
    "message builder and suggestions, the search page's results); Pagefind's own files excluded.",
);
console.log(over ? `\n${over} budget(s) exceeded` : "\nAll pages within budget");
Deno.exit(over ? 1 : 0);
