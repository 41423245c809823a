// The words of the search index, per language, for "did you mean" (spelling.ts): read at build
// from the pages Pagefind indexed, the same parts it reads (the data-pagefind-body element without
// its data-pagefind-ignore parts, and the keywords metadata).

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return entities[name.toLowerCase()] ?? whole;
    return String.fromCodePoint(Number(name[1] === "x" ? `0${name.slice(1)}` : name.slice(1)));
  });
}

/** Where the element opened at `start` (its `<`) ends, counting nested elements of its name. */
function elementEnd(html: string, start: number, name: string): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

/** The text Pagefind indexes on a page and the page's language, or undefined if not indexed. */
export function indexedText(html: string): { lang: string; text: string } | undefined {
  const body = /<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!body) return undefined;
  let part = html.slice(body.index, elementEnd(html, body.index, body[1]));
  const keywords = /data-pagefind-meta="keywords:([^"]*)"/.exec(part)?.[1] ?? "";
  for (let ignored = /<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/i.exec(part); ignored;) {
    part = part.slice(0, ignored.index) + part.slice(elementEnd(part, ignored.index, ignored[1]));
    ignored = /<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/i.exec(part);
  }
  const text = part.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ");
  const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? "unknown";
  return { lang, text: decode(`${text} ${keywords}`) };
}

/** The distinct words of `texts` (letters only, three or more), most frequent first. */
export function vocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().normalize("NFC").match(/\p{L}{3,}/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
