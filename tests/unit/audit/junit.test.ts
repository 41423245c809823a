import assert from "node:assert/strict";
import { reportJunit, xmlEscape } from "../../../audit/report-junit.ts";
import { nasty, sampleReport, xmlProblem } from "./fixture.ts";

Deno.test("xmlEscape escapes markup and drops characters XML 1.0 forbids", () => {
  assert.equal(xmlEscape(`<a href="x">&'`), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
  assert.equal(xmlEscape("a\u0000b\u0008c\u000Bd\uFFFEe\uFFFFf"), "abcdef");
  assert.equal(xmlEscape("tab\tline\ncr\r"), "tab\tline\ncr\r");
  assert.equal(xmlEscape("lone \uD800 surrogate"), "lone  surrogate");
  assert.equal(xmlEscape("emoji 😀 kept"), "emoji 😀 kept");
});

Deno.test("junit.xml is well-formed even when snippets and reasons hold markup", () => {
  const xml = reportJunit(sampleReport());
  assert.equal(xmlProblem(xml), "");
  assert.ok(xml.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites `));
  assert.ok(!xml.includes("<script>"));
  assert.ok(xml.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  assert.ok(!xml.includes(nasty));
});

Deno.test("junit.xml counts and marks failures, errors and disabled rules", () => {
  const xml = reportJunit(sampleReport());
  assert.match(xml, /<testsuites [^>]*tests="6" failures="1" errors="2" skipped="2"/);
  assert.match(
    xml,
    /<testsuite name="\/guides\/escrow\/" tests="3" failures="1" errors="1" skipped="1"/,
  );
  // What is left for a person: a skipped case per criterion, with the test and the elements.
  assert.match(
    xml,
    /<testcase classname="a11y.manual.\/guides\/escrow\/" name="manual: 1.1.1 Non-text Content \(A\)" time="0">\n\s*<skipped message="left for a person: Read each image&apos;s alt text">main &gt; img \(alt: /,
  );
  assert.match(
    xml,
    /<failure type="accessibility" message="1 rule\(s\) broken: color-contrast \(1\)">/,
  );
  assert.match(
    xml,
    /<testcase classname="a11y.\/contact\/" name="widget message" time="0.000">\n\s*<error type="audit-error" message="no contact widget: [^"]*"\/>/,
  );
  assert.match(
    xml,
    /<error type="audit-error" message="page.goto: [^"]*&lt;at&gt; &quot;here&quot;"/,
  );
  assert.match(
    xml,
    /<property name="disabled:region" value="landmarks &lt;checked&gt; by hand &amp; &quot;reviewed&quot;"\/>/,
  );
  assert.match(xml, /<testcase classname="a11y.disabled" name="region \(disabled\)"/);
  assert.match(xml, /Element has insufficient color contrast/);
  assert.match(xml, /https:\/\/dequeuniversity.com\/rules\/axe\/4.14\/color-contrast/);
});

Deno.test("line breaks in attribute values survive as character references", () => {
  const report = sampleReport();
  report.checks[2].note = "first line\nsecond line";
  const xml = reportJunit(report);
  assert.ok(xml.includes('message="first line&#10;second line"'));
  assert.equal(xmlProblem(xml), "");
});

Deno.test("a clean run has no failure elements", () => {
  const clean = sampleReport();
  clean.checks = [clean.checks[0]];
  clean.disabledRules = [];
  clean.manual = [];
  clean.totals = { ...clean.totals, checks: 1, failed: 0, errors: 0 };
  const xml = reportJunit(clean);
  assert.equal(xmlProblem(xml), "");
  assert.ok(!/<failure|<error |<skipped/.test(xml));
});
