// What the search page shows for one matching page: its title, an excerpt from the section that
// matched best (the most of the query's words, then the most weight), and links to the sections
// (headings) that matched, best first.
import type { PagefindData } from "./client.ts";
import { buildExcerpt, type Excerpt } from "./excerpt.ts";

export interface ResultView {
  url: string;
  title: string;
  excerpt: Excerpt;
  sections: { url: string; title: string }[];
}

const plain = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** How many words from `at` spell `text` (0 if they do not): a heading or title to skip. */
function spelled(words: readonly string[], at: number, text: string): number {
  const wanted = text.split(/\s+/).map(plain).filter(Boolean);
  let i = at;
  while (i < words.length && !plain(words[i])) i++;
  const match = wanted.every((word, n) => plain(words[i + n] ?? "") === word);
  return match ? i - at + wanted.length : 0;
}

/**
 * One page found by one or more terms: `matches` holds Pagefind's data for the page from each
 * term's search (the same page, each with that term's word locations).
 */
export function resultView(matches: readonly PagefindData[], excerptLength = 24): ResultView {
  const page = matches[0];
  const title = page.meta.title ?? page.url;
  // Pagefind counts words as its own excerpts do: the text split on whitespace.
  const words = page.content.split(/[\r\n\s]+/g);
  const located = matches.flatMap((match) => match.weighted_locations);
  const headings = page.anchors
    .filter((a) => /^h\d$/i.test(a.element) && a.id && a.text?.trim())
    .sort((a, b) => a.location - b.location);
  // The text before the first heading, then each heading's section; the page's text starts with
  // its title and a section with its heading, which the result shows already.
  const titled = spelled(words, 0, title);
  // The title's own words do not count for the intro: the title weighs more than any section.
  const parts = [
    { start: titled, from: titled, heading: undefined },
    ...headings.map((heading) => ({
      start: heading.location,
      from: heading.location + spelled(words, heading.location, heading.text!),
      heading,
    })),
  ].map((part, i) => {
    const to = headings[i]?.location ?? words.length;
    const inside = (l: { location: number }) => l.location >= part.start && l.location < to;
    return {
      ...part,
      to,
      // How many of the query's words the section holds, then how well.
      terms: matches.filter((match) => match.weighted_locations.some(inside)).length,
      score: located.filter(inside).reduce((sum, l) => sum + l.balanced_score, 0),
    };
  });
  const ranked = parts.filter((part) => part.score > 0)
    .sort((a, b) => b.terms - a.terms || b.score - a.score);
  const best = ranked[0] ?? parts[0];
  return {
    url: page.url,
    title,
    excerpt: buildExcerpt(
      words,
      new Set(located.map((l) => l.location)),
      best.from,
      best.to,
      excerptLength,
    ),
    sections: ranked.filter((part) => part.heading).slice(0, 3).map(({ heading }) => ({
      url: `${page.url}#${heading!.id}`,
      title: heading!.text!.trim(),
    })),
  };
}
