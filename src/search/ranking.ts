/** What ranking needs from Pagefind's result for one term. */
export interface ScoredResult {
  id: string;
  /**
   * Pagefind's score: the term's rarity times its weighted count on the page (title and headings
   * count more than body text), plus the boost of the metadata fields it matched (client.ts).
   */
  score: number;
  /** The metadata fields the term matched in, such as "title" or "keywords". */
  matchedMetaFields?: string[];
}

/**
 * Merges one result list per search term into one ranking, best first:
 * 1. pages holding two or more of the terms before pages holding only one (so a page holding every
 *    word comes before one holding a single word, yet a long question is not lost to one filler
 *    word its best page lacks);
 * 2. then pages whose title holds the rarest term (the one the fewest pages hold);
 * 3. then by the sum of Pagefind's scores. They are not rescaled per term: a rare word's score
 *    carries its rarity, so it outweighs a word most pages share.
 * A term found nowhere counts against no page. Ties keep the order pages first appeared in.
 */
export function rankByTerms<T extends ScoredResult>(perTerm: readonly (readonly T[])[]): T[] {
  const found = perTerm.filter((results) => results.length);
  const rarest = found.reduce((a, b) => (b.length < a.length ? b : a), found[0] ?? []);
  const titled = new Set(
    rarest.filter((r) => r.matchedMetaFields?.includes("title")).map((r) => r.id),
  );
  const ranked = new Map<string, { result: T; matched: number; score: number }>();
  for (const results of found) {
    for (const result of results) {
      const entry = ranked.get(result.id) ?? { result, matched: 0, score: 0 };
      entry.matched++;
      entry.score += result.score;
      ranked.set(result.id, entry);
    }
  }
  const tier = ({ result, matched }: { result: T; matched: number }) =>
    (matched > 1 || found.length < 2 ? 2 : 0) + (titled.has(result.id) ? 1 : 0);
  return [...ranked.values()]
    .sort((a, b) => tier(b) - tier(a) || b.score - a.score)
    .map((entry) => entry.result);
}
