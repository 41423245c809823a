import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareFacts, factsOfFile } from "../../support/facts.ts";

// An English guide or FAQ and its Spanish twin must state the same numbers, dollar amounts,
// citations and <Deadline> rules, in the body and in the visible front matter.

/** Each language's files in `dir` by slug: guides may be .mdx or plain .md. */
function filesBySlug(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((
      f,
    ) => [f.replace(/\.mdx?$/, ""), join(dir, f)]),
  );
}

function differencesIn(dir: string): string[] {
  const en = filesBySlug(join(dir, "en"));
  const es = filesBySlug(join(dir, "es"));
  const report: string[] = [];
  for (const name of [...new Set([...en.keys(), ...es.keys()])].sort()) {
    const [enFile, esFile] = [en.get(name), es.get(name)];
    if (!enFile || !esFile) {
      report.push(`${name}: missing in ${enFile ? "es" : "en"}`);
      continue;
    }
    const differences = compareFacts(
      factsOfFile(readFileSync(enFile, "utf8"), enFile),
      factsOfFile(readFileSync(esFile, "utf8"), esFile),
    );
    for (const { kind, onlyInFirst, onlyInSecond } of differences) {
      const parts = [
        onlyInFirst.length ? `only in en: ${onlyInFirst.join(", ")}` : "",
        onlyInSecond.length ? `only in es: ${onlyInSecond.join(", ")}` : "",
      ].filter(Boolean);
      report.push(`${name} ${kind}: ${parts.join("; ")}`);
    }
  }
  return report;
}

Deno.test("each guide states the same facts in English and Spanish", () => {
  const report = differencesIn("content/guides");
  assert.equal(report.length, 0, `guide pairs that differ:\n${report.join("\n")}`);
});

Deno.test("each FAQ states the same facts in English and Spanish", () => {
  const report = differencesIn("content/faqs");
  assert.equal(report.length, 0, `FAQ pairs that differ:\n${report.join("\n")}`);
});
