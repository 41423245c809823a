import assert from "node:assert/strict";
import { proseBlocks } from "../../support/content-text.ts";
import {
  fernandezHuerta,
  measurableText,
  measure,
  median,
  passes,
  sentencesOf,
  spanishSyllables,
  syllablesOf,
  wordsOf,
} from "../../support/readability.ts";

const english = { formula: "flesch-kincaid-grade", atMost: 8 } as const;
const spanish = { formula: "fernandez-huerta", atLeast: 65 } as const;

// Syllable counts as a Spanish dictionary divides the word (RAE rules: hiatus with an accented
// closed vowel, diphthongs, triphthongs, silent u in qu/gu, sounded ü, final y as a vowel).
const spanishWords: Array<[string, number, string]> = [
  ["casa", 2, "ca-sa"],
  ["pago", 2, "pa-go"],
  ["préstamo", 3, "prés-ta-mo"],
  ["hipoteca", 4, "hi-po-te-ca"],
  ["administrador", 5, "ad-mi-nis-tra-dor"],
  ["información", 4, "in-for-ma-ción"],
  ["notificación", 5, "no-ti-fi-ca-ción"],
  ["hábiles", 3, "há-bi-les"],
  // diphthongs
  ["cuenta", 2, "cuen-ta"],
  ["impuestos", 3, "im-pues-tos"],
  ["piano", 2, "pia-no"],
  ["huevo", 2, "hue-vo"],
  ["jueves", 2, "jue-ves"],
  ["feriado", 3, "fe-ria-do"],
  ["calendario", 4, "ca-len-da-rio"],
  ["actualización", 5, "ac-tua-li-za-ción"],
  ["fiel", 1, "fiel"],
  ["guion", 1, "guion (monosyllable since the 2010 Ortografía)"],
  // two closed vowels
  ["ciudad", 2, "ciu-dad"],
  ["cuidado", 3, "cui-da-do"],
  ["construir", 2, "cons-truir"],
  ["chiita", 3, "chi-i-ta"],
  // hiatus: two open vowels
  ["poeta", 3, "po-e-ta"],
  ["leer", 2, "le-er"],
  ["caer", 2, "ca-er"],
  ["teatro", 3, "te-a-tro"],
  ["aéreo", 4, "a-é-re-o"],
  ["océano", 4, "o-cé-a-no"],
  ["reembolso", 4, "re-em-bol-so"],
  ["acreedor", 4, "a-cre-e-dor"],
  ["cooperar", 4, "co-o-pe-rar"],
  ["oeste", 3, "o-es-te"],
  // hiatus: accented í or ú
  ["día", 2, "dí-a"],
  ["días", 2, "dí-as"],
  ["país", 2, "pa-ís"],
  ["río", 2, "rí-o"],
  ["baúl", 2, "ba-úl"],
  ["reúne", 3, "re-ú-ne"],
  ["oído", 3, "o-í-do"],
  ["maíz", 2, "ma-íz"],
  ["Raúl", 2, "Ra-úl"],
  ["compañía", 4, "com-pa-ñí-a"],
  ["debería", 4, "de-be-rí-a"],
  // triphthongs
  ["buey", 1, "buey"],
  ["Uruguay", 3, "U-ru-guay"],
  ["Paraguay", 3, "Pa-ra-guay"],
  ["averiguáis", 4, "a-ve-ri-guáis"],
  ["estudiáis", 3, "es-tu-diáis"],
  // silent u in qu and gu + e/i
  ["que", 1, "que"],
  ["quien", 1, "quien"],
  ["queso", 2, "que-so"],
  ["aquí", 2, "a-quí"],
  ["guerra", 2, "gue-rra"],
  ["guerrero", 3, "gue-rre-ro"],
  ["guitarra", 3, "gui-ta-rra"],
  ["agua", 2, "a-gua (u sounded before a)"],
  // ü is sounded
  ["pingüino", 3, "pin-güi-no"],
  ["vergüenza", 3, "ver-güen-za"],
  ["lingüística", 4, "lin-güís-ti-ca"],
  ["averigüéis", 4, "a-ve-ri-güéis"],
  // y: vowel at the end of a word, consonant elsewhere
  ["y", 1, "y"],
  ["hoy", 1, "hoy"],
  ["muy", 1, "muy"],
  ["ley", 1, "ley"],
  ["rey", 1, "rey"],
  ["leyes", 2, "le-yes"],
  ["mayo", 2, "ma-yo"],
  ["ayuda", 3, "a-yu-da"],
  // silent h
  ["ahora", 3, "a-ho-ra"],
  ["ahí", 2, "a-hí"],
  ["búho", 2, "bú-ho"],
  ["alcohol", 3, "al-co-hol"],
  ["zanahoria", 4, "za-na-ho-ria"],
];

Deno.test(`Spanish syllables: ${spanishWords.length} words with known division`, () => {
  assert.ok(spanishWords.length >= 40);
  const wrong = spanishWords
    .filter(([word, count]) => spanishSyllables(word) !== count)
    .map(([word, count, division]) =>
      `${word}: ${spanishSyllables(word)} (expected ${count}, ${division})`
    );
  assert.deepEqual(wrong, []);
});

