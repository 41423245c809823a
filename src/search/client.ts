// The one wrapper around Pagefind's browser API, shared by the search page and the contact widget.
// Pagefind is loaded only when a search actually runs, so pages ship no search code until then.
import { pageLang } from "../i18n/languages.ts";
import { searchTerms, stopWords } from "./query.ts";
import { rankByTerms } from "./ranking.ts";

/** A page that matched, with its best-matching sections (headings) as sub-results. */
export interface SearchHit {
  url: string;
  title: string;
  /** HTML: Pagefind escapes the text and wraps matches in <mark>. */
  excerpt: string;
  sections: { url: string; title: string; excerpt: string }[];
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { url: string; title: string; excerpt: string }[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const bundlePath = "/pagefind/pagefind.js";
let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; it picks the index for the page's `lang` by itself. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ bundlePath).then(async (pagefind: Pagefind) => {
    await pagefind.options({ excerptLength: 22 });
    return pagefind;
  });
  return loading;
}

/** Searches the guides of the current language; returns at most `limit` pages. */
export async function searchHelp(query: string, limit = 10): Promise<SearchHit[]> {
  const lang = pageLang();
  await stopWords.load(lang);
  const terms = searchTerms(query, stopWords.get(lang));
  if (!terms.length) return [];
  const pagefind = await loadPagefind();
  // One search per term: Pagefind alone would drop every page missing any one word.
  const searches = await Promise.all(terms.map((term) => pagefind.search(term)));
  const results = rankByTerms(searches.map((search) => search.results));
  const pages = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return pages.map((page) => ({
    url: page.url,
    title: page.meta.title ?? page.url,
    excerpt: page.excerpt,
    sections: page.sub_results
      .filter((s) => s.url !== page.url && s.title !== page.meta.title)
      .slice(0, 3),
  }));
}
