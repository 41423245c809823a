import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareFacts, factsOfFile } from "../../support/facts.ts";

// An English guide or FAQ and its Spanish twin must state the same numbers, dollar amounts,
// citations and <Deadline> rules, in the body and in the visible front matter.

function differencesIn(dir: string, extension: string): string[] {
  const en = join(dir, "en");
  const es = join(dir, "es");
  const names = new Set(
    [en, es].flatMap((d) => readdirSync(d).filter((f) => f.endsWith(extension))),
  );
  const report: string[] = [];
  for (const name of [...names].sort()) {
    const [enFile, esFile] = [join(en, name), join(es, name)];
    if (!existsSync(enFile) || !existsSync(esFile)) {
      report.push(`${name}: missing in ${existsSync(enFile) ? "es" : "en"}`);
      continue;
    }
    const differences = compareFacts(
      factsOfFile(readFileSync(enFile, "utf8")),
      factsOfFile(readFileSync(esFile, "utf8")),
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
  const report = differencesIn("content/guides", ".mdx");
  assert.equal(report.length, 0, `guide pairs that differ:\n${report.join("\n")}`);
});

Deno.test("each FAQ states the same facts in English and Spanish", () => {
  const report = differencesIn("content/faqs", ".md");
  assert.equal(report.length, 0, `FAQ pairs that differ:\n${report.join("\n")}`);
});
