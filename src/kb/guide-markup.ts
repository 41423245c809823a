// The four components a guide may use (README, "Add a guide"), turned into the HTML they stand
// for, so that a guide is rendered as Markdown once, when content syncs, instead of becoming a
// module of the build (bench/RESULTS.md: per-module build cost grows faster than the guide count).
// The grammar is small on purpose: string attributes only; <Steps>, <Callout> and <Deadline> on
// lines of their own; <ContactLink> anywhere in a paragraph. Anything else that looks like a
// component fails the build, naming the file, as MDX would.
import { strings } from "../i18n/index.ts";
import { isCategoryId, type Lang } from "../inquiry/categories.ts";
import { type DeadlineRuleId, deadlineRules } from "../inquiry/deadline-rules.ts";
import { describeRule } from "../inquiry/rule-text.ts";
import "../inquiry/i18n/all.ts";
import { contactPath } from "./paths.ts";

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => entities[c]);

/** `name="value"` pairs, on one line or several; anything else inside the tag is an error. */
function attributes(source: string, tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  const rest = source.replace(/([A-Za-z]+)="([^"]*)"/g, (_, name: string, value: string) => {
    found[name] = value;
    return "";
  });
  if (rest.trim()) {
    throw new Error(`<${tag}>: only name="value" attributes are supported, not "${rest.trim()}"`);
  }
  return found;
}

function needed(attrs: Record<string, string>, name: string, tag: string): string {
  if (!attrs[name]) throw new Error(`<${tag}> needs a ${name}="…" attribute`);
  return attrs[name];
}

const calloutTypes = ["note", "tip", "warning"] as const;

/** <Callout type="tip" title="…">: a note with a title, its body Markdown. */
function calloutOpening(attrs: Record<string, string>, lang: Lang): string {
  const type = (attrs.type ?? "note") as typeof calloutTypes[number];
  if (!calloutTypes.includes(type)) {
    throw new Error(
      `<Callout type="${attrs.type}">: the type is one of ${calloutTypes.join(", ")}`,
    );
  }
  const title = attrs.title ?? strings(lang).callout[type];
  return `<div class="callout ${type}" role="note"><p class="callout-title">${
    escapeHtml(title)
  }</p>`;
}

/** <Deadline rule="…" />: the legal deadline of a rule, with its citation, labelled an estimate. */
function deadline(attrs: Record<string, string>, lang: Lang): string {
  const id = needed(attrs, "rule", "Deadline");
  if (!(id in deadlineRules)) {
    throw new Error(`<Deadline rule="${id}"> is not a known deadline rule`);
  }
  const rule = describeRule(id as DeadlineRuleId, lang);
  return `<div class="deadline" role="note">` +
    `<p class="deadline-days">${
      escapeHtml(`${strings(lang).deadline.label}: ${rule.period}`)
    }</p>` +
    `<p>${escapeHtml(rule.sentence)}</p>` +
    (rule.scope ? `<p>${escapeHtml(rule.scope)}</p>` : "") +
    `<p class="deadline-note"><cite>${escapeHtml(rule.citation)}</cite>. ${
      escapeHtml(rule.note)
    }</p></div>`;
}

/** <ContactLink category="…" topic="…">: a link to the contact page with the form preselected. */
function contactLink(attrs: Record<string, string>, lang: Lang): string {
  const category = needed(attrs, "category", "ContactLink");
  if (!isCategoryId(category)) {
    throw new Error(`<ContactLink category="${category}"> is not an inquiry category`);
  }
  return `<a href="${escapeHtml(contactPath(lang, category, attrs.topic))}">`;
}

const attrs = String.raw`((?:\s+[A-Za-z]+="[^"]*")*)\s*`;
const patterns: [RegExp, (match: string[], lang: Lang) => string][] = [
  // A blank line after an opening tag and before a closing one keeps the body Markdown.
  [/^[ \t]*<Steps>[ \t]*$/gm, () => `<div class="steps">\n`],
  [/^[ \t]*<\/Steps>[ \t]*$/gm, () => `\n</div>`],
  [
    new RegExp(String.raw`^[ \t]*<Callout${attrs}>[ \t]*$`, "gm"),
    ([, a], lang) => `${calloutOpening(attributes(a, "Callout"), lang)}\n`,
  ],
  [/^[ \t]*<\/Callout>[ \t]*$/gm, () => `\n</div>`],
  [
    new RegExp(String.raw`^[ \t]*<Deadline${attrs}/>[ \t]*$`, "gm"),
    ([, a], lang) => deadline(attributes(a, "Deadline"), lang),
  ],
  [
    new RegExp(String.raw`<ContactLink${attrs}>`, "g"),
    ([, a], lang) => contactLink(attributes(a, "ContactLink"), lang),
  ],
  [/<\/ContactLink>/g, () => "</a>"],
];

/** Expands the components in Markdown outside fenced code blocks (those stay as written). */
function expand(markdown: string, lang: Lang): string {
  let out = markdown;
  for (const [pattern, replace] of patterns) {
    out = out.replace(pattern, (...match) => replace(match.slice(0, -2) as string[], lang));
  }
  const left = out.match(/<\/?[A-Z][A-Za-z]*[^>]*>?/);
  if (left) {
    throw new Error(
      `unsupported component or misplaced tag: ${left[0]} (see README, "Add a guide")`,
    );
  }
  return out;
}

/**
 * A guide's body with its components replaced by their HTML, in the guide's own language.
 * Throws, naming `file`, on an unknown component, attribute or rule.
 */
export function expandGuideMarkup(body: string, lang: Lang, file: string): string {
  try {
    // Odd parts are fenced code blocks, kept as they are.
    return body.split(/(^```[^\n]*\n[\s\S]*?^```[ \t]*$)/m)
      .map((part, i) => (i % 2 ? part : expand(part, lang)))
      .join("");
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}
