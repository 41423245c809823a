import assert from "node:assert/strict";
import { searchPhrases } from "../../../src/search/phrases.ts";

Deno.test("searchPhrases: neighbouring search words, with the stop words between them", () => {
  assert.deepEqual(searchPhrases("late fee but I paid on time"), [
    '"late fee"',
    '"fee but i paid"',
    '"paid on time"',
  ]);
  assert.deepEqual(searchPhrases("¿Qué es un aviso de error?"), ['"aviso de error"']);
});

Deno.test("searchPhrases: none across more than two stop words, none for one word", () => {
  assert.deepEqual(searchPhrases("escrow if it is the refund"), []);
  assert.deepEqual(searchPhrases("escrow"), []);
  assert.deepEqual(searchPhrases("the 1098"), []);
});
