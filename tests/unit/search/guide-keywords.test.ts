import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { frontMatter } from "../../../src/kb/front-matter.ts";

// Borrower words are what finds a guide by the names borrowers use: every guide has its own in
// every language, written for that language (not the other language's list).
const root = new URL("../../../content/guides/", import.meta.url).pathname;
const languages = readdirSync(root);

function keywordsOf(lang: string, file: string): string[] {
  const { data } = frontMatter(readFileSync(`${root}${lang}/${file}`, "utf8"), file);
  return (data.keywords as string[] | undefined) ?? [];
}

for (const lang of languages) {
  Deno.test(`every ${lang} guide has at least 8 borrower keywords, each once`, () => {
    for (const file of readdirSync(`${root}${lang}`)) {
      const keywords = keywordsOf(lang, file);
      assert.ok(keywords.length >= 8, `${lang}/${file}: ${keywords.length} keywords`);
      const seen = new Set(keywords.map((k) => k.toLowerCase()));
      assert.equal(seen.size, keywords.length, `${lang}/${file}: a keyword is repeated`);
    }
  });
}

Deno.test("a Spanish guide's keywords are not its English list", () => {
  for (const file of readdirSync(`${root}es`)) {
    const english = new Set(keywordsOf("en", file));
    const shared = keywordsOf("es", file).filter((k) => english.has(k));
    // Abbreviations and names ("PMI", "CFPB", "1098") are the same in both languages.
    assert.ok(shared.length <= 6, `es/${file} shares ${shared.join(", ")}`);
  }
});
