import type { Lang } from "../../categories.ts";
import { nextStepsEn, type NextStepsWords } from "./en.ts";
import { nextStepsEs } from "./es.ts";

export type { NextStepsWords };

const dictionaries: Record<Lang, NextStepsWords> = { en: nextStepsEn, es: nextStepsEs };

/** The words after a servicer falls short, in one language (My messages only). */
export function nextStepsWords(lang: Lang): NextStepsWords {
  return dictionaries[lang];
}
