// Turns what a borrower types into search terms. Pagefind only returns pages holding every term,
// so words that carry no meaning ("why did my ...") would otherwise empty the results.

const stopWords: Record<"en" | "es", Set<string>> = {
  en: new Set(
    ("a an and are at be been but by can could did do does for from get got had has have how i " +
      "i'm i've if in into is it its me my of on or our should so that the their them there " +
      "they this to was we were what when where which who why will with would you your")
      .split(" "),
  ),
  es: new Set(
    ("a al como con cual cuando cuanto de del donde el en es esta este hay la las le lo los me mi " +
      "mis para pero por que qué se si sin su sus tengo un una uno y ya yo").split(" "),
  ),
};

/** Lower-cased words without punctuation or stop words (all words if only stop words remain). */
export function searchTerms(query: string, lang: "en" | "es"): string[] {
  const words = query.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ??
    [];
  const meaningful = words.filter((word) => !stopWords[lang].has(word.replace("’", "'")));
  return meaningful.length ? meaningful : words;
}
