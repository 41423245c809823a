import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import {
  defaultLang,
  isLang,
  langOfPath,
  langs,
  languages,
  notFoundPages,
  switchLanguagePath,
} from "../../../src/i18n/languages.ts";

// The registry is the one place that names a language: routes, hreflang, the sitemap, search, the
// 404 pages, the budgets and the content checks all read it.

Deno.test("every language has a unique code and a valid BCP 47 tag; the first is complete", () => {
  assert.equal(new Set(langs).size, langs.length);
  for (const l of languages) {
    assert.match(l.code, /^[a-z]{2,3}(-[a-z0-9]+)?$/);
    assert.deepEqual(Intl.getCanonicalLocales(l.tag), [l.tag], l.tag);
    assert.ok(l.tag.toLowerCase().startsWith(l.code.split("-")[0]), `${l.code}: ${l.tag}`);
  }
  assert.equal(languages[0].complete, true);
});

Deno.test("paths: the first language at the root, each other under its code", () => {
  const other = langs.find((lang) => lang !== defaultLang)!;
  assert.equal(langOfPath("/guides/x/"), defaultLang);
  assert.equal(langOfPath(`/${other}/guides/x/`), other);
  assert.equal(switchLanguagePath("/guides/x/", other), `/${other}/guides/x/`);
  assert.equal(switchLanguagePath(`/${other}/`, defaultLang), "/");
  // Languages' folders are matched before the root.
  assert.deepEqual(notFoundPages().at(-1), { prefix: "/", url: "/404.html", file: "/404.html" });
});

/** Dictionaries: a `<code>.ts` file in one of these folders holds one language's words. */
const dictionaryFolders = [
  "src/i18n/ui",
  "src/inquiry/i18n/form",
  "src/inquiry/i18n/message",
  "src/inquiry/i18n/rule",
  "src/inquiry/i18n/tracker",
  "src/inquiry/i18n/problem",
  "src/inquiry/i18n/next-steps",
];

/**
 * Not the site's languages: the audit's widget and My messages drivers fill the form with typed
 * English and Spanish test answers, found by their labels; the audit's report is in English; its
 * language check guesses any page's language from common words of six languages.
 */
const testData = [
  "audit/widget-states.ts",
  "audit/messages-states.ts",
  "audit/report-html.ts",
  "audit/structure.ts",
];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

Deno.test("no file but the registry and the dictionaries names a language code", () => {
  const code = langs.join("|");
  const naming = new RegExp(
    `["'\`](?:${code})(?:-[A-Z]{2})?["'\`]|["'\`]/(?:${code})/|^\\s*(?:${code}):|[{,]\\s*(?:${code}):`,
    "m",
  );
  const files = ["src", "server", "audit", "budget", "tests/support", "astro.config.mjs"]
    .flatMap(filesUnder)
    .filter((file) => /\.(ts|tsx|js|mjs|astro)$/.test(file))
    .filter((file) => file !== "src/i18n/languages.ts" && !testData.includes(file))
    .filter((file) =>
      !(dictionaryFolders.includes(dirname(file)) && isLang(basename(file).replace(/\.ts$/, "")))
    );
  assert.ok(files.length > 100, `only ${files.length} files found`);
  const offenders = files.filter((file) => naming.test(readFileSync(file, "utf8")));
  assert.deepEqual(offenders, []);
});
