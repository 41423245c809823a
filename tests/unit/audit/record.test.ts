import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readRecord, recordRefusal, resultRefusal, toRecord } from "../../../audit/record.ts";
import { totalsOf } from "../../../audit/types.ts";
import { defaultTags } from "../../../audit/standard.ts";
import { sampleReport } from "./fixture.ts";

Deno.test("toRecord keeps what the statement page shows", () => {
  assert.deepEqual(toRecord(sampleReport()), {
    date: "2025-11-27T23:00:00.000Z",
    target: "https://help.example.com/",
    pages: 3,
    checks: 4,
    violations: 1,
    errors: 2,
    tags: ["wcag2a", "wcag2aa"],
    disabledRules: [{ id: "region", reason: `landmarks <checked> by hand & "reviewed"` }],
    tools: {
      axeCore: "4.14.1",
      axeCorePlaywright: "4.14.0",
      playwright: "1.65.1",
      vnu: "26.9.27",
      chromium: "156",
      deno: "2.9.6",
    },
  });
});

Deno.test("readRecord accepts a whole record and nothing less", () => {
  const record = toRecord(sampleReport());
  assert.deepEqual(readRecord(JSON.parse(JSON.stringify(record))), record);
  const broken: unknown[] = [
    undefined,
    null,
    "text",
    { ...record, date: "yesterday" },
    { ...record, pages: -1 },
    { ...record, violations: 1.5 },
    { ...record, errors: undefined },
    { ...record, tags: "wcag2a" },
    { ...record, disabledRules: [{ id: "region" }] },
    { ...record, tools: { axeCore: "4.14.1" } },
  ];
  for (const value of broken) assert.equal(readRecord(value), undefined, JSON.stringify(value));
});

Deno.test("the recorded file in src/data is a valid record", () => {
  const file = new URL("../../../src/data/last-audit.json", import.meta.url);
  const record = readRecord(JSON.parse(readFileSync(file, "utf8")));
  assert.ok(record, "src/data/last-audit.json is not a whole record");
  assert.equal(record.errors, 0);
  assert.deepEqual(record.disabledRules, []);
});

Deno.test("recordRefusal: only local runs with the default tags and no disabled rules", () => {
  assert.equal(recordRefusal({ tags: defaultTags, disabled: [] }), "");
  assert.match(
    recordRefusal({ url: "https://x.example/", tags: defaultTags, disabled: [] }),
    /local/,
  );
  assert.match(
    recordRefusal({ tags: defaultTags, disabled: [{ id: "region", reason: "x" }] }),
    /disabled/,
  );
  assert.match(recordRefusal({ tags: ["wcag2a"], disabled: [] }), /default --tags/);
});

Deno.test("resultRefusal: a run in which a check could not run is not recorded", () => {
  assert.equal(resultRefusal(sampleReport()), "Not recorded: 2 checks could not run.");
  const report = sampleReport();
  report.checks = report.checks.filter((c) => c.status !== "error");
  report.totals = totalsOf(report.pages, report.checks);
  assert.equal(resultRefusal(report), "", "violations alone are recorded as they are");
});
