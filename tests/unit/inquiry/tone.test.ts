import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { messageWords } from "../../../src/inquiry/i18n/message/index.ts";
import { toneHints } from "../../../src/inquiry/tone.ts";

const kinds = (text: string) => toneHints(text).map((h) => h.kind);

Deno.test("toneHints: calm text and acronyms get no hints", () => {
  assert.deepEqual(kinds("My SSN is not needed. The CFPB says the PMI should end. Thank you!"), []);
  assert.deepEqual(kinds("Gracias por su ayuda. ¡Saludos!"), []);
});

Deno.test("toneHints: shouting, exclamation marks and insults in English and Spanish", () => {
  assert.deepEqual(kinds("WHY HAVE YOU NOT FIXED THIS"), ["capitals"]);
  assert.deepEqual(kinds("Fix this now!!"), ["exclamations"]);
  assert.deepEqual(kinds("Is this right???"), ["exclamations"]);
  const insult = toneHints("You are incompetent idiots. Son unos ladrones y estúpidos.");
  assert.deepEqual(insult.map((h) => h.kind), ["insult"]);
  assert.deepEqual(insult[0].words, ["incompetent", "idiots", "ladrones", "estúpidos"]);
  assert.match(messageWords("en").tone[insult[0].kind], /Describe what happened/);
  assert.match(messageWords("es").tone[insult[0].kind], /Describa qué pasó/);
});

Deno.test("toneHints: whole words only", () => {
  assert.deepEqual(kinds("Please reassess the escrow analysis; the class action was settled."), []);
});
