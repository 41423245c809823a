import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { type Language, languages } from "../../../src/i18n/languages.ts";
import { queryWords, searchTerms, stopWordsOf } from "../../../src/search/query.ts";
import { rankByTerms, type ScoredResult } from "../../../src/search/ranking.ts";

const ids = (results: { id: string }[]) => results.map((r) => r.id);
const hits = (...pairs: [string, number, string[]?][]): ScoredResult[] =>
  pairs.map(([id, score, matchedMetaFields]) => ({ id, score, matchedMetaFields }));

Deno.test("searchTerms: drops English stop words, lower-cases and strips punctuation", () => {
  assert.deepEqual(searchTerms("Why did my PAYMENT go up?!"), ["payment", "go", "up"]);
  assert.deepEqual(searchTerms("when do I get my 1098"), ["1098"]);
  assert.deepEqual(searchTerms("I'm locked out, can’t log in"), [
    "locked",
    "out",
    "can’t",
    "log",
  ]);
  assert.deepEqual(searchTerms("Why hasn’t my payment shown up?"), [
    "payment",
    "shown",
    "up",
  ]);
});

Deno.test("searchTerms: Spanish stop words too; accents dropped, as Pagefind matches either way", () => {
  assert.deepEqual(searchTerms("¿Por qué subió mi pago?"), ["subio", "pago"]);
  // "subio" + combining acute (NFD, as some keyboards send it) is the same word.
  assert.deepEqual(searchTerms("subio\u0301"), ["subio"]);
  // One list for both languages.
  assert.deepEqual(searchTerms("my mi pago"), ["pago"]);
});

Deno.test("searchTerms: a Spanish stop word is one with or without its accent", () => {
  assert.deepEqual(searchTerms("¿Cómo quito el PMI?"), ["quito", "pmi"]);
  assert.deepEqual(searchTerms("como quito el PMI"), ["quito", "pmi"]);
  assert.deepEqual(searchTerms("¿Cuánto debo todavía?"), ["cuanto", "debo"]);
});

/** The French fixture's registry entry (tests/fixtures/french/): a language another site adds. */
const french: Language = JSON.parse(
  readFileSync(new URL("../../fixtures/french/language.json", import.meta.url), "utf8"),
);

Deno.test("stop words come from the registry: a language added with its list gets it searched without them", () => {
  const withFrench = stopWordsOf([...languages, french]);
  assert.deepEqual(searchTerms("Pourquoi le montant de mon prêt a changé ?", withFrench), [
    "montant",
    "pret",
    "change",
  ]);
  // Without French in the registry, its words are search words.
  assert.ok(searchTerms("pourquoi le montant").includes("pourquoi"));
});

Deno.test("each language's stop words are single words as queryWords writes them, each listed once", () => {
  for (const language of [...languages, french]) {
    const words = language.stopWords?.split(" ") ?? [];
    for (const word of words) {
      assert.deepEqual(queryWords(word), [word], `${language.code}: "${word}"`);
    }
    assert.equal(new Set(words).size, words.length, `${language.code}: a word twice`);
  }
});

Deno.test("searchTerms: a query of only stop words keeps its words; no words gives none", () => {
  assert.deepEqual(searchTerms("Who are you?"), ["who", "are", "you"]);
  assert.deepEqual(searchTerms(" ?! … "), []);
});

Deno.test("rankByTerms: one term orders by Pagefind's score", () => {
  assert.deepEqual(ids(rankByTerms([hits(["b", 2], ["a", 5], ["c", 1])])), ["a", "b", "c"]);
  assert.deepEqual(rankByTerms([]), []);
  assert.deepEqual(rankByTerms([[], []]), []);
});

Deno.test("rankByTerms: pages matching every word come before pages matching one", () => {
  const escrow = hits(["weak-both", 1], ["strong-one", 100]);
  const refund = hits(["weak-both", 1], ["other", 3]);
  assert.deepEqual(ids(rankByTerms([escrow, refund])), ["weak-both", "strong-one", "other"]);
  // Three words: a page holding all three, and one holding two, both come before a one-word page.
  const a = hits(["all", 1], ["two", 1], ["one", 50]);
  const b = hits(["all", 1], ["two", 1]);
  const c = hits(["all", 1]);
  const ranked = ids(rankByTerms([a, b, c]));
  assert.equal(ranked.at(-1), "one");
  assert.ok(ranked.indexOf("all") < ranked.indexOf("one"));
});

Deno.test("rankByTerms: a word no page holds counts against no page", () => {
  const found = hits(["a", 2], ["b", 1]);
  assert.deepEqual(ids(rankByTerms([found, []])), ["a", "b"]);
});

Deno.test("rankByTerms: a page whose title holds the rarest word outranks pages that mention it once", () => {
  // "1098" is on two pages, one with it in its title; "form" is on many, scoring high elsewhere.
  const form = hits(["letters", 9], ["records", 8], ["taxes", 6, ["title"]], ["passing", 5]);
  const rare = hits(["passing", 2.5], ["taxes", 2, ["title"]]);
  const ranked = ids(rankByTerms([form, rare]));
  assert.equal(ranked[0], "taxes");
  assert.ok(ranked.indexOf("taxes") < ranked.indexOf("passing"));
});

Deno.test("rankByTerms: a rare word outweighs a common one: scores are summed, not rescaled", () => {
  // Pagefind's scores already weigh rarity: "common" scores low everywhere, "rare" high. Rescaled
  // to each term's best, a's lead in the common word would outweigh b's lead in the rare one.
  const common = hits(["a", 1], ["b", 0.1]);
  const rare = hits(["b", 5], ["a", 4]);
  assert.deepEqual(ids(rankByTerms([common, rare])), ["b", "a"]);
});

Deno.test("rankByTerms: ties keep the order pages first appeared in", () => {
  const first = hits(["x", 4], ["y", 4]);
  const second = hits(["z", 2], ["y", 2], ["x", 2]);
  assert.deepEqual(ids(rankByTerms([first, second])), ["x", "y", "z"]);
  const zeros = hits(["p", 0], ["q", 0]);
  assert.deepEqual(ids(rankByTerms([zeros, hits(["q", 0], ["p", 0])])), ["p", "q"]);
});

Deno.test("rankByTerms: returns the results themselves, once each", () => {
  const page = { id: "a", score: 2, data: () => "page a" };
  const ranked = rankByTerms([[page], [{ ...page, score: 1 }], []]);
  assert.equal(ranked.length, 1);
  assert.equal(ranked[0], page);
});
