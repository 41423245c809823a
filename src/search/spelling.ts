// "Did you mean": the closest word of the site's own vocabulary (vocabulary.ts writes one list per
// language at build) to a word no page holds, within one edit for short words and two for longer.

import { type Lang, languageOf } from "../i18n/languages.ts";

/** A word without its accents, as a borrower typing without them writes it. */
const withoutAccents = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "");

/**
 * How a word sounds, roughly: doubled letters count once ("leter", "letter"), and the letters the
 * language's registry entry says sound alike are one (Spanish: "avizo", "aviso").
 */
export function soundKey(word: string, lang: Lang): string {
  let key = withoutAccents(word.toLowerCase());
  for (const [pattern, replacement] of languageOf(lang).soundsAlike ?? []) {
    key = key.replace(new RegExp(pattern, "g"), replacement);
  }
  return key.replace(/(.)\1+/g, "$1");
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b, or `max + 1` if more. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j], before[j - 2] + 1);
      }
      least = Math.min(least, row[j]);
    }
    if (least > max) return max + 1;
    [before, previous] = [previous, row];
  }
  return Math.min(previous[b.length], max + 1);
}

/** A language's vocabulary, most frequent word first, with each word's accentless form. */
export interface Vocabulary {
  words: readonly string[];
  plain: readonly string[];
  known: ReadonlySet<string>;
}

export function vocabularyOf(words: readonly string[]): Vocabulary {
  const plain = words.map(withoutAccents);
  return { words, plain, known: new Set(plain) };
}

/**
 * Whether a search would find `word` as typed: it is a word of the vocabulary (accents aside),
 * the start of one (the borrower may still be typing), or one with an ending it lacks (-s, -es,
 * -ed, -ing), which Pagefind's stemming finds.
 */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  const plain = withoutAccents(word.toLowerCase());
  const stem = plain.replace(/(?:es|s|ed|ing)$/, "");
  return vocabulary.known.has(plain) || vocabulary.known.has(stem) ||
    vocabulary.plain.some((other) => other.startsWith(plain));
}

/**
 * The vocabulary word nearest to `word` (one the search would not find): one that sounds the same,
 * else within two edits, or for a word of four or five letters one edit that adds, drops or swaps
 * a letter (changing one is too often another word: "hija", daughter, is not a typo of "fija").
 * Sounding the same wins, then the fewest edits, then the most frequent word.
 */
export function suggest(
  word: string,
  vocabulary: Vocabulary,
  lang: Lang,
): string | undefined {
  const plain = withoutAccents(word.toLowerCase());
  if (plain.length < 4 || /\d/.test(plain)) return undefined;
  const key = soundKey(plain, lang);
  const short = plain.length <= 5;
  const max = short ? 1 : 2;
  const sorted = (text: string) => [...text].sort().join("");
  let best: string | undefined;
  let bestCost = max + 1;
  vocabulary.plain.forEach((other, i) => {
    let cost = soundKey(other, lang) === key ? 0.5 : editDistance(plain, other, max);
    if (cost === 1 && short && other.length === plain.length && sorted(other) !== sorted(plain)) {
      cost = max + 1;
    }
    if (cost < bestCost) [best, bestCost] = [vocabulary.words[i], cost];
  });
  return best;
}

/** How many first letters `a` and `b` share. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/**
 * What to search for one word of a query: the word itself when a search finds it (isKnown) or
 * when the site holds another form of it (a word sharing all but its last two letters, five at
 * least: "cobraron", "cobrar"); else the nearest word (suggest); else, when the site holds no word
 * starting with its first three letters either, nothing, because Pagefind answers such a word
 * with pages holding shorter words ("z" for "zzzz").
 */
export function spellingOf(
  word: string,
  vocabulary: Vocabulary,
  lang: Lang,
): string | undefined {
  if (!vocabulary.words.length || isKnown(word, vocabulary)) return word;
  const plain = withoutAccents(word.toLowerCase());
  const longest = Math.max(...vocabulary.plain.map((other) => sharedStart(plain, other)));
  if (longest >= Math.max(5, plain.length - 2)) return word;
  return suggest(word, vocabulary, lang) ?? (longest >= 3 || /\d/.test(plain) ? word : undefined);
}
