import assert from "node:assert/strict";
import { deadlineRuleIds, deadlineRules } from "../../../src/inquiry/deadline-rules.ts";
import { messageWords } from "../../../src/inquiry/i18n/message/index.ts";
import { frontMatter as splitFrontMatter } from "../../../src/kb/front-matter.ts";
import { compileGuide } from "../../../src/kb/guide-mdx.ts";
import { GuideError } from "../../../src/kb/guide-problems.ts";

const frontMatter = "---\ntitle: Example\ntopic: payments\n---\n\n";
/** The body starts on line 6 of the file, after four lines of front matter and a blank line. */
const bodyLine = 6;
const features = { gfm: true, smartPunctuation: true };

function compile(body: string, lang: "en" | "es" = "en") {
  const source = frontMatter + body;
  const { bodyStart } = splitFrontMatter(source, "example.mdx");
  return compileGuide(source, bodyStart, lang, features);
}

/** The HTML, without the newline that ends the document. */
function html(body: string, lang: "en" | "es" = "en"): string {
  const result = compile(body, lang);
  if ("problems" in result) {
    assert.fail(new GuideError("example.mdx", result.problems).message);
  }
  return result.html.replace(/\n$/, "");
}

/** Each problem as `line:column: message`, lines counted in the whole file. */
function problems(body: string, lang: "en" | "es" = "en"): string[] {
  const result = compile(body, lang);
  assert.ok("problems" in result, `expected problems, got ${JSON.stringify(result)}`);
  return result.problems.map(({ at, message }) => `${at?.line}:${at?.column}: ${message}`);
}

Deno.test("Steps wraps its numbered list in the steps box", () => {
  assert.equal(
    html("<Steps>\n\n1. One.\n2. Two.\n\n</Steps>"),
    '<div class="steps">\n<ol>\n<li>One.</li>\n<li>Two.</li>\n</ol>\n</div>',
  );
});

Deno.test("Callout: type, default title in the guide's language, own title escaped", () => {
  assert.equal(
    html('<Callout type="tip">\n  Keep a copy.\n</Callout>'),
    '<div class="callout tip" role="note"><p class="callout-title">Tip</p>\n<p>Keep a copy.</p>\n</div>',
  );
  assert.match(html("<Callout>\nTexto\n</Callout>", "es"), /class="callout note".*>Nota</);
  assert.match(
    html('<Callout type="warning" title="Sale in <30 days & more">\nText\n</Callout>'),
    /<p class="callout-title">Sale in &lt;30 days &amp; more<\/p>/,
  );
});

Deno.test("Deadline states the rule's period, citation and estimate, in the guide's language", () => {
  const rule = deadlineRules["payoff-statement"];
  const en = html('<Deadline rule="payoff-statement" />');
  assert.match(en, /^<div class="deadline" role="note"><p class="deadline-days">Deadline: /);
  assert.ok(en.includes(`${rule.days} business days`), en);
  assert.ok(en.includes(`<cite>${rule.citation}</cite>.`), en);
  assert.ok(en.includes("estimate"), en);
  // Regulation Z's business days, Saturdays and the exceptions are said beside the rule.
  assert.match(en, /can include Saturdays and federal holidays \(12 CFR 1026\.2\(a\)\(6\)\)/);
  // A rule a foreclosure sale can cut short says so in its label too (12 CFR 1024.35(e)(3)(i)(B)).
  assert.match(
    html('<Deadline rule="notice-of-error-foreclosure" />'),
    /<p class="deadline-days">Deadline: before the sale date or 30 business days, whichever is earlier<\/p>/,
  );
  const es = html('<Deadline rule="payoff-statement"/>', "es");
  assert.ok(es.includes(messageWords("es").deadlines.what["payoff-statement"]), es);
  // Every rule renders in both languages.
  for (const id of deadlineRuleIds) {
    for (const lang of ["en", "es"] as const) {
      assert.match(html(`<Deadline rule="${id}" />`, lang), /<cite>/);
    }
  }
});

Deno.test("ContactLink links to the contact page, in a sentence or on its own line", () => {
  assert.equal(
    html('Please <ContactLink category="escalation">write to us</ContactLink>.'),
    '<p>Please <a href="/contact/?category=escalation">write to us</a>.</p>',
  );
  assert.equal(
    html(
      '<ContactLink category="account-inquiry" topic="escrow-account">Ask about *escrow*</ContactLink>',
      "es",
    ),
    '<p><a href="/es/contact/?category=account-inquiry&amp;topic=escrow-account">Ask about <em>escrow</em></a></p>',
  );
});

