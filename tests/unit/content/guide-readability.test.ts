import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { frontMatter, proseBlocks } from "../../support/content-text.ts";
import {
  type Language,
  type Measure,
  measure,
  median,
  passes,
  thresholds,
} from "../../support/readability.ts";

// Every guide's body text must meet the plain-language bar in DESIGN.md: Flesch-Kincaid grade 8
// or below in English, Fernández-Huerta 65 or above in Spanish. The table prints on every run.

const guidesDir = "content/guides";
const languages: Language[] = ["en", "es"];

interface Row extends Measure {
  slug: string;
  language: Language;
  pass: boolean;
}

function measureGuides(): Row[] {
  const rows: Row[] = [];
  for (const language of languages) {
    const dir = join(guidesDir, language);
    for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
      const { body } = frontMatter(readFileSync(join(dir, file), "utf8"), file);
      const result = measure(proseBlocks(body), language);
      rows.push({
        slug: file.replace(/\.mdx?$/, ""),
        language,
        ...result,
        pass: passes(language, result.score),
      });
    }
  }
  return rows;
}

function table(rows: Row[]): string {
  const header = ["slug", "lang", "words", "sentences", "score", "result"];
  const lines = rows.map((r) => [
    r.slug,
    r.language,
    String(r.words),
    String(r.sentences),
    r.score.toFixed(1),
    r.pass ? "pass" : `FAIL (${thresholds[r.language].label})`,
  ]);
  for (const language of languages) {
    const scores = rows.filter((r) => r.language === language).map((r) => r.score);
    lines.push([
      `median (${scores.length} guides)`,
      language,
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
  console.log(
    `\nReading level (en: Flesch-Kincaid grade; es: Fernández-Huerta ease)\n${table(rows)}`,
  );
  const failing = rows.filter((r) => !r.pass).map((r) =>
    `${r.language}/${r.slug}: ${r.score.toFixed(1)} (needs ${thresholds[r.language].label})`
  );
  assert.equal(failing.length, 0, `guides that miss the reading-level bar:\n${failing.join("\n")}`);
});
