import assert from "node:assert/strict";
import { anchor, htmlEscape, reportHtml } from "../../../audit/report-html.ts";
import { nasty, sampleReport } from "./fixture.ts";

Deno.test("htmlEscape escapes the five markup characters", () => {
  assert.equal(
    htmlEscape(`<a href="x" title='y'>&</a>`),
    "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
  );
  assert.equal(htmlEscape("plain"), "plain");
});

Deno.test("the report shows failing HTML as text, never as markup", () => {
  const html = reportHtml(sampleReport());
  assert.ok(!html.includes("<script>"), "no live script from a snippet");
  assert.ok(!html.includes('<p class="note"'), "the snippet's element is not rendered");
  assert.ok(html.includes("&lt;p class=&quot;note&quot; title=&#39;a &quot;b&quot;&#39;&gt;"));
  assert.ok(html.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  assert.ok(!html.includes(nasty));
  assert.ok(html.includes("landmarks &lt;checked&gt; by hand &amp; &quot;reviewed&quot;"));
});

Deno.test("the report is a structured document: lang, title, headings, captioned tables", () => {
  const html = reportHtml(sampleReport());
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
  assert.match(html, /<title>Accessibility audit: failed, 1 violations<\/title>/);
  assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1);
  assert.ok(html.includes('<h2 id="by-rule">') && html.includes('<h2 id="by-page">'));
  const tables = html.match(/<table[ >]/g)?.length ?? 0;
  const captions = html.match(/<caption>/g)?.length ?? 0;
  assert.ok(tables > 3);
  assert.equal(captions, tables, "every table has a caption");
  assert.ok(html.includes('<th scope="col">'));
  assert.ok(html.includes("<main>") && html.includes('<nav aria-label="Contents">'));
});

Deno.test("the report groups by rule with axe's help, link and failure summary", () => {
  const html = reportHtml(sampleReport());
  assert.match(html, /<h3 id="rule-color-contrast">color-contrast: Elements must meet minimum/);
  assert.ok(html.includes('<a href="https://dequeuniversity.com/rules/axe/4.14/color-contrast">'));
  assert.ok(html.includes("Element has insufficient color contrast"));
  assert.match(html, /<h3 id="page-guides-escrow">\/guides\/escrow\/<\/h3>/);
  assert.ok(html.includes("no contact widget: the page has no form with novalidate in main"));
  assert.match(html, /<th scope="row">region<\/th>/);
});

Deno.test("the report groups findings by WCAG success criterion, linking to each rule", () => {
  const html = reportHtml(sampleReport());
  assert.ok(html.includes('<h2 id="by-criterion">Findings by WCAG success criterion</h2>'));
  assert.match(
    html,
    /<th scope="row">1\.4\.3 Contrast \(Minimum\) \(AA\)<\/th><td><a href="#rule-color-contrast">color-contrast<\/a><\/td><td class="n">1<\/td><td class="n">1<\/td>/,
  );
  assert.ok(html.includes("WCAG: 1.4.3 Contrast (Minimum) (AA)."));
});

Deno.test("only http(s) help links become links", () => {
  const report = sampleReport();
  report.checks[1].violations[0].helpUrl = "javascript:alert(1)";
  const html = reportHtml(report);
  assert.ok(!html.includes('href="javascript:'));
});

Deno.test("a clean report says so", () => {
  const report = sampleReport();
  report.checks = [report.checks[0]];
  report.disabledRules = [];
  report.totals = {
    ...report.totals,
    checks: 1,
    passed: 1,
    failed: 0,
    errors: 0,
    violations: 0,
    nodes: 0,
  };
  const html = reportHtml(report);
  assert.match(html, /<title>Accessibility audit: passed, 0 violations<\/title>/);
  assert.ok(html.includes("No violations.") && html.includes("No rules were disabled."));
});

Deno.test("anchors are safe fragment ids", () => {
  assert.equal(anchor("page", "/"), "page-root");
  assert.equal(anchor("page", "/es/guides/form-1098/"), "page-es-guides-form-1098");
  assert.equal(anchor("rule", `a"><b`), "rule-a-b");
});

Deno.test("what is left for a person is grouped by criterion, with the test and each page", () => {
  const report = sampleReport();
  report.manual.push({ page: "/", items: [{ ...report.manual[0].items[0], elements: [] }] });
  const html = reportHtml(report);
  assert.ok(html.includes('<h2 id="manual">Left for a person, by WCAG success criterion</h2>'));
  // One section for 1.1.1, listing both pages, the escrow page with its image.
  assert.equal(
    (html.match(/<h3 id="manual-1-1-1">1\.1\.1 Non-text Content \(A\)<\/h3>/g) ?? []).length,
    1,
  );
  assert.match(
    html,
    /<strong>Test:<\/strong> Read each image&#39;s alt text <span class="muted">\(2 pages\)/,
  );
  assert.match(
    html,
    /<a href="#page-guides-escrow">\/guides\/escrow\/<\/a><\/th><td><ul><li><code>main &gt; img<\/code> alt: &quot;&lt;script&gt;/,
  );
  assert.ok(!html.includes(nasty));
});
