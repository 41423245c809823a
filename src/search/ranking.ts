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
  const rarest = found.reduce((a, b) => (b.length < a.length ? b : a), found[0]);
  const ranked = new Map<string, { result: T; matched: number; score: number }>();
  for (const results of found) {
    for (const result of results) {
      const entry = ranked.get(result.id) ?? { result, matched: 0, score: 0 };
      entry.matched++;
      // A title holding the rarest term lifts its page above every score (rule 2).
      entry.score += result.score +
        (results === rarest && result.matchedMetaFields?.includes("title") ? 1e6 : 0);
      ranked.set(result.id, entry);
    }
  }
  // Rule 1; with one term, every page is in the same tier.
  return [...ranked.values()]
    .sort((a, b) => +(b.matched > 1) - +(a.matched > 1) || b.score - a.score)
    .map((entry) => entry.result);
}
