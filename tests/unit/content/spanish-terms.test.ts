import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// The Spanish text names each law and term one way everywhere (guides, FAQs and the dictionaries
// the deadline boxes and messages are written with), and never with a known mistranslation.

const spanishFiles = [
  ...["content/guides/es", "content/faqs/es"].flatMap((dir) =>
    readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => join(dir, f))
  ),
  "src/inquiry/i18n/message/es.ts",
  "src/inquiry/i18n/rule/es.ts",
  "src/inquiry/i18n/tracker/es.ts",
  "src/inquiry/i18n/form/es.ts",
  "src/i18n/ui/es.ts",
];

/** A wording that must not appear, and what to write instead. */
const wrong: [RegExp, string][] = [
  [/hipoteca revertida/i, '"hipoteca inversa" (reverse mortgage)'],
  [
    /Ley de Protección (?!al Propietario de Vivienda)/i,
    '"Ley de Protección al Propietario de Vivienda"',
  ],
  [/protección (?:civil )?para militares/i, "the SCRA's Spanish name"],
  [/escritura de reconveyance/i, '"escritura de devolución del título (*deed of reconveyance*)"'],
  // Reg X's "on or before" (1024.33(c)(1), 1024.17(k)(1)) includes the day itself.
  [/a tiempo" quiere decir antes|a tiempo quiere decir antes/i, '"a más tardar en" (on or before)'],
];

/** A law named in English, and the Spanish name that must stand beside it in the same file. */
const named: [RegExp, string][] = [
  [
    /Servicemembers Civil Relief Act|\bSCRA\b/,
    "Ley de Alivio Civil para Miembros del Servicio Militar",
  ],
  [/Homeowners Protection Act/, "Ley de Protección al Propietario de Vivienda"],
];

Deno.test("Spanish text uses one name for each law and no known mistranslation", () => {
  const problems: string[] = [];
  for (const file of spanishFiles) {
    const text = readFileSync(file, "utf8").replace(/\s+/g, " ");
    for (const [pattern, instead] of wrong) {
      const found = text.match(pattern);
      if (found) problems.push(`${file}: "${found[0]}", write ${instead}`);
    }
    for (const [english, spanish] of named) {
      if (english.test(text) && !text.includes(spanish)) {
        problems.push(`${file}: names ${english.source} without "${spanish}"`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
