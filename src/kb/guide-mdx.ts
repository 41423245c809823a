// Compiles a guide with MDX's grammar (Sätteri, the compiler @astrojs/mdx 8 uses) straight to HTML,
// once, when content syncs: the four components are Preact components rendered to HTML in place,
// everything else goes through the same Rust renderer as Astro's Markdown. No JavaScript module
// is generated, so the build does not pay per guide (bench/RESULTS.md).
import { type SatteriAstroData, satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import type { MarkdownHeading } from "astro";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import {
  createMdxHastHandle,
  dropHandle,
  type HastNode,
  type HastVisitorContext,
  type HastVisitorInstance,
  htmlToHast,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
  renderHandle,
  resolveHastSubscriptions,
  visitHastHandle,
} from "satteri";
import type { Lang } from "../inquiry/categories.ts";
import { guideComponentNames, guideComponents } from "./components/index.ts";
import { checkAttributes, positionAt, type Problem } from "./guide-problems.ts";

export interface CompiledGuide {
  html: string;
  headings: MarkdownHeading[];
}

/** Markdown features, as Astro's defaults (`markdown.gfm`, `markdown.smartypants`) set them. */
export interface GuideFeatures {
  gfm: boolean;
  smartPunctuation: boolean;
}

/** Where a component's content goes in its rendered HTML; no component renders this element. */
const slot = "guide-component-content";

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type ElementVisitor = Extract<NonNullable<HastVisitorInstance["element"]>, { filter: string[] }>;

/** Elements Markdown renders as blocks; everything else sits inside a paragraph. */
const blockTags = new Set([
  "p",
  "ul",
  "ol",
  "li",
  "pre",
  "blockquote",
  "table",
  "hr",
  "div",
  "section",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const isPhrasing = (node: HastNode) => node.type !== "element" || !blockTags.has(node.tagName);

/** Rendered components as trees, by their HTML: guides render the same few again and again. */
const trees = new Map<string, HastNode>();
function parsed(html: string): HastNode {
  if (!trees.has(html)) {
    trees.set(html, (htmlToHast(html, { fragment: true }) as { children: HastNode[] }).children[0]);
  }
  return trees.get(html)!;
}

/** A copy of the rendered tree with the element's own content where the slot is (kept trees stay as they are). */
function fill(node: HastNode, content: HastNode[]): HastNode[] {
  if (node.type === "element" && node.tagName === slot) return content;
  if (!("children" in node) || !node.children) return [node];
  const children = node.children.flatMap((child) => fill(child as HastNode, content));
  return [{ ...node, children } as HastNode];
}

/** What the plugin works on: the guide being compiled (one at a time: compiling is synchronous). */
interface Compiling {
  source: string;
  lang: Lang;
  problems: Problem[];
  /** Astro's heading-id visitor, fresh per guide (it numbers repeated headings). */
  headings: ElementVisitor;
}

/**
 * The visitors that check and render the components, and refuse the rest of MDX that guides do
 * not use (import/export, expressions other than comments). Problems are collected, not thrown,
 * so that one compile reports every problem of the file.
 */
function guidePlugin(current: () => Compiling): HastVisitorInstance {
  const at = (node: HastNode) => node.position?.start;
  /** Where an attribute is written in the element's opening tag, else where the element starts. */
  const locator = (node: HastNode) => (attribute?: string) => {
    const start = node.position?.start;
    if (!start) return undefined;
    if (attribute) {
      const escaped = attribute.replace(/[$]/g, "\\$&");
      const written = new RegExp(`\\s${escaped}(?=[\\s=/>])`, "g");
      written.lastIndex = start.offset ?? 0;
      const { source } = current();
      const found = written.exec(source);
      if (found) return positionAt(source, found.index + 1);
    }
    return { line: start.line, column: start.column };
  };
  const element = (node: JsxElement, placement: "block" | "inline") => {
    const { lang, problems } = current();
    const name = node.name;
    const component = name ? guideComponents[name] : undefined;
    if (!name || !component) {
      const known = guideComponentNames.map((known) => `<${known}>`).join(", ");
      const what = !name
        ? "<> (a fragment) is not a guide component"
        : /^[a-z]/.test(name)
        ? `<${name}> is HTML, which guides do not take: write Markdown instead`
        : `<${name}> is not a guide component`;
      problems.push({
        at: at(node),
        message: `${what}; guides can use ${known} (README, "Add a guide")`,
      });
      return;
    }
    const { props, problems: found } = checkAttributes(node, name, component, locator(node));
    if (component.placement === "block" && placement === "inline") {
      found.push({
        at: at(node),
        message: `<${name}> stands on a line of its own, not inside a sentence: ${component.usage}`,
      });
    }
    const content = node.children as HastNode[];
    if (component.content === "none" && content.length > 0) {
      found.push({ at: at(node), message: `<${name}> takes no content: ${component.usage}` });
    } else if (component.content === "required" && content.length === 0) {
      found.push({ at: at(node), message: `<${name}> needs content: ${component.usage}` });
    } else if (
      component.holds &&
      !content.every((child) => child.type === "element" && child.tagName === component.holds!.tag)
    ) {
      found.push({
        at: at(node),
        message: `<${name}> holds ${component.holds.name} and nothing else: ${component.usage}`,
      });
    }
    if (found.length > 0 || !props) {
      problems.push(...found);
      return;
    }
    const html = renderToString(h(component.render, { ...props, lang, children: h(slot, null) }));
    const root = parsed(html);
    if (component.placement === "inline" && content.every(isPhrasing)) {
      const rendered = fill(root, content)[0];
      // An inline component alone on its line is a paragraph, as Markdown makes a line of text.
      return placement === "block"
        ? { type: "element", tagName: "p", properties: {}, children: [rendered] } as HastNode
        : rendered;
    }
    // Blocks inside go on lines of their own, as Markdown writes the blocks around them.
    const newline = { type: "text", value: "\n" } as HastNode;
    return fill(root, [...content.flatMap((child) => [newline, child]), newline])[0];
  };
  const expression = (node: HastNode & { parseExpression(): unknown }, ctx: HastVisitorContext) => {
    // Only a comment, or nothing, parses to no program.
    if (node.parseExpression() === null) return ctx.removeNode(node);
    current().problems.push({
      at: at(node),
      message: "guides take no {…} expressions, only comments written {/* … */}",
    });
  };
  return {
    mdxJsxFlowElement: { filter: [], visit: (node) => element(node, "block") },
    mdxJsxTextElement: { filter: [], visit: (node) => element(node, "inline") },
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
    mdxjsEsm: (node) => {
      current().problems.push({
        at: at(node),
        message: "guides take no import or export: the components need no import",
      });
    },
  };
}

/** Astro's heading-id visitor (github-slugger, as its Markdown and MDX give ids), for one guide. */
function headingIds(): ElementVisitor {
  // A plugin factory (a fresh slugger per document) in the shape Astro's pipeline calls it.
  const factory = satteriHeadingIdsPlugin() as unknown as () => HastVisitorInstance;
  return factory().element as ElementVisitor;
}

let compiling: Compiling;
/** One plugin for every guide (its subscriptions are worked out once): it checks and renders the
 * components, and gives headings their ids, in one pass over the tree. */
const plugin: HastVisitorInstance = {
  ...guidePlugin(() => compiling),
  element: {
    filter: headingIds().filter,
    visit: (node, ctx) => compiling.headings.visit(node, ctx),
  },
};

/** The text Sätteri compiles: the front matter blanked to empty lines, so positions are the file's. */
function bodyInPlace(source: string, bodyStart: number): string {
  return source.slice(0, bodyStart).replace(/[^\n]+/g, "") + source.slice(bodyStart);
}

const byPosition = (a: Problem, b: Problem) =>
  (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.column ?? 0) - (b.at?.column ?? 0);

/**
 * Compiles a guide file's MDX body (from `bodyStart`, after the front matter) to HTML and its
 * headings, with the ids Astro's Markdown gives them. Returns the problems instead when there are
 * any, positioned in the whole file: an MDX syntax error (the first one), unknown components,
 * attributes and values, misplaced components, expressions other than comments, import/export.
 */
export function compileGuide(
  source: string,
  bodyStart: number,
  lang: Lang,
  features: GuideFeatures,
): CompiledGuide | { problems: Problem[] } {
  const text = bodyInPlace(source, bodyStart);
  // Positions cost time on every guide: they are worked out only for a broken one, again.
  const compiled = compileText(text, lang, features, false);
  return "problems" in compiled ? compileText(text, lang, features, true) : compiled;
}

function compileText(
  text: string,
  lang: Lang,
  features: GuideFeatures,
  positions: boolean,
): CompiledGuide | { problems: Problem[] } {
  let handle;
  try {
    handle = createMdxHastHandle(text, { ...features, frontmatter: false }, undefined, positions);
  } catch (error) {
    return { problems: [syntaxProblem(error as Error)] };
  }
  try {
    const problems: Problem[] = [];
    const astro: SatteriAstroData = {
      frontmatter: {},
      headings: [],
      localImagePaths: new Set(),
      remoteImagePaths: new Set(),
    };
    compiling = { source: text, lang, problems, headings: headingIds() };
    const subscriptions = resolveHastSubscriptions(plugin);
    visitHastHandle(handle, plugin, subscriptions, text, undefined, { astro }, "mdx");
    if (problems.length > 0) return { problems: problems.sort(byPosition) };
    return { html: renderHandle(handle), headings: astro.headings };
  } finally {
    dropHandle(handle);
  }
}

/** Sätteri's "12:3: message (rule)" as a positioned problem. */
function syntaxProblem(error: Error): Problem {
  const match = error.message.match(/^(\d+):(\d+): ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/);
  if (!match) return { message: error.message };
  return {
    at: { line: Number(match[1]), column: Number(match[2]) },
    message: match[3],
  };
}
