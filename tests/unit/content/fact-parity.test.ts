import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultLang, languages } from "../../../src/i18n/languages.ts";
import { compareFacts, factsOfFile } from "../../support/facts.ts";

// Every guide or FAQ in a language must state the same numbers, dollar amounts, citations and
// <Deadline> rules as its twin in the first language, in the body and in the visible front
// matter, and sit in the same topic. A language the registry marks complete must also have every file.

/** Each language's files in `dir` by slug: guides may be .mdx or plain .md. */
function filesBySlug(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((
      f,
    ) => [f.replace(/\.mdx?$/, ""), join(dir, f)]),
  );
}

/** The `topic:` of a file's front matter. */
const topicOf = (text: string) => text.match(/^topic:\s*(\S+)/m)?.[1];

function differencesIn(dir: string): string[] {
  const first = filesBySlug(join(dir, defaultLang));
  const report: string[] = [];
  for (const language of languages.filter((l) => l.code !== defaultLang)) {
    const own = filesBySlug(join(dir, language.code));
    for (const name of [...new Set([...first.keys(), ...own.keys()])].sort()) {
      const [firstFile, ownFile] = [first.get(name), own.get(name)];
      if (!firstFile) {
        report.push(`${name}: missing in ${defaultLang}`);
        continue;
      }
      if (!ownFile) {
        if (language.complete) report.push(`${name}: missing in ${language.code}`);
        continue;
      }
      const [firstText, ownText] = [readFileSync(firstFile, "utf8"), readFileSync(ownFile, "utf8")];
      // A translation sits in its original's topic: topic pages and the language switch match.
      const [firstTopic, ownTopic] = [topicOf(firstText), topicOf(ownText)];
      if (firstTopic !== ownTopic) {
        report.push(`${name} topic: ${defaultLang} ${firstTopic}, ${language.code} ${ownTopic}`);
      }
      const differences = compareFacts(
        factsOfFile(firstText, firstFile),
        factsOfFile(ownText, ownFile),
      );
      for (const { kind, onlyInFirst, onlyInSecond } of differences) {
        const parts = [
          onlyInFirst.length ? `only in ${defaultLang}: ${onlyInFirst.join(", ")}` : "",
          onlyInSecond.length ? `only in ${language.code}: ${onlyInSecond.join(", ")}` : "",
        ].filter(Boolean);
        report.push(`${name} ${kind}: ${parts.join("; ")}`);
      }
    }
  }
  return report;
}

Deno.test("each guide states the same facts in every language", () => {
  const report = differencesIn("content/guides");
  assert.equal(report.length, 0, `guides that differ:\n${report.join("\n")}`);
});

Deno.test("each FAQ states the same facts in every language", () => {
  const report = differencesIn("content/faqs");
  assert.equal(report.length, 0, `FAQs that differ:\n${report.join("\n")}`);
});
