// Turns what a borrower types into search terms. Pagefind only returns pages holding every term,
// so words that carry no meaning ("why did my ...") would otherwise empty the results.
import { dictionary } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";

type Module = { default: string[] };

// The language files in stop-words/: listed by Vite's glob in the build (a chunk each, no import
// helper), imported by path elsewhere (tests).
// @ts-ignore: import.meta.env and import.meta.glob exist only in Vite builds, where Vite fills them in
const files: Record<string, () => Promise<Module>> | undefined = import.meta.env
  // @ts-ignore: as above
  ? import.meta.glob("./stop-words/*.ts")
  : undefined;
const file = (lang: Lang): Promise<Module> =>
  // @ts-ignore: as above; the build folds this test away, and with it the import by path
  import.meta.env
    ? files![`./stop-words/${lang}.ts`]()
    : import(/* @vite-ignore */ `./stop-words/${lang}.ts`);

/** Each language's stop words (`stop-words/<code>.ts`), loaded with the first search. */
export const stopWords = dictionary<string[]>(file);

/** Lower-cased words without punctuation or stop words (all words if only stop words remain). */
export function searchTerms(query: string, stop: readonly string[]): string[] {
  const words = query.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ??
    [];
  const meaningful = words.filter((word) => !stop.includes(word.replace("’", "'")));
  return meaningful.length ? meaningful : words;
}
