/** junit.xml: one test suite per page, one test case per check; CI systems read this. */
import { groupByPage } from "./group.ts";
import type { ManualItem } from "./manual.ts";
import type { AuditReport, Check } from "./types.ts";
import { criterionTitle } from "./wcag.ts";

/** Escapes text for XML content or a quoted attribute, dropping characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    // deno-lint-ignore no-control-regex
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Like xmlEscape, and keeps line breaks and tabs inside an attribute value. */
function attr(text: string | number): string {
  return xmlEscape(String(text)).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(
    /\t/g,
    "&#9;",
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testName(check: Check): string {
  const what: Partial<Record<Check["kind"], string>> = {
    keyboard: "keyboard walk",
    zoom: "text zoom",
    spacing: "text spacing",
    input: "change on input",
    load: "page load",
  };
  return `${what[check.kind] ?? check.kind} ${check.variant}`.trim();
}

/** A criterion left for a person, as a skipped test case that says how to check it. */
function manualCase(page: string, item: ManualItem): string {
  const elements = item.elements.map((el) => `${el.target}${el.note ? ` (${el.note})` : ""}`).join(
    "\n",
  );
  return `    <testcase classname="${attr(`a11y.manual.${page}`)}" name="${
    attr(`manual: ${criterionTitle(item.criterion)}`)
  }" time="0">\n      <skipped message="${attr(`left for a person: ${item.test}`)}">${
    xmlEscape(elements)
  }</skipped>\n    </testcase>`;
}

function failureText(check: Check): string {
  return check.violations.map((v) =>
    [
      `${v.ruleId} (${v.impact}): ${v.help}`,
      `  ${v.helpUrl}`,
      ...v.nodes.flatMap((n) => [
        `  - ${n.target}`,
        `    ${n.html}`,
        ...n.failureSummary.split("\n").map((line) => `    ${line}`),
      ]),
    ].join("\n")
  ).join("\n\n");
}

function testCase(check: Check): string {
  const open = `    <testcase classname="${attr(`a11y.${check.page}`)}" name="${
    attr(testName(check))
  }" time="${seconds(check.durationMs)}"`;
  if (check.status === "passed") return `${open}/>`;
  if (check.status === "skipped") {
    return `${open}>\n      <skipped message="${attr(check.note ?? "not run")}"/>\n    </testcase>`;
  }
  let inner: string;
  if (check.status === "failed") {
    const rules = check.violations.map((v) => `${v.ruleId} (${v.nodes.length})`).join(", ");
    inner = `      <failure type="accessibility" message="${
      attr(`${check.violations.length} rule(s) broken: ${rules}`)
    }">${xmlEscape(failureText(check))}</failure>`;
  } else {
    inner = `      <error type="audit-error" message="${attr(check.note ?? "error")}"/>`;
  }
  return `${open}>\n${inner}\n    </testcase>`;
}

export function reportJunit(report: AuditReport): string {
  const t = report.totals;
  const manual = new Map(report.manual.map((m) => [m.page, m.items]));
  const manualCount = report.manual.reduce((n, m) => n + m.items.length, 0);
  const skipped = report.disabledRules.length + t.skipped + manualCount;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="Accessibility audit" tests="${
      t.checks + report.disabledRules.length + manualCount
    }" ` +
    `failures="${t.failed}" errors="${t.errors}" ` +
    `skipped="${skipped}" time="${seconds(report.durationMs)}" ` +
    `timestamp="${attr(report.startedAt)}">`,
    `  <testsuite name="configuration" tests="${report.disabledRules.length}" failures="0" ` +
    `errors="0" skipped="${report.disabledRules.length}" time="0">`,
    `    <properties>`,
    `      <property name="target" value="${attr(report.target)}"/>`,
    `      <property name="tags" value="${attr(report.tags.join(","))}"/>`,
    ...Object.entries(report.versions).map(([name, version]) =>
      `      <property name="${attr(name)}" value="${attr(version)}"/>`
    ),
    ...report.disabledRules.map((rule) =>
      `      <property name="disabled:${attr(rule.id)}" value="${attr(rule.reason)}"/>`
    ),
    `    </properties>`,
    ...report.disabledRules.map((rule) =>
      `    <testcase classname="a11y.disabled" name="${attr(rule.id)} (disabled)" time="0">\n` +
      `      <skipped message="${attr(`disabled: ${rule.reason}`)}"/>\n    </testcase>`
    ),
    `  </testsuite>`,
  ];
  for (const group of groupByPage(report.pages, report.checks)) {
    const count = (status: Check["status"]) =>
      group.checks.filter((c) => c.status === status).length;
    const time = group.checks.reduce((n, c) => n + c.durationMs, 0);
    const items = manual.get(group.page) ?? [];
    lines.push(
      `  <testsuite name="${attr(group.page)}" tests="${group.checks.length + items.length}" ` +
        `failures="${count("failed")}" errors="${count("error")}" ` +
        `skipped="${count("skipped") + items.length}" time="${seconds(time)}">`,
      ...group.checks.map(testCase),
      ...items.map((item) => manualCase(group.page, item)),
      `  </testsuite>`,
    );
  }
  lines.push(`</testsuites>`);
  return lines.join("\n") + "\n";
}
