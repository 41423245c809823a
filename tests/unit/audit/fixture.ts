import type { AuditReport, Check } from "../../../audit/types.ts";
import { totalsOf } from "../../../audit/types.ts";

/** Text that breaks naive HTML and XML writers. */
export const nasty = `<script>alert("x")</script> & ' ]]> \u0001\u0008\uFFFF \uD800 end`;

/** A small report: one clean page, one page with a violation, and two checks that could not run. */
export function sampleReport(overrides: Partial<AuditReport> = {}): AuditReport {
  const checks: Check[] = [
    {
      kind: "axe",
      page: "/",
      variant: "375px light",
      status: "passed",
      violations: [],
      durationMs: 900,
    },
    {
      kind: "axe",
      page: "/guides/escrow/",
      variant: "1280px dark",
      status: "failed",
      durationMs: 1200,
      violations: [{
        ruleId: "color-contrast",
        impact: "serious",
        description: "Ensure the contrast between foreground and background colors meets WCAG 2 AA",
        help: "Elements must meet minimum color contrast ratio thresholds",
        helpUrl: "https://dequeuniversity.com/rules/axe/4.14/color-contrast",
        tags: ["wcag2aa", "wcag143"],
        nodes: [{
          target: "main > p.note",
          html: `<p class="note" title='a "b"'>${nasty}</p>`,
          failureSummary: "Fix any of the following:\n  Element has insufficient color contrast",
        }],
      }],
    },
    {
      kind: "widget",
      page: "/contact/",
      variant: "message",
      status: "error",
      violations: [],
      note: "no contact widget: the page has no form with novalidate in main",
      durationMs: 0,
    },
    {
      kind: "reflow",
      page: "/guides/escrow/",
      variant: "320px light",
      status: "error",
      violations: [],
      note: `page.goto: net::ERR_CONNECTION_REFUSED <at> "here"`,
      durationMs: 10,
    },
  ];
  const pages = ["/", "/guides/escrow/", "/contact/"];
  return {
    tool: "test",
    versions: {
      axeCore: "4.14.1",
      axeCorePlaywright: "4.14.0",
      playwright: "1.65.1",
      vnu: "26.9.27",
      chromium: "156",
      deno: "2.9.6",
    },
    target: "https://help.example.com/",
    startedAt: "2025-11-27T23:00:00.000Z",
    durationMs: 125_000,
    tags: ["wcag2a", "wcag2aa"],
    disabledRules: [{ id: "region", reason: `landmarks <checked> by hand & "reviewed"` }],
    checksRun: ["axe", "reflow"],
    include: [],
    exclude: [],
    pages,
    checks,
    manual: [{
      page: "/guides/escrow/",
      items: [{
        criterion: { id: "1.1.1", name: "Non-text Content", level: "A" },
        test: "Read each image's alt text",
        elements: [{ target: "main > img", html: `<img alt="${nasty}">`, note: `alt: "${nasty}"` }],
      }],
    }],
    totals: totalsOf(pages, checks),
    ...overrides,
  };
}

/**
 * A small XML well-formedness check (no XML parser is installed): balanced tags, quoted
 * attributes, and no raw `<` or `&` outside markup and entities. Returns the problem or "".
 */
export function xmlProblem(xml: string): string {
  // deno-lint-ignore no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) {
    return "forbidden character";
  }
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)) {
    return "lone surrogate";
  }
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  let roots = 0;
  while ((match = token.exec(body))) {
    const [, close, name, , selfClose, text, stray] = match;
    if (stray) return `stray < at ${match.index}`;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) return "raw &";
      if (stack.length === 0 && text.trim()) return "text outside the root";
      continue;
    }
    if (match[3] && /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(match[3])) {
      return "raw & in an attribute";
    }
    if (close) {
      if (stack.pop() !== name) return `</${name}> does not match`;
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? "" : `${roots} root elements`;
}
