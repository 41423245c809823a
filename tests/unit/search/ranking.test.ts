import assert from "node:assert/strict";
import { searchTerms, stopWords } from "../../../src/search/query.ts";

await stopWords.load("en", "es");
const en = stopWords.get("en");
const es = stopWords.get("es");
import { rankByTerms } from "../../../src/search/ranking.ts";

const ids = (results: { id: string }[]) => results.map((r) => r.id);
const hits = (...pairs: [string, number][]) => pairs.map(([id, score]) => ({ id, score }));

Deno.test("searchTerms: drops English stop words, lower-cases and strips punctuation", () => {
  assert.deepEqual(searchTerms("Why did my PAYMENT go up?!", en), ["payment", "go", "up"]);
  assert.deepEqual(searchTerms("when do I get my 1098", en), ["1098"]);
  assert.deepEqual(searchTerms("I'm locked out, can’t log in", en), [
    "locked",
    "out",
    "can’t",
    "log",
  ]);
});

Deno.test("searchTerms: Spanish stop words, accents kept and composed", () => {
  assert.deepEqual(searchTerms("¿Por qué subió mi pago?", es), ["subió", "pago"]);
  // "subio" + combining acute (NFD, as some keyboards send it) becomes the single letter ó.
  assert.deepEqual(searchTerms("subio\u0301", es), ["subió"]);
  // An English stop word is a word in Spanish and the other way round.
  assert.deepEqual(searchTerms("my mi", es), ["my"]);
});

Deno.test("searchTerms: a query of only stop words keeps its words; no words gives none", () => {
  assert.deepEqual(searchTerms("Who are you?", en), ["who", "are", "you"]);
  assert.deepEqual(searchTerms(" ?! … ", en), []);
});

Deno.test("rankByTerms: one term keeps Pagefind's order and scores", () => {
  const results = hits(["b", 2], ["a", 5], ["c", 1]);
  assert.deepEqual(rankByTerms([results]), results);
  assert.deepEqual(rankByTerms([]), []);
});

Deno.test("rankByTerms: pages holding more of the terms come first, whatever their scores", () => {
  const escrow = hits(["weak-both", 1], ["strong-one", 100]);
  const refund = hits(["weak-both", 1], ["other", 3]);
  assert.deepEqual(ids(rankByTerms([escrow, refund])), ["weak-both", "strong-one", "other"]);
});

Deno.test("rankByTerms: equal matches are ordered by scores relative to each term's best", () => {
  // "common" scores in the hundreds, "rare" in single figures: relative scores weigh them alike.
  const common = hits(["a", 300], ["b", 150], ["c", 100]);
  const rare = hits(["c", 6], ["b", 3], ["a", 1]);
  // a: 1 + 1/6, b: 0.5 + 0.5, c: 1/3 + 1 -> c, a, b
  assert.deepEqual(ids(rankByTerms([common, rare])), ["c", "a", "b"]);
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
