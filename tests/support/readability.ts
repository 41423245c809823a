/**
 * Reading-level measures for guide prose: Flesch-Kincaid grade for English, Fernández-Huerta
 * for Spanish.
 *
 * Lives under tests/support/ rather than src/kb/: only the content tests use it, so neither it nor
 * its dependencies can end up in the site's bundles or in `astro check`.
 *
 * English uses wooorm's `syllable` (syllable counts from a word list plus rules, with a list of
 * exceptions) and `flesch-kincaid` (the 1975 grade formula). Both are small, typed, ESM, have no
 * network or native parts, and come from the maintainer of the retext/unified readability tools,
 * so the formula and the syllable rules are the ones many linters use. `text-readability` wraps
 * the same `syllable` package but splits sentences its own way, which we need to control (list
 * items and callouts are sentences even without a full stop).
 */
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import type { ReadingLevel } from "../../src/i18n/languages.ts";
import { withoutCitations } from "./citations.ts";

/** A reading-level formula of the language registry (src/i18n/languages.ts). */
export type Formula = ReadingLevel["formula"];

export interface Measure {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade or Fernández-Huerta ease, by the formula. */
  score: number;
}

/** The bar as the table prints it, e.g. "grade <= 8". */
export function barOf(level: ReadingLevel): string {
  return level.formula === "flesch-kincaid-grade"
    ? `grade <= ${level.atMost}`
    : `ease >= ${level.atLeast}`;
}

/** Whether a score meets a language's bar (DESIGN.md, quality bars). */
export function passes(level: ReadingLevel, score: number): boolean {
  return level.formula === "flesch-kincaid-grade" ? score <= level.atMost : score >= level.atLeast;
}

// ----- Spanish syllables --------------------------------------------------------------------

/** Open vowels, and í/ú, whose written accent breaks a diphthong (hiatus: "día", "baúl"). */
const strongVowels = new Set([..."aeoáéóíú"]);
/** Closed vowels: they join a neighbouring vowel into one syllable ("cuen-ta", "ciu-dad"). */
const weakVowels = new Set([..."iuü"]);

/**
 * Counts the syllables of one Spanish word by counting vowel nuclei:
 * - each open vowel (a, e, o) and each accented í/ú is its own nucleus (hiatus: "po-e-ta");
 * - i, u, ü next to another vowel join it: diphthongs ("cuen-ta") and triphthongs ("buey");
 * - two closed vowels make one nucleus ("ciu-dad") unless they are the same letter ("chi-i-ta");
 * - the u of "qu" and of "gu" before e/i is silent ("que", "guerra"); ü is sounded ("pingüino");
 * - y is a vowel at the end of a word ("hoy", "muy", the word "y"), a consonant elsewhere;
 * - h is silent, so it does not separate vowels ("prohibir", like "proi-bir").
 * A word with letters but no vowel (an acronym such as "CFPB") counts as 1.
 */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().normalize("NFC").replace(/[^a-záéíóúüñ]/g, "");
  if (letters === "") return 0;
  const sounded = letters
    .replace(/h/g, "")
    .replace(/qu/g, "q")
    .replace(/gu(?=[eéií])/g, "g")
    .replace(/y$/, "i");
  let nuclei = 0;
  let run = "";
  const closeRun = () => {
    if (run === "") return;
    const open = [...run].filter((c) => strongVowels.has(c)).length;
    if (open > 0) {
      nuclei += open;
    } else {
      // Only closed vowels: one nucleus, plus one for each repeated letter ("chiita").
      nuclei += 1 + [...run].filter((c, i) => i > 0 && c === run[i - 1]).length;
    }
    run = "";
  };
  for (const c of sounded) {
    if (strongVowels.has(c) || weakVowels.has(c)) run += c;
    else closeRun();
  }
  closeRun();
  return Math.max(nuclei, 1);
}

// ----- Words and sentences ------------------------------------------------------------------

/** Abbreviations whose full stops do not end a sentence. */
const abbreviations =
  /\b(?:e\.g\.|i\.e\.|a\.m\.|p\.m\.|p\. ?ej\.|EE\. ?UU\.|U\.S\.|Mrs?\.|Ms\.|Dr\.|Sra?\.|No\.(?= ?\d))/g;
const urlsAndAddresses =
  /\bhttps?:\/\/[^\s)]*[^\s).,;:!?]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|net|example)\b(?:\/[^\s)]*[^\s).,;:!?])?/gi;
/** A word: letters or a number ("3,600", "1/6", "62.50"), apostrophes and hyphens inside. */
const wordPart = String.raw`(?:\d+(?:[.,/]\d+)*|[\p{L}\p{N}]+(?:['’]\p{L}+)*)`;
const wordPattern = new RegExp(`${wordPart}(?:-${wordPart})*`, "gu");

/** Removes what the measure leaves out of prose: citations, URLs, web and email addresses. */
export function measurableText(text: string): string {
  return withoutCitations(text.replace(urlsAndAddresses, " "))
    .replace(/\(\s*[,;]?\s*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/**
 * Splits one block into sentences at . ! ? … followed by a space. The end of a block (a paragraph,
 * a list item) always ends a sentence, with or without punctuation.
 */
export function sentencesOf(block: string): string[] {
  return block
    .replace(abbreviations, (m) => m.replace(/\./g, ""))
    .split(/(?<=[.!?…])["'”’)\]»]*\s+/)
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/**
 * Syllables of one word. A number ("30", "$5,400", "1098") counts as one syllable: a reader takes
 * digits in at a glance, and the formulas were built for words. Hyphenated words add their parts.
 */
export function syllablesOf(word: string, formula: Formula): number {
  return word.split("-").reduce((sum, part) => {
    if (!/\p{L}/u.test(part)) return sum + 1;
    return sum +
      (formula === "flesch-kincaid-grade" ? Math.max(syllable(part), 1) : spanishSyllables(part));
  }, 0);
}

/** Fernández-Huerta (1959): 206.84 − 0.60·P − 1.02·F, P and F per 100 words. */
export function fernandezHuerta(counts: { word: number; sentence: number; syllable: number }) {
  const syllablesPer100 = (counts.syllable / counts.word) * 100;
  const sentencesPer100 = (counts.sentence / counts.word) * 100;
  return 206.84 - 0.6 * syllablesPer100 - 1.02 * sentencesPer100;
}

/** Counts words, sentences and syllables over prose blocks and scores them with the formula. */
export function measure(blocks: string[], formula: Formula): Measure {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    for (const sentence of sentencesOf(measurableText(block))) {
      sentences += 1;
      for (const word of wordsOf(sentence)) {
        words += 1;
        syllables += syllablesOf(word, formula);
      }
    }
  }
  const counts = { word: words, sentence: sentences, syllable: syllables };
  const score = words === 0
    ? Number.NaN
    : formula === "flesch-kincaid-grade"
    ? fleschKincaid(counts)
    : fernandezHuerta(counts);
  return { words, sentences, syllables, score };
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
