import type { Lang } from "../../categories.ts";
import { type RuleDictionary, ruleEn } from "./en.ts";
import { ruleEs } from "./es.ts";

const dictionaries: Record<Lang, RuleDictionary> = { en: ruleEn, es: ruleEs };

/** How guides state a rule, in one language. */
export function ruleWords(lang: Lang): RuleDictionary {
  return dictionaries[lang];
}
