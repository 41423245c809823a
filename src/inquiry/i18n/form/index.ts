import { dictionary } from "../../../i18n/dictionary.ts";
import { formFile } from "../form-files.ts";
import type { CategoryId, Lang } from "../../categories.ts";
import { type FieldId, isRequired } from "../../catalog.ts";
import type { Finding } from "../../guard.ts";
import type { ProblemParams } from "../../schema.ts";
import type { FormWords } from "./en.ts";
import { problemWords } from "../problem/index.ts";

export type { FormWords };

const words = dictionary<FormWords>(formFile);

/** Loads the form's words of these languages: the page's before the form renders. */
export const loadFormWords = words.load;

/** The contact form's words in one language: what the page needs before anything is submitted. */
export const formWords = words.get;

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
