import type { Lang } from "../../categories.ts";
import type { ProblemWords } from "./en.ts";

export type { ProblemWords };

/**
 * The checker's words load per language with the checker: only the page's language is needed, as
 * problems are said in it. Build-time code and tests load them all with `./all.ts`.
 */
const loaded: Partial<Record<Lang, ProblemWords>> = {};

const loaders: Record<Lang, () => Promise<ProblemWords>> = {
  en: () => import("./en.ts").then((m) => m.en),
  es: () => import("./es.ts").then((m) => m.es),
};

/** Makes a language's words available to `problemWords`. */
export function provideProblemWords(lang: Lang, words: ProblemWords): void {
  loaded[lang] = words;
}

/** Loads the words of a language (once). */
export async function loadProblemWords(lang: Lang): Promise<void> {
  loaded[lang] ??= await loaders[lang]();
}

/** What is wrong with a value, or sensitive in it, in one language. */
export function problemWords(lang: Lang): ProblemWords {
  const words = loaded[lang];
  if (!words) throw new Error(`problem words for "${lang}" are not loaded: loadProblemWords first`);
  return words;
}
