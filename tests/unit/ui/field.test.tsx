import assert from "node:assert/strict";
import { Field } from "../../../src/ui/Field.tsx";
import { describedBy, ErrorMessage } from "../../../src/ui/ErrorMessage.tsx";
import { attr, html, tagWithId } from "./render.ts";

const noop = () => {};

Deno.test("a field: label for the control, hint, no error marks when there is no error", () => {
  const out = html(
    <Field
      id="loanNumber"
      label="Loan number"
      hint="On your statement"
      errorPrefix="Error:"
      value="123"
      onValue={noop}
    />,
  );
  assert.match(out, /<label for="f-loanNumber">Loan number<\/label>/);
  assert.match(out, /<div id="f-loanNumber-hint" class="hint">On your statement<\/div>/);
  const input = tagWithId(out, "f-loanNumber");
  assert.match(input, /^<input type="text"/);
  assert.equal(attr(input, "value"), "123");
  assert.equal(attr(input, "aria-describedby"), "f-loanNumber-hint");
  assert.equal(attr(input, "aria-invalid"), undefined);
  assert.equal(attr(input, "name"), undefined, "no name: nothing typed can reach a URL");
  assert.doesNotMatch(out, /field-error|error-message/);
});

Deno.test("a field with an error: marked, described by hint then error, Error: hidden", () => {
  const out = html(
    <Field
      id="email"
      label="Email address"
      hint="We send nothing"
      error="Enter your email address"
      errorPrefix="Error:"
      value=""
      onValue={noop}
      attrs={{ type: "email", autocomplete: "email" }}
    />,
  );
  assert.match(out, /^<div class="field field-error">/);
  const input = tagWithId(out, "f-email");
  assert.equal(attr(input, "aria-invalid"), "true");
  assert.equal(attr(input, "aria-describedby"), "f-email-hint f-email-error");
  assert.equal(attr(input, "type"), "email");
  assert.equal(attr(input, "autocomplete"), "email");
  assert.match(
    out,
    /<p id="f-email-error" class="error-message"><span class="visually-hidden">Error:<\/span> Enter your email address<\/p>/,
  );
  // GOV.UK order: label, hint, error, control.
  const order = ["<label", "f-email-hint", "f-email-error", "<input"].map((s) => out.indexOf(s));
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
});

Deno.test("a select and a text area render their options and value", () => {
  const select = html(
    <Field
      id="topic"
      label="Topic"
      errorPrefix="Error:"
      value="b"
      onValue={noop}
      control="select"
      options={[{ value: "", label: "Choose a topic" }, { value: "b", label: "Late fee" }]}
    />,
  );
  assert.match(tagWithId(select, "f-topic"), /^<select/);
  assert.match(select, /<option value>Choose a topic<\/option>/);
  assert.match(select, /<option selected value="b">Late fee<\/option>/);
  const area = html(
    <Field
      id="details"
      label="Details"
      errorPrefix="Error:"
      value="Hi"
      onValue={noop}
      control="textarea"
      attrs={{ rows: 5 }}
    />,
  );
  assert.match(area, /<textarea id="f-details"[^>]*rows="5"[^>]*>Hi<\/textarea>/);
  assert.equal(attr(tagWithId(area, "f-details"), "aria-describedby"), undefined);
});

Deno.test("an error message renders nothing without a message", () => {
  assert.equal(html(<ErrorMessage id="x-error" prefix="Error:" />), "");
  assert.equal(
    html(<ErrorMessage id="x-error" prefix="Error:" message="Enter a summary" />),
    '<p id="x-error" class="error-message"><span class="visually-hidden">Error:</span> Enter a summary</p>',
  );
});

Deno.test("describedBy names the hint, then the error, or nothing", () => {
  assert.equal(describedBy("f-a"), undefined);
  assert.equal(describedBy("f-a", "hint"), "f-a-hint");
  assert.equal(describedBy("f-a", undefined, "wrong"), "f-a-error");
  assert.equal(describedBy("f-a", "hint", "wrong"), "f-a-hint f-a-error");
});
