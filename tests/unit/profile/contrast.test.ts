import assert from "node:assert/strict";
import { checkContrast, contrast } from "../../../src/profile/contrast.ts";
import { exampleColours } from "../../../src/profile/site.ts";

Deno.test("contrast: WCAG ratios of known pairs", () => {
  assert.equal(contrast("#ffffff", "#000000"), 21);
  assert.equal(contrast("#fff", "#fff"), 1);
  // #767676 is the lightest grey with 4.5:1 on white.
  assert.ok(contrast("#767676", "#ffffff") >= 4.5 && contrast("#777777", "#ffffff") < 4.5);
});

Deno.test("the shipped colours pass every pair in both schemes", () => {
  assert.deepEqual(checkContrast(exampleColours), []);
});

Deno.test("a failing pair names both colours, the ratio, the ratio needed and the criterion", () => {
  const failures = checkContrast({
    light: { ...exampleColours.light, link: "#6fa8ff" },
    dark: { ...exampleColours.dark, focus: "#1c2128" },
  });
  const messages = failures.map((f) => f.message);
  assert.ok(
    messages.includes(
      "links on the page (light): site.colours.light.link #6fa8ff on #ffffff is 2.40:1, needs 4.5:1 (WCAG 1.4.3)",
    ),
    messages.join("\n"),
  );
  // A two-tone ring passes where either tone reaches 3:1: on the dark page neither does.
  assert.ok(
    messages.some((m) =>
      m.startsWith(
        "the focus ring on the page (dark): site.colours.dark.focus #1c2128 or #0b0c0c",
      ) &&
      m.endsWith("needs 3:1 (WCAG 1.4.11, 2.4.13)")
    ),
  );
  assert.deepEqual([...new Set(failures.map((f) => f.key))].sort(), ["focus", "link"]);
});
