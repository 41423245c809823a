import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import type { Lang } from "../i18n/languages.ts";

/** What an island's parts say, and in which language: given once, at the island's root. */
export interface PageWords {
  /** The page's language: labels, dates and plural forms follow it. */
  lang: Lang;
  /** The contact form's words (src/i18n/ui, `widget`). */
  t: UiStrings["widget"];
}

/**
 * Provides the page's words to every part below it: `<Words.Provider value={…}>`. There is no
 * default: every island that renders these parts provides its words at its root.
 */
export const Words = createContext<PageWords>(undefined!);

/** The page's words, from the nearest provider. */
export const useWords = (): PageWords => useContext(Words);
