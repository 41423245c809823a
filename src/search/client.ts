// The one wrapper around Pagefind's browser API, shared by the search page and the contact widget.
// Pagefind is loaded only when a search actually runs, so pages ship no search code until then.

/** A page that matched, with its best-matching sections (headings) as sub-results. */
export interface SearchHit {
  url: string;
  title: string;
  /** HTML: Pagefind escapes the text and wraps matches in <mark>. */
  excerpt: string;
  sections: { url: string; title: string; excerpt: string }[];
}

interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const bundlePath = "/pagefind/pagefind.js";
let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; it picks the index for the page's `lang` by itself. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ bundlePath).then(
    async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 22 });
      return pagefind;
    },
  );
  return loading;
}

/** Searches the guides and FAQ of the current language; returns at most `limit` pages. */
export async function searchHelp(
  query: string,
  limit = 10,
): Promise<SearchHit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(trimmed);
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