Deno.test("headings get Astro's ids, duplicates numbered", () => {
  const result = compile("## Fees and costs\n\nText.\n\n## Fees and costs\n");
  assert.ok(!("problems" in result));
  assert.deepEqual(result.headings, [
    { depth: 2, slug: "fees-and-costs", text: "Fees and costs" },
    { depth: 2, slug: "fees-and-costs-1", text: "Fees and costs" },
  ]);
  assert.match(result.html, /<h2 id="fees-and-costs-1">/);
});

// What the regular-expression parser got wrong.

Deno.test("a component in inline code or in a ~~~ or ``` fence stays code", () => {
  assert.equal(
    html("Write `<Deadline />` on its own line."),
    "<p>Write <code>&lt;Deadline /&gt;</code> on its own line.</p>",
  );
  assert.equal(
    html('~~~text\n<Callout type="danger">\n<Video />\n~~~'),
    '<pre><code class="language-text">&lt;Callout type="danger"&gt;\n&lt;Video /&gt;\n</code></pre>',
  );
  assert.match(html("```\n<Steps>\n```"), /<pre><code>&lt;Steps&gt;\n<\/code><\/pre>/);
});

Deno.test("a component in a list item stays in the item", () => {
  assert.equal(
    html('- First.\n\n  <Callout type="tip">\n  Inside.\n  </Callout>\n- Second.'),
    '<ul>\n<li>\n<p>First.</p>\n<div class="callout tip" role="note"><p class="callout-title">Tip</p>\n<p>Inside.</p>\n</div>\n</li>\n<li>\n<p>Second.</p>\n</li>\n</ul>',
  );
});

Deno.test("MDX comments are skipped, components inside them too", () => {
  assert.equal(
    html(
      'Text {/* <Video /> and <Deadline rule="none" /> */} more.\n\n{/* a note\n   for editors */}',
    ),
    "<p>Text  more.</p>",
  );
});

Deno.test("an HTML comment is refused, at its place, with MDX's way to write one", () => {
  assert.deepEqual(problems("Text.\n\n<!-- note -->"), [
    `${bodyLine + 2}:1: Unexpected character \`!\` (U+0021) before name, expected a character ` +
    "that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use " +
    "`{/* text */}`)",
  ]);
});

// Every kind of error, with its position in the file (front matter counted).

Deno.test("unknown components, HTML and fragments are refused, listing the components", () => {
  const known =
    '; guides can use <Steps>, <Callout>, <Deadline>, <ContactLink> (README, "Add a guide")';
  assert.deepEqual(problems('Intro.\n\n<Video src="intro.mp4" />\n\nSee <Chart />.'), [
    `${bodyLine + 2}:1: <Video> is not a guide component${known}`,
    `${bodyLine + 4}:5: <Chart> is not a guide component${known}`,
  ]);
  assert.deepEqual(problems("<div>\nx\n</div>"), [
    `${bodyLine}:1: <div> is HTML, which guides do not take: write Markdown instead${known}`,
  ]);
  assert.deepEqual(problems("<>\nx\n</>"), [
    `${bodyLine}:1: <> (a fragment) is not a guide component${known}`,
  ]);
});

Deno.test("an unknown attribute is named where it is written, with the valid ones", () => {
  assert.deepEqual(problems('<Callout type="tip" colour="red">\nx\n</Callout>'), [
    `${bodyLine}:21: <Callout> has no attribute "colour"; its attributes are type, title ` +
    '(<Callout type="tip" title="…">, the text, </Callout>)',
  ]);
  assert.deepEqual(problems('<Steps start="2">\n\n1. One.\n\n</Steps>'), [
    `${bodyLine}:8: <Steps> has no attribute "start"; it takes no attributes ` +
    "(<Steps>, then a numbered list, then </Steps>)",
  ]);
});

Deno.test("a wrong value names the attribute and lists the valid values", () => {
  assert.deepEqual(problems('<Callout type="danger">\nx\n</Callout>'), [
    `${bodyLine}:10: <Callout type="danger">: type is one of: note, tip, warning`,
  ]);
  assert.deepEqual(problems('Write <ContactLink category="refunds">to us</ContactLink>.'), [
    `${bodyLine}:20: <ContactLink category="refunds">: category is one of: account-inquiry, ` +
    "payment-clarification, document-request, hardship, escalation, notice-of-error, " +
    "request-for-information, security, general",
  ]);
  assert.deepEqual(
    problems('<ContactLink category="escalation" topic="late-fee">Complain</ContactLink>'),
    [
      `${bodyLine}:36: <ContactLink topic="late-fee">: not a topic of the category ` +
      '"escalation", one of: no-response, unresolved-issue, service-complaint',
    ],
  );
  const [rule] = problems('<Deadline rule="next-week" />');
  assert.ok(
    rule.startsWith(`${bodyLine}:11: <Deadline rule="next-week">: rule is one of: `),
    rule,
  );
  assert.ok(rule.endsWith(deadlineRuleIds.join(", ")), rule);
  assert.deepEqual(problems('<Callout title="  ">\nx\n</Callout>'), [
    `${bodyLine}:10: <Callout title="  ">: title is empty`,
  ]);
});

