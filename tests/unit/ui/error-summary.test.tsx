import assert from "node:assert/strict";
import { ErrorSummary } from "../../../src/ui/ErrorSummary.tsx";
import { LoadFailed } from "../../../src/ui/LoadFailed.tsx";
import type { Finding } from "../../../src/inquiry/guard.ts";
import { attr, html } from "./render.ts";

const ssn: Finding = {
  field: "details",
  kind: "ssn",
  start: 10,
  end: 21,
  text: "123-45-6789",
};

Deno.test("error summary: GOV.UK structure, focusable box, an alert, one link per field", () => {
  const out = html(
    <ErrorSummary
      title="There is a problem"
      problems={[
        { field: "loanNumber", message: "Enter your loan number" },
        { field: "category", message: "Select what your message is about" },
      ]}
      focusKey={1}
    />,
  );
  assert.match(
    out,
    /^<div class="error-summary" tabindex="-1"><div role="alert"><h2>There is a problem<\/h2><ul>/,
  );
  const links = [...out.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, a, text]) => ({
    href: attr(` ${a}`, "href"),
    text,
  }));
  assert.deepEqual(links, [
    { href: "#f-loanNumber", text: "Enter your loan number" },
    { href: "#f-category", text: "Select what your message is about" },
  ]);
  assert.doesNotMatch(out, /<button/, "no Mask it without a finding and a handler");
});

Deno.test("error summary: a finding gets a Mask it button described by its problem", () => {
  const problems = [{ field: "details", message: "Details: Remove your SSN.", finding: ssn }];
  const without = html(
    <ErrorSummary
      title="There is a problem"
      problems={problems}
      focusKey={1}
      maskLabel="Mask it"
    />,
  );
  assert.doesNotMatch(without, /<button/, "no handler, no button");
  const out = html(
    <ErrorSummary
      title="There is a problem"
      problems={problems}
      focusKey={1}
      maskLabel="Mask it"
      onMask={() => {}}
    />,
  );
  assert.match(out, /<a id="error-0" href="#f-details">Details: Remove your SSN\.<\/a>/);
  assert.match(
    out,
    /<button type="button" class="secondary" aria-describedby="error-0">Mask it<\/button>/,
  );
});

Deno.test("load failed: a focusable alert with its title, text and a reload link", () => {
  Object.defineProperty(globalThis, "location", {
    value: new URL("https://help.example/contact/?category=general"),
    configurable: true,
  });
  const out = html(
    <LoadFailed
      t={{ title: "Part of this page could not load", text: "Reload.", reload: "Reload the page" }}
    />,
  );
  assert.match(out, /^<div class="error-summary" tabindex="-1"><div role="alert">/);
  assert.match(out, /<h2>Part of this page could not load<\/h2><p>Reload\.<\/p>/);
  assert.match(
    out,
    /<a href="https:\/\/help.example\/contact\/\?category=general">Reload the page<\/a>/,
  );
});
