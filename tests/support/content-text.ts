/**
 * Reads guide and FAQ source files the way the content checks need them: the front matter as data,
 * and the body either as raw text (for fact parity) or as the prose a borrower reads (for the
 * reading-level measure).
 *
 * Lives under tests/support/ because only tests use it: nothing here ships with the site.
 */
export { frontMatter } from "../../src/kb/front-matter.ts";

/** An opening, closing or self-closing JSX component tag (capitalised name), attributes included. */
const componentTag = /<\/?[A-Z][A-Za-z]*(?:\s[^<>]*?)?\/?>/g;
const fencedCode = /^ *(```|~~~)[^\n]*\n[\s\S]*?^ *\1 *$/gm;
const htmlComment = /<!--[\s\S]*?-->/g;
const listItemStart = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * The body text a borrower reads, one block per paragraph, list item or callout paragraph.
 * Left out: headings, tables, code, component tags and their attributes (a `<Deadline>` prints
 * generated text, not authored prose). Kept: text inside `<Callout>`, `<Steps>` and links.
 * Inline markup (links, emphasis, inline code) is reduced to its text.
 */
export function proseBlocks(body: string): string[] {
  const withoutMarkup = body
    .replace(fencedCode, "\n")
    .replace(htmlComment, "\n")
    // A tag alone on its line becomes a blank line, so it also ends the block before it.
    .replace(componentTag, "");
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = inlineText(current.join(" "));
    if (text) blocks.push(text);
    current = [];
  };
  for (const rawLine of withoutMarkup.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("|")) {
      flush();
      continue;
    }
    if (listItemStart.test(rawLine)) {
      flush();
      current.push(rawLine.replace(listItemStart, ""));
      continue;
    }
    current.push(line.replace(/^>\s?/, ""));
  }
  flush();
  return blocks;
}

/** Reduces inline Markdown to the words shown: link text, emphasis and code without markers. */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<(https?:\/\/[^>]+)>/g, "$1")
    .replace(/`[^`]*`/g, "")
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_]*?\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}
