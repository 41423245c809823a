/** What ranking needs from a search result: Pagefind's page id and its score for one term. */
export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * Merges one result list per search term (each best first, as Pagefind returns them) into one
 * ranking: pages holding more of the terms first, then by the sum of their scores, each divided by
 * the best score for that term so no single common word dominates. Ties keep the order in which
 * pages first appeared. A single term keeps Pagefind's own order.
 */
export function rankByTerms<T extends ScoredResult>(perTerm: readonly (readonly T[])[]): T[] {
  if (perTerm.length === 1) return [...perTerm[0]];
  const ranked = new Map<string, { result: T; matched: number; score: number }>();
  for (const results of perTerm) {
    const best = results[0]?.score || 1;
    for (const result of results) {
      const entry = ranked.get(result.id) ?? { result, matched: 0, score: 0 };
      entry.matched++;
      entry.score += result.score / best;
      ranked.set(result.id, entry);
    }
  }
  return [...ranked.values()]
    .sort((a, b) => b.matched - a.matched || b.score - a.score)
    .map((entry) => entry.result);
}
