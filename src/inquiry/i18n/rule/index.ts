import { dictionary } from "../../../i18n/dictionary.ts";
import { ruleFile } from "../rule-files.ts";
import type { RuleDictionary } from "./en.ts";

const words = dictionary<RuleDictionary>(ruleFile);

/** Loads how guides state rules, in these languages (the build loads every language). */
export const loadRuleWords = words.load;

/** How guides state a rule, in one language. */
export const ruleWords = words.get;
