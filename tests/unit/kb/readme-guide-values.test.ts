import assert from "node:assert/strict";
import { calloutTypes } from "../../../src/kb/components/Callout.tsx";
import { inquiryTopicsOf } from "../../../src/kb/components/ContactLink.tsx";
import { guideComponentNames } from "../../../src/kb/components/index.ts";
import { categoryIds } from "../../../src/inquiry/categories.ts";
import { deadlineRuleIds } from "../../../src/inquiry/deadline-rules.ts";
import { topicIds } from "../../../src/kb/topics.ts";

// README's "Add a guide" lists the values guides may use; the lists in code are the truth.
const readme = await Deno.readTextFile(new URL("../../../README.md", import.meta.url));
const section = readme.slice(
  readme.indexOf("## Add a guide"),
  readme.indexOf("## The contact page and My messages"),
);
const code = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(", ");

Deno.test("README lists every guide topic, in order", () => {
  assert.equal(
    section.match(/`topic`, the home page section[^:]*: ([^;]+);/)?.[1].replace(/\s+/g, " "),
    code(topicIds),
  );
});

Deno.test("README lists every category with its topics, as the catalog has them", () => {
  for (const category of categoryIds) {
    const row = section.match(new RegExp(`\\| \`${category}\`\\s*\\| ([^|]+)\\|`));
    assert.equal(row?.[1].trim(), code(inquiryTopicsOf(category)), category);
  }
});

Deno.test("README lists every deadline rule, the callout types and the four components", () => {
  assert.equal(
    section.match(/`rule` is one of\s+([^;]+);/)?.[1].replace(/\s+/g, " "),
    code(deadlineRuleIds),
  );
  assert.match(
    section,
    new RegExp(calloutTypes.map((type) => `\`${type}\``).join("[^`]+")),
  );
  for (const name of guideComponentNames) assert.ok(section.includes(`<${name}`), name);
});
