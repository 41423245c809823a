// The one wrapper around Pagefind's browser API, shared by the search page and the contact widget.
// Pagefind is loaded only when a search actually runs, so pages ship no search code until then.
import { searchTerms } from "./query.ts";
import { rankByTerms, type ScoredResult } from "./ranking.ts";

export { rankByTerms, searchTerms };

/** A page that matched. */
export interface SearchHit {
  url: string;
  title: string;
}

/** An element with an id (a heading, for sections) and the index of its first word. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** What Pagefind returns for a page (the fields this site reads). */
export interface PagefindData {
  url: string;
  /** The indexed text; word locations count its words as split by whitespace. */
  content: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
  /** Where the search's term stands in `content`, and how much each place counts. */
  weighted_locations: { balanced_score: number; location: number }[];
}

export interface PagefindResult extends ScoredResult {
  data(): Promise<PagefindData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const bundlePath = "/pagefind/pagefind.js";
let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once; it picks the index for the page's `lang` by itself. A word in a guide's
 * borrower `keywords` (keywords.ts) counts three times, one in its title five (Pagefind's default).
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ bundlePath).then(async (pagefind: Pagefind) => {
    await pagefind.options({ ranking: { metaWeights: { keywords: 3 } } });
    return pagefind;
  });
  return loading;
}

/** One search per term: Pagefind alone would drop every page missing any one word. */
export async function searchEach(terms: string[]): Promise<PagefindResult[][]> {
  const pagefind = await loadPagefind();
  return Promise.all(terms.map(async (term) => (await pagefind.search(term)).results));
}

/** Searches the guides of the current language; returns at most `limit` pages. */
export async function searchHelp(query: string, limit: number): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  const ranked = rankByTerms(await searchEach(terms)).slice(0, limit);
  const pages = await Promise.all(ranked.map((result) => result.data()));
  // Pagefind takes every guide's title from its h1.
  return pages.map((page) => ({ url: page.url, title: page.meta.title }));
}
