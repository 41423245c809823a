import type { CategoryId, Lang } from "../../categories.ts";
import { type FieldId, isRequired } from "../../catalog.ts";
import type { Finding } from "../../guard.ts";
import type { ProblemParams } from "../../schema.ts";
import type { FormWords } from "./en.ts";
import { problemWords } from "../problem/index.ts";

export type { FormWords };

/**
 * The form's words, per language: each page's island brings its own language (widget/contact-*.tsx),
 * and another language loads only when a message is written in it. Build-time code and tests load
 * them all with `./all.ts`.
 */
const loaded: Partial<Record<Lang, FormWords>> = {};

const loaders: Record<Lang, () => Promise<FormWords>> = {
  en: () => import("./en.ts").then((m) => m.en),
  es: () => import("./es.ts").then((m) => m.es),
};

/** Makes a language's words available to `formWords`. */
export function provideFormWords(lang: Lang, words: FormWords): void {
  loaded[lang] = words;
}

/** Loads the words of these languages (once each). */
export async function loadFormWords(...langs: Lang[]): Promise<void> {
  await Promise.all(langs.map(async (lang) => {
    loaded[lang] ??= await loaders[lang]();
  }));
}

/** The contact form's words in one language: labels, hints, categories and topics. */
export function formWords(lang: Lang): FormWords {
  const words = loaded[lang];
  if (!words) throw new Error(`form words for "${lang}" are not loaded: loadFormWords first`);
  return words;
}

/** A field's label, with "(optional)" when it may be left empty (GOV.UK style). */
export function fieldLabel(
  field: FieldId,
  lang: Lang,
  category?: CategoryId,
  topic?: unknown,
): string {
  const w = formWords(lang);
  const label = w.fields[field].label;
  return isRequired(field, category, topic) ? label : w.optional(label);
}

/** The part of a zod issue the error map reads. */
interface Issue {
  code?: string;
  path?: PropertyKey[];
  params?: unknown;
}

/**
 * The error map of one language: a zod issue (its code, the field in its path, the problem in
 * its params) to the GOV.UK message. Issues zod raises itself (an unknown category or topic, a
 * value of the wrong type) ask the borrower to fill the field in.
 */
export function errorMap(lang: Lang): (issue: Issue) => string {
  const w = formWords(lang);
  const problems = problemWords(lang).problems;
  return (issue) => {
    const field = w.fields[issue.path?.[0] as FieldId] ?? w.fields.category;
    const params = issue.code === "custom" ? issue.params as ProblemParams : undefined;
    return !params || params.problem === "enter"
      ? field.enter
      : problems[params.problem](field.name, params);
  };
}

/** What to tell the borrower about sensitive data in a field, or in an attachment's file name. */
export function findingMessage(finding: Finding, lang: Lang, fileName?: string): string {
  const w = problemWords(lang);
  const { advice, what } = w.sensitive[finding.kind];
  return fileName === undefined
    ? w.inField(formWords(lang).fields[finding.field].label, advice)
    : w.inFileName(fileName, what);
}
