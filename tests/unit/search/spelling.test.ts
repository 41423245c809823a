import assert from "node:assert/strict";
import {
  editDistance,
  isKnown,
  soundKey,
  spellingOf,
  suggest,
  vocabularyOf,
} from "../../../src/search/spelling.ts";

// Most frequent first, as vocabulary.ts writes them.
const english = vocabularyOf(
  ("the payment days later pay escrow letter payoff foreclosure force lien line mortgage " +
    "forbearance suspense insurance history cfpb home").split(" "),
);
const spanish = vocabularyOf(
  ("de pago préstamo hipoteca aviso historial indulgencia cheque huracán liquidación atrasado " +
    "fija hijo cobrar cobro debe").split(" "),
);

Deno.test("editDistance: counts inserts, deletes, replacements and swaps, capped at max + 1", () => {
  assert.equal(editDistance("lein", "lien", 2), 1);
  assert.equal(editDistance("paoff", "payoff", 2), 1);
  assert.equal(editDistance("morgage", "mortgage", 2), 1);
  assert.equal(editDistance("insurence", "insurance", 2), 1);
  assert.equal(editDistance("escrow", "escrow", 2), 0);
  assert.equal(editDistance("escrow", "payoff", 2), 3);
  assert.equal(editDistance("a", "abcdef", 2), 3);
});

Deno.test("soundKey: doubled letters once; Spanish letters that sound alike are one", () => {
  assert.equal(soundKey("leter", "en"), soundKey("letter", "en"));
  assert.equal(soundKey("ipoteca", "es"), soundKey("hipoteca", "es"));
  assert.equal(soundKey("avizo", "es"), soundKey("aviso", "es"));
  assert.equal(soundKey("cheke", "es"), soundKey("cheque", "es"));
  assert.equal(soundKey("indulgensia", "es"), soundKey("indulgencia", "es"));
  assert.equal(soundKey("uracan", "es"), soundKey("huracán", "es"));
  assert.notEqual(soundKey("cheke", "en"), soundKey("cheque", "en"));
});

Deno.test("isKnown: a word of the site, the start of one, or one with an ending it lacks", () => {
  assert.ok(isKnown("escrow", english));
  assert.ok(isKnown("escr", english)); // still typing
  assert.ok(isKnown("payments", english));
  assert.ok(isKnown("prestamo", spanish)); // accents aside
  assert.ok(!isKnown("forclosure", english));
  assert.ok(!isKnown("indulgensia", spanish));
});

Deno.test("suggest: the nearest word of the site's vocabulary, within one or two edits", () => {
  assert.equal(suggest("forclosure", english, "en"), "foreclosure");
  assert.equal(suggest("paoff", english, "en"), "payoff");
  assert.equal(suggest("lein", english, "en"), "lien"); // a swap, though "line" is one edit too
  assert.equal(suggest("morgage", english, "en"), "mortgage");
  assert.equal(suggest("forbearence", english, "en"), "forbearance");
  assert.equal(suggest("suspence", english, "en"), "suspense");
  assert.equal(suggest("cfbp", english, "en"), "cfpb");
  assert.equal(suggest("xyzzyq", english, "en"), undefined);
});

Deno.test("suggest: a word that sounds the same wins over a more frequent near one", () => {
  // "later" is as near to "leter" as "letter" and more frequent, but "letter" sounds the same.
  assert.equal(suggest("leter", english, "en"), "letter");
  assert.equal(suggest("istorial", spanish, "es"), "historial");
  assert.equal(suggest("indulgensia", spanish, "es"), "indulgencia");
  assert.equal(suggest("uracan", spanish, "es"), "huracán"); // offered with its accent
  assert.equal(suggest("cheke", spanish, "es"), "cheque");
  assert.equal(suggest("atrazado", spanish, "es"), "atrasado");
});

Deno.test("suggest: a short word is not changed into another word by one replaced letter", () => {
  // "hija" (daughter) is a word the site does not use, not a typo of "fija" or "hijo".
  assert.equal(suggest("hija", spanish, "es"), undefined);
  // Nor are numbers and words of three letters or fewer touched.
  assert.equal(suggest("1099", english, "en"), undefined);
  assert.equal(suggest("arm", english, "en"), undefined);
});

Deno.test("spellingOf: the word, its nearest spelling, or nothing when the site holds nothing like it", () => {
  assert.equal(spellingOf("escrow", english, "en"), "escrow");
  assert.equal(spellingOf("forclosure", english, "en"), "foreclosure");
  // Another form of a word the site holds is searched as typed (Pagefind's stemming finds it).
  assert.equal(spellingOf("cobraron", spanish, "es"), "cobraron");
  assert.equal(spellingOf("debo", spanish, "es"), "debo");
  // No near spelling, but words starting the same: kept.
  assert.equal(spellingOf("hija", spanish, "es"), "hija");
  // Nothing like it: left out, as are none of a number's digits.
  assert.equal(spellingOf("zzzzqqq", spanish, "es"), undefined);
  assert.equal(spellingOf("1099", english, "en"), "1099");
  // Without a vocabulary (it could not load), every word is searched as typed.
  assert.equal(spellingOf("zzzzqqq", vocabularyOf([]), "es"), "zzzzqqq");
});
