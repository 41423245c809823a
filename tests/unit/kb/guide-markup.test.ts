import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { deadlineRules } from "../../../src/inquiry/deadline-rules.ts";
import { messageWords } from "../../../src/inquiry/i18n/message/index.ts";
import { expandGuideMarkup } from "../../../src/kb/guide-markup.ts";

const expand = (body: string, lang: "en" | "es" = "en") =>
  expandGuideMarkup(body, lang, "content/guides/en/example.mdx");

Deno.test("Steps wraps its list, keeping blank lines so the list stays Markdown", () => {
  assert.equal(
    expand("<Steps>\n\n1. One.\n2. Two.\n\n</Steps>"),
    '<div class="steps">\n\n\n1. One.\n2. Two.\n\n\n</div>',
  );
  assert.match(
    expand("  <Steps>\n1. One.\n  </Steps>"),
    /^<div class="steps">\n\n1\. One\.\n\n<\/div>$/,
  );
});

Deno.test("Callout: type, default title per language, own title escaped", () => {
  assert.equal(
    expand('<Callout type="tip">\n  Keep a copy.\n</Callout>'),
    '<div class="callout tip" role="note"><p class="callout-title">Tip</p>\n\n  Keep a copy.\n\n</div>',
  );
  assert.match(expand("<Callout>\nText\n</Callout>", "es"), /class="callout note".*>Nota</);
  assert.match(
    expand('<Callout type="warning" title="Sale in <30 days & more">\nText\n</Callout>'),
    /<p class="callout-title">Sale in &lt;30 days &amp; more<\/p>/,
  );
  assert.throws(() => expand('<Callout type="danger">\nText\n</Callout>'), /example\.mdx.*type/);
});

Deno.test("Deadline states the rule's period, citation and estimate, in the guide's language", () => {
  const rule = deadlineRules["payoff-statement"];
  const html = expand('<Deadline rule="payoff-statement" />');
  assert.match(html, /^<div class="deadline" role="note"><p class="deadline-days">Deadline: /);
  assert.ok(html.includes(`${rule.days} business days`), html);
  assert.ok(html.includes(`<cite>${rule.citation}</cite>.`), html);
  assert.ok(html.includes("estimate"), html);
  const es = expand('<Deadline rule="payoff-statement"/>', "es");
  assert.ok(es.includes(messageWords("es").deadlines.what["payoff-statement"]), es);
  // Regulation Z's business days, Saturdays and the exceptions are said beside the rule.
  assert.match(html, /can include Saturdays and federal holidays \(12 CFR 1026\.2\(a\)\(6\)\)/);
  assert.match(html, /reasonable time/);
  // A rule a foreclosure sale can cut short says so in its label too (12 CFR 1024.35(e)(3)(i)(B)).
  assert.match(
    expand('<Deadline rule="notice-of-error-foreclosure" />'),
    /<p class="deadline-days">Deadline: before the sale date or 30 business days, whichever is earlier<\/p>/,
  );
  assert.throws(() => expand('<Deadline rule="no-such-rule" />'), /example\.mdx.*no-such-rule/);
  assert.throws(() => expand("<Deadline />"), /rule=/);
  // Inside a paragraph it would put a block inside <p>: refused.
  assert.throws(() => expand('See <Deadline rule="payoff-statement" /> here.'), /misplaced/);
});

Deno.test("ContactLink becomes a link to the contact page, in a paragraph or across lines", () => {
  assert.equal(
    expand('Please <ContactLink category="escalation">write to us</ContactLink>.'),
    'Please <a href="/contact/?category=escalation">write to us</a>.',
  );
  assert.equal(
    expand(
      '<ContactLink category="account-inquiry" topic="escrow-account"\n  >Ask about *escrow*</ContactLink>',
      "es",
    ),
    '<a href="/es/contact/?category=account-inquiry&amp;topic=escrow-account">Ask about *escrow*</a>',
  );
  assert.throws(() => expand('<ContactLink category="refunds">x</ContactLink>'), /refunds/);
  assert.throws(() => expand("<ContactLink>x</ContactLink>"), /category=/);
});

Deno.test("unknown components and attribute expressions fail, naming the file", () => {
  assert.throws(() => expand('<Video src="x" />'), /example\.mdx: .*<Video/);
  assert.throws(() => expand("<Callout type={kind}>\nx\n</Callout>"), /example\.mdx/);
});

Deno.test("fenced code blocks and plain Markdown are left as written", () => {
  const code = "```text\n<Steps> is how a guide numbers steps\n<Video />\n```";
  assert.equal(expand(`Intro.\n\n${code}\n\nAfter.`), `Intro.\n\n${code}\n\nAfter.`);
  const plain = "## Heading\n\nA [link](/faq/) and a list:\n\n- one\n- two";
  assert.equal(expand(plain), plain);
});
