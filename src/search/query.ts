// Turns what a borrower types into search terms. Each term is searched on its own (client.ts), so
// a word that carries no meaning ("why did my ...") would otherwise count as a match everywhere.

/**
 * English and Spanish stop words in one list: a word of one is rarely a search word in the other,
 * and one list needs no language (a language added later gets these two).
 */
const stopWords = new Set(
  ("a an and are at be been but by can could did do does for from get got had has have how i if " +
    "in into is it its me my of on or our should so that the their them there they this to was " +
    "we were what when where which who why will with would you your " +
    "al como con cual cuando de del donde el en es esta este hago hay la las le lo los mi " +
    "mis para pero por que se si sin su sus tengo todavia un una uno y ya yo").split(" "),
);

/** A query's words, lower-cased and without accents or punctuation. */
export const queryWords = (query: string): string[] =>
  query.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")
    .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/**
 * A query's words without stop words (all its words if only stop words remain). Pagefind matches
 * a word with or without its accents alike, so "qué" and "que" are one stop word. A stop word
 * with "n't", "'m", "'ve"... is one too ("hasn't", "I'm"), but "can't" is not: "ca" is none.
 */
export function searchTerms(query: string): string[] {
  const words = queryWords(query);
  const meaningful = words.filter((word) => !stopWords.has(word.replace(/n?['’]\p{L}+$/u, "")));
  return meaningful.length ? meaningful : words;
}
