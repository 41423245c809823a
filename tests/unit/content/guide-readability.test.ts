import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Language, languages } from "../../../src/i18n/languages.ts";
import { frontMatter, proseBlocks } from "../../support/content-text.ts";
import { barOf, type Measure, measure, median, passes } from "../../support/readability.ts";

// Every guide's body text must meet the plain-language bar its language sets in the registry
// (DESIGN.md: Flesch-Kincaid grade 8 or below in English, Fernández-Huerta 65 or above in
// Spanish). A language without a formula is not measured. The table prints on every run.

const guidesDir = "content/guides";
const measured = (languages as readonly Language[]).filter((l) => l.readingLevel);

interface Row extends Measure {
  slug: string;
  language: Language;
  pass: boolean;
}

function measureGuides(): Row[] {
  const rows: Row[] = [];
  for (const language of measured) {
    const level = language.readingLevel!;
    const dir = join(guidesDir, language.code);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
      const { body } = frontMatter(readFileSync(join(dir, file), "utf8"), file);
      const result = measure(proseBlocks(body), level.formula);
      rows.push({
        slug: file.replace(/\.mdx?$/, ""),
        language,
        ...result,
        pass: passes(level, result.score),
      });
    }
  }
  return rows;
}

function table(rows: Row[]): string {
  const header = ["slug", "lang", "words", "sentences", "score", "result"];
  const lines = rows.map((r) => [
    r.slug,
    r.language.code,
    String(r.words),
    String(r.sentences),
    r.score.toFixed(1),
    r.pass ? "pass" : `FAIL (${barOf(r.language.readingLevel!)})`,
  ]);
  for (const language of measured) {
    const scores = rows.filter((r) => r.language === language).map((r) => r.score);
    lines.push([
      `median (${scores.length} guides)`,
      language.code,
      "",
      "",
      median(scores).toFixed(1),
      "",
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [format(header), ...lines.map(format)].join("\n");
}

Deno.test("every guide meets the reading-level bar for its language", () => {
  const rows = measureGuides();
  assert.ok(rows.length > 0, `no guides found under ${guidesDir}`);
  const formulas = measured.map((l) => `${l.code}: ${l.readingLevel!.formula}`).join("; ");
  console.log(`\nReading level (${formulas})\n${table(rows)}`);
  const failing = rows.filter((r) => !r.pass).map((r) =>
    `${r.language.code}/${r.slug}: ${r.score.toFixed(1)} (needs ${barOf(r.language.readingLevel!)})`
  );
  assert.equal(failing.length, 0, `guides that miss the reading-level bar:\n${failing.join("\n")}`);
});
