// Turns what a borrower types into search terms. Each term is searched on its own (client.ts), so
// a word that carries no meaning ("why did my ...") would otherwise count as a match everywhere.
import { type Language, languages } from "../i18n/languages.ts";

/**
 * Every site language's stop words (languages.ts) in one set: a word of one is rarely a search word
 * in another, and a borrower may type either language on either language's pages.
 */
export const stopWordsOf = (list: readonly Language[]): Set<string> =>
  new Set(list.flatMap((language) => language.stopWords?.split(" ") ?? []));

const siteStopWords = stopWordsOf(languages);

/** A query's words, lower-cased and without accents or punctuation. */
export const queryWords = (query: string): string[] =>
  query.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")
    .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/**
 * A query's words without stop words (all its words if only stop words remain). Pagefind matches
 * a word with or without its accents alike, so "qué" and "que" are one stop word. A stop word
 * with "n't", "'m", "'ve"... is one too ("hasn't", "I'm"), but "can't" is not: "ca" is none.
 */
export function searchTerms(query: string, stopWords = siteStopWords): string[] {
  const words = queryWords(query);
  const meaningful = words.filter((word) => !stopWords.has(word.replace(/n?['’]\p{L}+$/u, "")));
  return meaningful.length ? meaningful : words;
}