Deno.test("a missing attribute is named with the values it takes", () => {
  const [missing] = problems("Text.\n\n<Deadline />");
  assert.ok(
    missing.startsWith(`${bodyLine + 2}:1: <Deadline> needs a rule="…" attribute, one of: `),
    missing,
  );
  const [category] = problems("<ContactLink>Write</ContactLink>");
  assert.ok(
    category.startsWith(`${bodyLine}:1: <ContactLink> needs a category="…" attribute, one of: `),
    category,
  );
});

Deno.test("attribute values are written in quotes", () => {
  assert.deepEqual(problems("<Callout type={kind} title>\nx\n</Callout>"), [
    `${bodyLine}:10: <Callout>: type is an expression {kind}; write it in quotes, as type="…"`,
    `${bodyLine}:22: <Callout>: title has no value; write it in quotes, as title="…"`,
  ]);
  assert.deepEqual(problems("<Callout {...props}>\nx\n</Callout>"), [
    `${bodyLine}:1: <Callout {...props}>: write each attribute as name="value"`,
  ]);
});

Deno.test("block components stand on lines of their own; content where it belongs", () => {
  assert.deepEqual(problems('See <Deadline rule="loan-owner" /> here.'), [
    `${bodyLine}:5: <Deadline> stands on a line of its own, not inside a sentence: ` +
    '<Deadline rule="…" />',
  ]);
  assert.deepEqual(problems('<Deadline rule="loan-owner">\nText\n</Deadline>'), [
    `${bodyLine}:1: <Deadline> takes no content: <Deadline rule="…" />`,
  ]);
  assert.deepEqual(problems('<Callout type="tip" />'), [
    `${bodyLine}:1: <Callout> needs content: <Callout type="tip" title="…">, the text, </Callout>`,
  ]);
});

Deno.test("expressions other than comments, import and export are refused", () => {
  const expression = "guides take no {…} expressions, only comments written {/* … */}";
  assert.deepEqual(problems("Añadió {1 + 1} pagos.\n\n{total}", "es"), [
    `${bodyLine}:8: ${expression}`,
    `${bodyLine + 2}:1: ${expression}`,
  ]);
  const esm = "guides take no import or export: the components need no import";
  assert.deepEqual(problems('import Chart from "./chart.tsx";\n\nText.\n\nexport const x = 1;'), [
    `${bodyLine}:1: ${esm}`,
    `${bodyLine + 4}:1: ${esm}`,
  ]);
});

Deno.test("an MDX syntax error is positioned in the file", () => {
  assert.deepEqual(problems('Text.\n\n<Callout type="tip">\n\nNever closed.'), [
    `${bodyLine + 2}:1: Expected a closing tag for \`<Callout>\` (${bodyLine + 2}:1)`,
  ]);
  assert.deepEqual(problems("Línea con {una llave sin cerrar", "es"), [
    `${bodyLine}:11: Unexpected end of file in expression, expected a corresponding closing ` +
    "brace for `{`",
  ]);
});

Deno.test("every problem of a file is reported, in the order of the file", () => {
  const found = problems(
    '<Video />\n\n<Callout type="danger">\nx\n</Callout>\n\nText {x}.\n\n<Deadline rule="no" />',
  );
  assert.deepEqual(found.map((p) => p.split(": ")[0]), [
    `${bodyLine}:1`,
    `${bodyLine + 2}:10`,
    `${bodyLine + 6}:6`,
    `${bodyLine + 8}:11`,
  ]);
});

Deno.test("GuideError writes file:line:column: message, one line per problem", () => {
  const error = new GuideError("content/guides/en/x.mdx", [
    { at: { line: 3, column: 1 }, message: "one" },
    { message: "two" },
  ], "front matter: bad");
  assert.equal(
    error.message,
    "content/guides/en/x.mdx: front matter: bad\ncontent/guides/en/x.mdx:3:1: one\n" +
      "content/guides/en/x.mdx: two",
  );
});

Deno.test("Steps holds a numbered list and nothing else; no blank lines needed", () => {
  assert.equal(
    html("<Steps>\n1. One.\n</Steps>"),
    '<div class="steps">\n<ol>\n<li>One.</li>\n</ol>\n</div>',
  );
  const holds = "<Steps> holds a numbered list (1. …) and nothing else: " +
    "<Steps>, then a numbered list, then </Steps>";
  assert.deepEqual(problems("<Steps>\n- a bullet\n</Steps>"), [`${bodyLine}:1: ${holds}`]);
  assert.deepEqual(problems("Text.\n\n<Steps>\nIntro.\n\n1. One.\n</Steps>"), [
    `${bodyLine + 2}:1: ${holds}`,
  ]);
});
