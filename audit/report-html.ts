/**
 * report.html: a readable, self-contained and itself accessible report, by WCAG success
 * criterion, by rule and by page.
 */
import { groupByCriterion, groupByPage, groupByRule, type Occurrence } from "./group.ts";
import type { AuditReport, Check } from "./types.ts";
import { formatDuration } from "./summary.ts";
import type { ManualItem } from "./manual.ts";
import { compareCriteria, criteriaOf, criterionTitle } from "./wcag.ts";

/** Escapes text for HTML content and quoted attributes. */
export function htmlEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const e = htmlEscape;

/** A link only to http(s) addresses; anything else is shown as text. */
function link(href: string, text: string): string {
  return /^https?:\/\//i.test(href) ? `<a href="${e(href)}">${e(text)}</a>` : e(text);
}

/** An id usable in a fragment, from any text. */
export function anchor(prefix: string, text: string): string {
  return `${prefix}-${text.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "root"}`;
}

const maxOccurrences = 100;

const style = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1b; --muted: #4a4a4a;
  --line: #8a8a8a; --link: #0b4dbf; --bad: #a4001b; --good: #0a6b2d; --warn: #7a4b00;
  --code: #f3f3f3; --focus: #ffbf47; }
@media (prefers-color-scheme: dark) { :root { --bg: #121212; --fg: #f2f2f2; --muted: #c8c8c8;
  --line: #8a8a8a; --link: #9cc3ff; --bad: #ff9b9b; --good: #8fe0a8; --warn: #ffd27a;
  --code: #222222; } }
body { background: var(--bg); color: var(--fg); font: 1rem/1.5 system-ui, sans-serif;
  margin: 0 auto; padding: 1rem; max-width: 72rem; }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px;
  box-shadow: 0 0 0 6px #0b0c0c; }
h1, h2, h3, h4 { line-height: 1.25; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }
td.n, th.n { text-align: right; white-space: nowrap; overflow-wrap: normal; }
table.compact { width: auto; min-width: min(100%, 24rem); }
pre { background: var(--code); padding: 0.5rem; white-space: pre-wrap; overflow-wrap: anywhere;
  margin: 0.25rem 0; }
.failed { color: var(--bad); font-weight: bold; }
.passed { color: var(--good); font-weight: bold; }
.error { color: var(--warn); font-weight: bold; }
.muted { color: var(--muted); }
`;

function statusText(status: string): string {
  return `<span class="${e(status)}">${e(status)}</span>`;
}

function occurrenceRows(occurrences: Occurrence[]): string {
  const rows: string[] = [];
  for (const o of occurrences.slice(0, maxOccurrences)) {
    for (const node of o.nodes) {
      rows.push(
        `<tr><td><a href="#${e(anchor("page", o.page))}">${e(o.page)}</a></td>` +
          `<td>${e(o.variant)}</td><td><code>${e(node.target)}</code></td>` +
          `<td><pre><code>${e(node.html)}</code></pre></td>` +
          `<td><pre>${e(node.failureSummary)}</pre></td></tr>`,
      );
    }
  }
  return rows.join("\n");
}

function ruleSection(report: AuditReport): string {
  const groups = groupByRule(report.checks);
  if (groups.length === 0) {
    return `<h2 id="by-rule">Violations by rule</h2>\n<p class="passed">No violations.</p>`;
  }
  const parts = [`<h2 id="by-rule">Violations by rule</h2>`];
  for (const g of groups) {
    const more = g.occurrences.length - maxOccurrences;
    parts.push(
      `<section aria-labelledby="${e(anchor("rule", g.rule.ruleId))}">`,
      `<h3 id="${e(anchor("rule", g.rule.ruleId))}">${e(g.rule.ruleId)}: ${e(g.rule.help)}</h3>`,
      `<p>${e(g.rule.description)}. Impact: <strong>${e(g.rule.impact)}</strong>. ` +
        `Broken on ${g.pages.length} page(s), ${g.nodeCount} element(s). ` +
        `How to fix it: ${link(g.rule.helpUrl, `${g.rule.ruleId} guidance`)}.</p>`,
      `<p>WCAG: ${
        e(criteriaOf(g.rule.tags).map(criterionTitle).join("; ") || "none (best practice)")
      }. <span class="muted">Tags: ${e(g.rule.tags.join(", "))}</span></p>`,
      `<table>`,
      `<caption>Where ${e(g.rule.ruleId)} fails</caption>`,
      `<thead><tr><th scope="col">Page</th><th scope="col">Variant</th>` +
        `<th scope="col">Element</th><th scope="col">HTML</th><th scope="col">How to fix</th>` +
        `</tr></thead>`,
      `<tbody>\n${occurrenceRows(g.occurrences)}\n</tbody>`,
      `</table>`,
      more > 0 ? `<p>And ${more} more places; report.json lists them all.</p>` : "",
      `</section>`,
    );
  }
  return parts.filter(Boolean).join("\n");
}

/** What is left for a person, by criterion: the manual test, then each page's elements. */
function manualSection(report: AuditReport): string {
  const heading = `<h2 id="manual">Left for a person, by WCAG success criterion</h2>`;
  const byCriterion = new Map<string, { item: ManualItem; pages: [string, ManualItem][] }>();
  for (const { page, items } of report.manual) {
    for (const item of items) {
      const group = byCriterion.get(item.criterion.id) ?? { item, pages: [] };
      group.pages.push([page, item]);
      byCriterion.set(item.criterion.id, group);
    }
  }
  if (byCriterion.size === 0) return `${heading}\n<p>No manual checks were listed.</p>`;
  const parts = [
    heading,
    `<p>Automated checks cannot decide these criteria. For each, the test to do by hand and, ` +
    `page by page, the elements to look at (at most 5 here; report.json has up to 12).</p>`,
  ];
  const groups = [...byCriterion.values()].sort((a, b) =>
    compareCriteria(a.item.criterion.id, b.item.criterion.id)
  );
  for (const { item, pages } of groups) {
    const id = anchor("manual", item.criterion.id);
    parts.push(
      `<section aria-labelledby="${e(id)}">`,
      `<h3 id="${e(id)}">${e(criterionTitle(item.criterion))}</h3>`,
      `<p><strong>Test:</strong> ${e(item.test)} <span class="muted">(${pages.length} ` +
        `page${pages.length > 1 ? "s" : ""})</span></p>`,
      `<table>`,
      `<caption>Where to check ${e(item.criterion.id)}</caption>`,
      `<thead><tr><th scope="col">Page</th><th scope="col">Elements to look at</th></tr></thead>`,
      `<tbody>`,
      ...pages.map(([page, own]) =>
        `<tr><th scope="row"><a href="#${e(anchor("page", page))}">${e(page)}</a></th><td><ul>${
          own.elements.slice(0, 5).map((el) =>
            `<li><code>${e(el.target)}</code>${el.note ? ` ${e(el.note)}` : ""}</li>`
          ).join("")
        }${
          own.elements.length > 5 ? `<li>and ${own.elements.length - 5} more</li>` : ""
        }</ul></td></tr>`
      ),
      `</tbody>`,
      `</table>`,
      `</section>`,
    );
  }
  return parts.join("\n");
}

function criterionSection(report: AuditReport): string {
  const groups = groupByCriterion(report.checks);
  const heading = `<h2 id="by-criterion">Findings by WCAG success criterion</h2>`;
  if (groups.length === 0) return `${heading}\n<p class="passed">No success criterion failed.</p>`;
  return [
    heading,
    `<table>`,
    `<caption>Success criteria with failures, in WCAG order</caption>`,
    `<thead><tr><th scope="col">Success criterion</th><th scope="col">Rules broken</th>` +
    `<th scope="col" class="n">Pages</th><th scope="col" class="n">Elements</th></tr></thead>`,
    `<tbody>`,
    ...groups.map((g) =>
      `<tr><th scope="row">${
        e(g.criterion ? criterionTitle(g.criterion) : "Best practice (no success criterion)")
      }</th><td>${
        g.rules.map((r) => `<a href="#${e(anchor("rule", r.rule.ruleId))}">${e(r.rule.ruleId)}</a>`)
          .join(", ")
      }</td><td class="n">${g.pages.length}</td><td class="n">${g.nodeCount}</td></tr>`
    ),
    `</tbody>`,
    `</table>`,
  ].join("\n");
}

function checkRow(check: Check): string {
  const found = check.violations.length > 0
    ? check.violations.map((v) =>
      `<a href="#${e(anchor("rule", v.ruleId))}">${e(v.ruleId)}</a> (${v.nodes.length})`
    ).join(", ")
    : e(check.note ?? "");
  return `<tr><th scope="row">${e(check.kind)} ${e(check.variant)}</th>` +
    `<td>${statusText(check.status)}</td><td>${found}</td></tr>`;
}

function pageSection(report: AuditReport): string {
  const groups = groupByPage(report.pages, report.checks);
  const parts = [
    `<h2 id="by-page">Results by page</h2>`,
    `<table>`,
    `<caption>Every audited page</caption>`,
    `<thead><tr><th scope="col">Page</th><th scope="col">Result</th>` +
    `<th scope="col" class="n">Checks</th><th scope="col" class="n">Violations</th>` +
    `<th scope="col" class="n">Elements</th></tr></thead>`,
    `<tbody>`,
    ...groups.map((g) =>
      `<tr><th scope="row"><a href="#${e(anchor("page", g.page))}">${e(g.page)}</a></th>` +
      `<td>${statusText(g.status)}</td><td class="n">${g.checks.length}</td>` +
      `<td class="n">${g.violations}</td><td class="n">${g.nodes}</td></tr>`
    ),
    `</tbody>`,
    `</table>`,
  ];
  for (const g of groups) {
    parts.push(
      `<section aria-labelledby="${e(anchor("page", g.page))}">`,
      `<h3 id="${e(anchor("page", g.page))}">${e(g.page)}</h3>`,
      `<table>`,
      `<caption>Checks on ${e(g.page)}</caption>`,
      `<thead><tr><th scope="col">Check</th><th scope="col">Result</th>` +
        `<th scope="col">Rules broken, or note</th></tr></thead>`,
      `<tbody>`,
      ...g.checks.map(checkRow),
      `</tbody>`,
      `</table>`,
      `</section>`,
    );
  }
  return parts.join("\n");
}

export function reportHtml(report: AuditReport): string {
  const t = report.totals;
  const verdict = t.violations > 0 || t.errors > 0 ? "failed" : "passed";
  const notRun = report.checks.filter((c) => c.status === "error");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility audit: ${e(verdict)}, ${t.violations} violations</title>
<style>${style}</style>
</head>
<body>
<header>
<h1>Accessibility audit report</h1>
<p>Target: ${link(report.target, report.target)}. Started ${e(report.startedAt)}, took ${
    e(formatDuration(report.durationMs))
  }.</p>
<p>Result: <span class="${verdict}">${verdict}</span>: ${t.pages} pages, ${t.checks} checks, ${t.violations} violations (${t.nodes} elements), ${t.errors} checks that could not run.</p>
</header>
<nav aria-label="Contents">
<ul>
<li><a href="#summary">Summary</a></li>
<li><a href="#disabled">Disabled rules</a></li>
<li><a href="#by-criterion">Findings by WCAG success criterion</a></li>
<li><a href="#by-rule">Violations by rule</a></li>
<li><a href="#not-run">Checks that could not run</a></li>
<li><a href="#manual">Left for a person</a></li>
<li><a href="#by-page">Results by page</a></li>
</ul>
</nav>
<main>
<h2 id="summary">Summary</h2>
<table class="compact">
<caption>Totals</caption>
<tbody>
${
    [
      ["Pages", t.pages],
      ["Checks", t.checks],
      ["Passed", t.passed],
      ["Failed", t.failed],
      ["Could not run", t.errors],
      ["Not run (a tool missing)", t.skipped],
      ["Violations (rule broken in a check)", t.violations],
      ["Elements involved", t.nodes],
    ].map(([name, value]) => `<tr><th scope="row">${name}</th><td class="n">${value}</td></tr>`)
      .join("\n")
  }
</tbody>
</table>
<table class="compact">
<caption>Configuration</caption>
<tbody>
<tr><th scope="row">Rule tags</th><td>${e(report.tags.join(", "))}</td></tr>
<tr><th scope="row">Checks run</th><td>${e(report.checksRun.join(", "))}</td></tr>
<tr><th scope="row">axe include, exclude</th><td>${
    e(`${report.include.join(" ") || "whole page"}; ${report.exclude.join(" ") || "nothing"}`)
  }</td></tr>
${
    Object.entries(report.versions).map(([name, version]) =>
      `<tr><th scope="row">${e(name)}</th><td>${e(version)}</td></tr>`
    ).join("\n")
  }
</tbody>
</table>
<h2 id="disabled">Disabled rules</h2>
${
    report.disabledRules.length === 0 ? "<p>No rules were disabled.</p>" : `<table>
<caption>Rules not checked, and why</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Reason</th></tr></thead>
<tbody>
${
      report.disabledRules.map((r) =>
        `<tr><th scope="row">${e(r.id)}</th><td>${e(r.reason)}</td></tr>`
      ).join("\n")
    }
</tbody>
</table>`
  }
${criterionSection(report)}
${ruleSection(report)}
<h2 id="not-run">Checks that could not run</h2>
${
    notRun.length === 0 ? "<p>Every check ran to the end.</p>" : `<table>
<caption>Checks that stopped before a result, and why</caption>
<thead><tr><th scope="col">Page</th><th scope="col">Check</th><th scope="col">Result</th>` +
      `<th scope="col">Why</th></tr></thead>
<tbody>
${
        notRun.map((c) =>
          `<tr><th scope="row">${e(c.page)}</th><td>${e(c.kind)} ${e(c.variant)}</td>` +
          `<td>${statusText(c.status)}</td><td>${e(c.note ?? "")}</td></tr>`
        ).join("\n")
      }
</tbody>
</table>`
  }
${manualSection(report)}
${pageSection(report)}
</main>
</body>
</html>
`;
}
