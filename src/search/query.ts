// Turns what a borrower types into search terms. Pagefind only returns pages holding every term,
// so words that carry no meaning ("why did my ...") would otherwise empty the results.

const stopWords: Record<"en" | "es", Set<string>> = {
  en: new Set(
    ("a an and are aren't at be been but by can could did didn't do does doesn't don't for from " +
      "get got had has hasn't have haven't how i i'm i've if in into is isn't it its just me my " +
      "of on or our should so still that the their them there they this to was wasn't we were " +
      "what when where which who why will with won't would you your")
      .split(" "),
  ),
  // Without accents: "qué" and "que", "cómo" and "como" are the same stop word.
  es: new Set(
    ("a ahora al aun como con cual cuando cuanto de del donde el en es esta este hago hay la las " +
      "le lo los me mi mis para pero por que se si sin su sus tengo todavia un una uno y ya yo")
      .split(" "),
  ),
};

/** A word without its accents: what a borrower typing without them would write. */
export const withoutAccents = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "");

/** Lower-cased words without punctuation or stop words (all words if only stop words remain). */
export function searchTerms(query: string, lang: "en" | "es"): string[] {
  const words = query.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ??
    [];
  const meaningful = words.filter((word) =>
    !stopWords[lang].has(withoutAccents(word).replace("’", "'"))
  );
  return meaningful.length ? meaningful : words;
}
