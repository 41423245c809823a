import type { Lang } from "./languages.ts";

/** One kind of words: a module per language, loaded on demand, then read without waiting. */
export interface Dictionary<Words> {
  /** Loads these languages' words (each once). */
  load(...langs: Lang[]): Promise<void>;
  /** A loaded language's words; throws when `load` has not run for it. */
  get(lang: Lang): Words;
}

/**
 * A dictionary whose languages are the `<code>.ts` files of one folder, each with the words as its
 * default export, imported by `load` (see src/inquiry/i18n/form-files.ts): the bundler makes a
 * chunk of each, so a page downloads only the languages it uses, and adding a language adds a
 * file, not a line to a list.
 */
export function dictionary<Words>(
  load: (lang: Lang) => Promise<{ default: Words }>,
): Dictionary<Words> {
  const loaded = new Map<Lang, Words>();
  return {
    async load(...langs) {
      await Promise.all(langs.map(async (lang) => {
        if (loaded.has(lang)) return;
        loaded.set(lang, (await load(lang)).default);
      }));
    },
    get(lang) {
      const words = loaded.get(lang);
      if (!words) throw new Error(`words not loaded: ${lang}`);
      return words;
    },
  };
}
