import assert from "node:assert/strict";
import { markupChecks, parsingNodes } from "../../../audit/markup.ts";
import { failed } from "../../../audit/summary.ts";
import { totalsOf } from "../../../audit/types.ts";
import { sampleReport } from "./fixture.ts";

Deno.test("only the HTML checker's parsing errors count, as best practice under 4.1.1", () => {
  const nodes = parsingNodes([
    {
      type: "error",
      lastLine: 4,
      message: "End tag “em” violates nesting rules.",
      extract: "</em>",
    },
    { type: "error", lastLine: 5, message: "Duplicate ID “main”.", extract: '<p id="main">' },
    { type: "error", lastLine: 6, message: "The “center” element is obsolete. Use CSS instead." },
    { type: "info", lastLine: 7, message: "Trailing slash on void elements has no effect." },
  ]);
  assert.deepEqual(nodes.map((n) => n.target), ["line 4", "line 5"]);
  assert.match(nodes[0].failureSummary, /violates nesting rules/);
});

Deno.test("without Java the HTML checker is reported as not run, which fails nothing", async () => {
  const path = Deno.env.get("PATH") ?? "";
  const home = Deno.env.get("JAVA_HOME");
  Deno.env.set("PATH", "/nonexistent");
  Deno.env.delete("JAVA_HOME");
  try {
    const checks = await markupChecks("http://127.0.0.1:9/", ["/", "/a/"], true);
    assert.deepEqual(checks.map((c) => [c.page, c.kind, c.status]), [
      ["/", "markup", "skipped"],
      ["/a/", "markup", "skipped"],
    ]);
    assert.match(checks[0].note ?? "", /Java is not installed/);
    const report = sampleReport({ checks, pages: ["/", "/a/"] });
    report.totals = totalsOf(report.pages, checks);
    assert.deepEqual([report.totals.skipped, failed(report)], [2, false]);
  } finally {
    Deno.env.set("PATH", path);
    if (home) Deno.env.set("JAVA_HOME", home);
  }
});
