import assert from "node:assert/strict";
import { axeRules } from "../../../audit/axe-run.ts";
import { extraRules } from "../../../audit/rules.ts";
import axe from "axe-core";
import {
  compareCriteria,
  criteriaOf,
  criterion,
  criterionOfTag,
  criterionTitle,
} from "../../../audit/wcag.ts";

Deno.test("criterionOfTag reads axe's success-criterion tags and ignores the others", () => {
  assert.equal(criterionOfTag("wcag111"), "1.1.1");
  assert.equal(criterionOfTag("wcag1410"), "1.4.10");
  assert.equal(criterionOfTag("wcag258"), "2.5.8");
  for (const tag of ["wcag2a", "wcag21aa", "wcag22aa", "best-practice", "ACT", "cat.color"]) {
    assert.equal(criterionOfTag(tag), undefined, tag);
  }
});

Deno.test("criteria come named, with their level, in WCAG order", () => {
  assert.deepEqual(criteriaOf(["cat.color", "wcag2aa", "wcag1410", "wcag143", "wcag143"]), [
    { id: "1.4.3", name: "Contrast (Minimum)", level: "AA" },
    { id: "1.4.10", name: "Reflow", level: "AA" },
  ]);
  assert.equal(criterionTitle(criterion("1.1.1")), "1.1.1 Non-text Content (A)");
  assert.equal(criterionTitle(criterion("3.3.9")), "3.3.9", "an unknown one keeps its number");
  assert.ok(compareCriteria("2.4.7", "2.4.11") < 0);
  assert.ok(compareCriteria("1.4.10", "1.4.4") > 0);
});

Deno.test("every criterion axe-core and the audit's own rules can report has a name", () => {
  const tags = [
    ...axe.getRules().flatMap((rule) => rule.tags),
    ...Object.values(extraRules).flatMap((rule) => rule.tags),
  ];
  const unnamed = criteriaOf(tags).filter((c) => !c.name).map((c) => c.id);
  assert.deepEqual(unnamed, []);
  assert.ok(axeRules.size > 50);
});
