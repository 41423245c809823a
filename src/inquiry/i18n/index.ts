import type { Lang } from "../categories.ts";
import { en, type InquiryWords } from "./en.ts";
import { es } from "./es.ts";

export type { InquiryWords };

const dictionaries: Record<Lang, InquiryWords> = { en, es };

/** The inquiry core's words in one language. */
export function words(lang: Lang): InquiryWords {
  return dictionaries[lang];
}
