import type { Lang } from "../../categories.ts";
import type { MessageWords } from "./en.ts";

export type { MessageWords };

/**
 * The result's words load per language, when a message is first built: a borrower writing in the
 * page's language never downloads the other one. Build-time code and tests load them all with
 * `./all.ts`.
 */
const loaded: Partial<Record<Lang, MessageWords>> = {};

const loaders: Record<Lang, () => Promise<MessageWords>> = {
  en: () => import("./en.ts").then((m) => m.en),
  es: () => import("./es.ts").then((m) => m.es),
};

/** Makes a language's words available to `messageWords`. */
export function provideMessageWords(lang: Lang, words: MessageWords): void {
  loaded[lang] = words;
}

/** Loads the words of these languages (once each). */
export async function loadMessageWords(...langs: Lang[]): Promise<void> {
  await Promise.all(langs.map(async (lang) => {
    loaded[lang] ??= await loaders[lang]();
  }));
}

/** The words a message, its deadlines and the advice on tone are written with, in one language. */
export function messageWords(lang: Lang): MessageWords {
  const words = loaded[lang];
  if (!words) throw new Error(`message words for "${lang}" are not loaded: loadMessageWords first`);
  return words;
}
