import type { Lang } from "../../categories.ts";
import { en, type MessageWords } from "./en.ts";
import { es } from "./es.ts";

const dictionaries: Record<Lang, MessageWords> = { en, es };

/** The words a message, its deadlines and the advice on tone are written with, in one language. */
export function messageWords(lang: Lang): MessageWords {
  return dictionaries[lang];
}
