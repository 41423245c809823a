import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { strings } from "../../../src/i18n/index.ts";
import { messageWords } from "../../../src/inquiry/i18n/message/index.ts";
import { trackerWords } from "../../../src/inquiry/i18n/tracker/index.ts";
import { plural, type PluralForms } from "../../../src/inquiry/plural.ts";

Deno.test("plural: the language's plural rules pick the form", () => {
  const added = strings("es").messages.imported.added;
  assert.equal(plural("es", 1, added), "1 nuevo");
  assert.equal(plural("es", 0, added), "0 nuevos");
  assert.equal(plural("es", 2, added), "2 nuevos");
  assert.equal(plural("en", 1, strings("en").search.results), "Found 1 result.");
  assert.equal(plural("en", 21, strings("en").search.results), "Found 21 results.");
  assert.equal(plural("es", 1, strings("es").search.results), "Se encontró 1 resultado.");
  assert.equal(plural("es", 1, messageWords("es").deadlines.period.calendar), "1 día calendario");
  assert.equal(plural("en", 1, strings("en").contact.businessDays), "1 business day");
});

/** Every counted phrase in a dictionary: an object with an `other` form that holds {n}. */
function countedPhrases(value: unknown, path = ""): [string, PluralForms][] {
  if (typeof value !== "object" || value === null) return [];
  const forms = value as Record<string, unknown>;
  if (typeof forms.other === "string" && forms.other.includes("{n}")) {
    return [[path, value as PluralForms]];
  }
  return Object.entries(forms).flatMap(([key, v]) => countedPhrases(v, `${path}.${key}`));
}

Deno.test("every counted phrase has the forms its language needs, and says its number", () => {
  for (const lang of ["en", "es"] as const) {
    const phrases = [strings(lang), messageWords(lang), trackerWords(lang)].flatMap((d) =>
      countedPhrases(d)
    );
    assert.ok(phrases.length >= 10, `${lang}: ${phrases.length} counted phrases`);
    for (const [path, forms] of phrases) {
      // English and Spanish have a "one" form for 1 (CLDR); in Spanish it always differs.
      assert.ok(forms.one, `${lang}${path} has a form for one`);
      if (lang === "es") assert.notEqual(forms.one, forms.other, `${lang}${path}`);
      for (const n of [0, 1, 2, 21]) assert.match(plural(lang, n, forms), new RegExp(`\\b${n}\\b`));
    }
  }
});
