import assert from "node:assert/strict";
import { findCitations } from "../../support/citations.ts";
import { compareFacts, factsOf, factsOfFile } from "../../support/facts.ts";

const sorted = (set: Set<string>) => [...set].sort();

Deno.test("citations are found and normalised, with bare Regulation X and Z sections", () => {
  assert.deepEqual(
    findCitations(
      "See 12 CFR 1024.35(e)(3)(ii), 12 CFR\n1024.17 and 1024.41(f)(1); 5 U.S.C. 6103, " +
        "26 U.S.C. 6050H, 12 CFR part 1024 and 1024.39-1024.41.",
    ),
    [
      "12 CFR 1024.35(e)(3)(ii)",
      "12 CFR 1024.17",
      "5 U.S.C. 6103",
      "26 U.S.C. 6050H",
      "12 CFR 1024",
      "12 CFR 1024.41(f)(1)",
      "12 CFR 1024.39",
      "12 CFR 1024.41",
    ],
  );
});

Deno.test("numbers are normalised and kept apart from dollars and citations", () => {
  const facts = factsOf(
    "Within 30 days, or a 30-day window, pay $1,250.00 or $62.50 by 5 p.m.; 1,234.56 " +
      "is owed under 12 CFR 1024.17(f)(4), paragraph (b)(9). Call (800) 569-4287.",
  );
  assert.deepEqual(sorted(facts.numbers), ["1234.56", "30", "4287", "5", "569", "800"]);
  assert.deepEqual(sorted(facts.dollars), ["$1250", "$62.50"]);
  assert.deepEqual(sorted(facts.citations), ["12 CFR 1024.17(f)(4)"]);
});

Deno.test("deadline ids come from <Deadline> tags; other tag attributes are ignored", () => {
  const facts = factsOf(
    '<Deadline rule="notice-of-error" />\n<Deadline rule="payoff-statement"/>\n' +
      '<ContactLink category="x" topic="form-1098">Ask</ContactLink>\n' +
      '<Callout type="warning" title="Sale in 30 days?">Act.</Callout>\n' +
      "[the rule](https://www.consumerfinance.gov/rules-policy/regulations/1024/35/)\n" +
      "<Steps>\n\n1. Ask.\n2. Wait.\n\n</Steps>\n## Step 3: call\n## 4. Escalate",
  );
  assert.deepEqual(sorted(facts.deadlines), ["notice-of-error", "payoff-statement"]);
  assert.deepEqual(
    sorted(facts.numbers),
    ["30"],
    "the callout title counts; ids, URLs and step numbers do not",
  );
});

Deno.test("front matter: visible fields count, dates and order do not", () => {
  const source = [
    "---",
    "title: Fix it in 7 days",
    "description: >-",
    "  Ask within 1 year.",
    "answer: Pay $50.",
    "lastReviewed: 2026-11-27",
    "order: 3",
    "sources:",
    "  - title: Regulation X",
    "    citation: 12 CFR 1024.36(f)(1)",
    "    url: https://www.consumerfinance.gov/rules-policy/regulations/1024/36/",
    "---",
    "Body with 45 days.",
  ].join("\n");
  const facts = factsOfFile(source);
  assert.deepEqual(sorted(facts.numbers), ["1", "45", "7"]);
  assert.deepEqual(sorted(facts.dollars), ["$50"]);
  assert.deepEqual(sorted(facts.citations), ["12 CFR 1024.36(f)(1)"]);
});

Deno.test("compareFacts lists what each side states alone, per kind", () => {
  const en = factsOf("Pay $900 within 30 days (12 CFR 1024.17(c)(1)(ii)).");
  const es = factsOf("Pague $800 dentro de 30 días (12 CFR 1024.17(c)(1)(ii)).");
  assert.deepEqual(compareFacts(en, es), [
    { kind: "dollars", onlyInFirst: ["$900"], onlyInSecond: ["$800"] },
  ]);
  assert.deepEqual(compareFacts(en, en), []);
});