Deno.test("Spanish syllables ignore case and punctuation, and acronyms count as one", () => {
  assert.equal(spanishSyllables("ADMINISTRADOR"), 5);
  assert.equal(spanishSyllables("¿Qué?"), 1);
  assert.equal(spanishSyllables("CFPB"), 1);
  assert.equal(spanishSyllables("123"), 0);
});

Deno.test("numbers count as one syllable and hyphenated words add their parts", () => {
  assert.equal(syllablesOf("5,400", "flesch-kincaid-grade"), 1);
  assert.equal(syllablesOf("30-day", "flesch-kincaid-grade"), 2);
  assert.equal(syllablesOf("30-día", "fernandez-huerta"), 3);
  assert.equal(syllablesOf("servicer", "flesch-kincaid-grade"), 3);
  assert.equal(syllablesOf("administrador", "fernandez-huerta"), 5);
});

Deno.test("words keep numbers with their separators together", () => {
  assert.deepEqual(wordsOf("Pay $1,234.56 by the 30-day mark, or 1/6 of it."), [
    "Pay",
    "1,234.56",
    "by",
    "the",
    "30-day",
    "mark",
    "or",
    "1/6",
    "of",
    "it",
  ]);
  assert.deepEqual(wordsOf("It's the borrower’s right."), ["It's", "the", "borrower’s", "right"]);
});

Deno.test("sentences end at . ! ? but not at abbreviations or decimals", () => {
  assert.deepEqual(sentencesOf("Pay $62.50 now. Then wait! Is it done? Yes"), [
    "Pay $62.50 now.",
    "Then wait!",
    "Is it done?",
    "Yes",
  ]);
  assert.equal(sentencesOf("Call at 9 a.m. on a weekday, e.g. Monday.").length, 1);
  assert.equal(sentencesOf("Un consejero de vivienda (EE. UU.) puede ayudarle.").length, 1);
  assert.equal(sentencesOf("¿Tiene dudas? ¡Llame hoy!").length, 2);
});

Deno.test("citations, URLs and addresses are left out of the measured text", () => {
  assert.equal(
    measurableText(
      "The servicer must answer (12 CFR 1024.35(e)(3)(i)) at consumerfinance.gov/complaint.",
    ),
    "The servicer must answer at .",
  );
  assert.equal(
    measurableText(
      "See 1024.41(f)(1), paragraph (b)(9), and https://www.ecfr.gov/x or help@servicer.example.",
    ),
    "See , paragraph , and or .",
  );
});

Deno.test("prose blocks leave out front matter, headings, tables, code and component tags", () => {
  const body = [
    "Intro line one",
    "continues here.",
    "",
    "## A heading",
    "",
    "| a | b |",
    "| --- | --- |",
    "| 1 | 2 |",
    "",
    "```text",
    "Sample letter",
    "```",
    "",
    '<Callout type="tip" title="Title text">',
    "  Inside the **callout**.",
    "</Callout>",
    "",
    '<Deadline rule="notice-of-error" />',
    "",
    "<Steps>",
    "",
    "1. First step,",
    "   still first.",
    "2. Second [link text](https://example.com) step.",
    "",
    "</Steps>",
    "",
    "- Item *one*",
    '- Item <ContactLink category="general" topic="x"',
    "  >two</ContactLink>",
  ].join("\n");
  assert.deepEqual(proseBlocks(body), [
    "Intro line one continues here.",
    "Inside the callout.",
    "First step, still first.",
    "Second link text step.",
    "Item one",
    "Item two",
  ]);
});

Deno.test("Flesch-Kincaid grade follows the 1975 formula over words, sentences and syllables", () => {
  // 2 sentences, 10 words, 12 syllables ("today" and "over" have two).
  const m = measure(["The cat sat on the mat.", "It is over today."], "flesch-kincaid-grade");
  assert.deepEqual([m.words, m.sentences, m.syllables], [10, 2, 12]);
  assert.ok(Math.abs(m.score - (0.39 * 5 + 11.8 * 1.2 - 15.59)) < 1e-9);
  assert.ok(passes(english, m.score));
});

Deno.test("Fernández-Huerta is 206.84 − 0.60·P − 1.02·F per 100 words", () => {
  assert.ok(Math.abs(fernandezHuerta({ word: 100, sentence: 5, syllable: 200 }) - 81.74) < 1e-9);
  const m = measure(["Su casa es bonita.", "Hoy paga."], "fernandez-huerta");
  // 6 words, 2 sentences, 1+2+1+3+1+2 = 10 syllables.
  assert.deepEqual([m.words, m.sentences, m.syllables], [6, 2, 10]);
  assert.ok(Math.abs(m.score - (206.84 - 0.6 * (1000 / 6) - 1.02 * (200 / 6))) < 1e-9);
  assert.equal(passes(spanish, 64.9), false);
  assert.equal(passes(spanish, 65), true);
  assert.equal(passes(english, 8.01), false);
});

Deno.test("median of odd and even lists", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});
