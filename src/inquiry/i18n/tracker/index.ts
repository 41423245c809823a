import type { Lang } from "../../categories.ts";
import { trackerEn, type TrackerWords } from "./en.ts";
import { trackerEs } from "./es.ts";

export type { TrackerWords };

const dictionaries: Record<Lang, TrackerWords> = { en: trackerEn, es: trackerEs };

/** The tracker's words in one language. */
export function trackerWords(lang: Lang): TrackerWords {
  return dictionaries[lang];
}
