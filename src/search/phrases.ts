// Phrases for the search page: a page holding the borrower's words as written ("late fee", "aviso
// de error") is a likelier answer than one holding them apart.
import { queryWords, searchTerms } from "./query.ts";

/**
 * The query's runs from one search word to the next with at most two stop words between ("late
 * fee", "aviso de error"), quoted for Pagefind's exact-phrase search.
 */
export function searchPhrases(query: string): string[] {
  const words = queryWords(query);
  const terms = new Set(searchTerms(query));
  const at = words.flatMap((word, i) => (terms.has(word) ? [i] : []));
  return at.slice(1).flatMap((end, i) =>
    end - at[i] <= 3 ? [`"${words.slice(at[i], end + 1).join(" ")}"`] : []
  );
}
