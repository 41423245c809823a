import assert from "node:assert/strict";
import { Radios } from "../../../src/ui/Radios.tsx";
import { attr, html, tagWithId } from "./render.ts";

const options = [
  { value: "en", label: "English", lang: "en" },
  { value: "es", label: "Español", lang: "es" },
];

Deno.test("radios: a fieldset with its legend, the first radio is the field's id", () => {
  const out = html(
    <Radios
      name="msgLang"
      legend="Language of the message"
      hint="The subject stays in English"
      errorPrefix="Error:"
      options={options}
      value="es"
      onValue={() => {}}
    />,
  );
  assert.match(
    out,
    /<fieldset aria-describedby="f-msgLang-hint"><legend>Language of the message<\/legend>/,
  );
  assert.match(out, /<div id="f-msgLang-hint" class="hint">The subject stays in English<\/div>/);
  const first = tagWithId(out, "f-msgLang");
  const second = tagWithId(out, "f-msgLang-es");
  assert.equal(attr(first, "name"), "msgLang");
  assert.equal(attr(first, "value"), "en");
  assert.doesNotMatch(first, /checked/);
  assert.match(second, /\schecked/);
  assert.match(out, /<label for="f-msgLang-es" lang="es">Español<\/label>/);
  assert.doesNotMatch(out, /error/);
});

Deno.test("radios with an error: the group is marked and described by hint and error", () => {
  const out = html(
    <Radios
      name="category"
      legend="What is your message about?"
      hint="Choose one"
      error="Select what your message is about"
      errorPrefix="Error:"
      options={options}
      value=""
      onValue={() => {}}
    />,
  );
  assert.match(
    out,
    /^<div class="field field-error"><fieldset aria-describedby="f-category-hint f-category-error">/,
  );
  assert.match(
    out,
    /<p id="f-category-error" class="error-message"><span class="visually-hidden">Error:<\/span> Select what your message is about<\/p>/,
  );
  assert.doesNotMatch(out, /checked/);
});
