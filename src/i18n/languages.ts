/**
 * The site's languages: the one list that routes, hreflang links, the sitemap, the language
 * switch, search, the not-found pages, the offline worker and the content checks derive from.
 * Adding a language takes an entry here, its dictionaries (a `<code>.ts` file beside `en.ts` in
 * each dictionary folder) and its content folders (README, "Add a language").
 */

/** The plain-language bar a language's guides must meet; tests/support/readability.ts scores it. */
export type ReadingLevel =
  /** Flesch-Kincaid grade level (English): lower is easier. */
  | { formula: "flesch-kincaid-grade"; atMost: number }
  /** Fernández-Huerta reading ease (Spanish): higher is easier. */
  | { formula: "fernandez-huerta"; atLeast: number };

export interface Language {
  /**
   * Lower-case code: the URL prefix (the first language has none), the content folders
   * (`guides/<code>/`) and the dictionary files (`<code>.ts`).
   */
  code: string;
  /**
   * BCP 47 tag: each page's `lang`, hreflang, the sitemap and date formats. Pagefind indexes the
   * pages under it and stems words by its first part (`es-US` as Spanish), so it is also the
   * search language.
   */
  tag: string;
  /** The language's name in itself, as the language switch and the message-language choice show it. */
  name: string;
  /** Text direction of the language's pages. */
  dir: "ltr" | "rtl";
  /** Omitted when no reading-level formula is implemented for the language. */
  readingLevel?: ReadingLevel;
  /**
   * True when every guide and FAQ must exist in this language: the content checks then fail on a
   * missing translation. Otherwise a guide not yet translated shows the first language's text,
   * with a notice, in this language's lists.
   */
  complete: boolean;
  /**
   * Letters that sound alike, folded into one before "did you mean" compares a typed word with
   * the site's words (src/search/spelling.ts): pairs of a regular expression's source and its
   * replacement, applied in order. Omitted when spelling is close to sound.
   */
  soundsAlike?: readonly (readonly [pattern: string, replacement: string])[];
  /**
   * Words too common to search by ("why did my ..."), lower-case, without accents, separated by
   * spaces. Search drops the words of every language's list (src/search/query.ts), so leave out a
   * word that means something in another of the site's languages (French "son" is English "son"),
   * and a letter that elision joins to a word (French "l'"): a word is checked without what
   * follows its apostrophe.
   */
  stopWords?: string;
}

export const languages = [
  {
    code: "en",
    tag: "en-US",
    name: "English",
    dir: "ltr",
    readingLevel: { formula: "flesch-kincaid-grade", atMost: 8 },
    complete: true,
    stopWords:
      "a an and are at be been but by can could did do does for from get got had has have " +
      "how i if in into is it its me my of on or our should so that the their them there they this " +
      "to was we were what when where which who why will with would you your",
  },
  {
    code: "es",
    tag: "es-US",
    name: "Español",
    dir: "ltr",
    readingLevel: { formula: "fernandez-huerta", atLeast: 65 },
    complete: true,
    // h is silent; b/v, s/z/c before e and i, k/qu/c, ll/y.
    soundsAlike: [
      ["(^|[^c])h", "$1"],
      ["v", "b"],
      ["z", "s"],
      ["c([ei])", "s$1"],
      ["qu", "k"],
      ["c", "k"],
      ["ll", "y"],
    ],
    stopWords:
      "al como con cual cuando de del donde el en es esta este hago hay la las le lo los " +
      "mi mis para pero por que se si sin su sus tengo todavia un una uno y ya yo",
  },
] as const satisfies readonly Language[];

export type Lang = typeof languages[number]["code"];

/** Every language code, in registry order. */
export const langs: readonly Lang[] = languages.map((l) => l.code);

/**
 * The first language: served at the site root, the text shown for a guide not yet translated, and
 * the language of the category name in every subject line (servicers route on it).
 */
export const defaultLang: Lang = languages[0].code;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (langs as readonly string[]).includes(value);
}

/** A language's registry entry. */
export function languageOf(code: Lang): Language {
  return languages.find((l) => l.code === code)!;
}

/** The language whose BCP 47 tag (any case) or code this is, e.g. a page's `lang` attribute. */
export function langOfTag(tag: string): Lang | undefined {
  const lower = tag.toLowerCase();
  return languages.find((l) => l.tag.toLowerCase() === lower || l.code === lower)?.code;
}

/** Prefixes a site path with the language's folder: the default language lives at the root. */
export function localizePath(path: string, lang: Lang): string {
  return lang === defaultLang ? path : `/${lang}${path}`;
}

/** The language a site path belongs to, by its first folder. */
export function langOfPath(pathname: string): Lang {
  const first = pathname.split("/")[1];
  return isLang(first) && first !== defaultLang ? first : defaultLang;
}

/** The same page in another language (same slugs in every language). */
export function switchLanguagePath(pathname: string, to: Lang): string {
  const from = langOfPath(pathname);
  const bare = from === defaultLang ? pathname : pathname.slice(from.length + 1) || "/";
  return localizePath(bare, to);
}

/** Where each language's not-found page is built: the default language's at the root. */
export function notFoundPath(lang: Lang): string {
  return lang === defaultLang ? "/404.html" : `/${lang}/404/`;
}

/**
 * Which not-found page answers an unknown path: the first whose prefix the path starts with
 * (each language's folder, then the root). `url` is as the site links it, `file` as built.
 */
export function notFoundPages(): { prefix: string; url: string; file: string }[] {
  return [...langs.filter((lang) => lang !== defaultLang), defaultLang].map((lang) => {
    const url = notFoundPath(lang);
    return {
      prefix: lang === defaultLang ? "/" : `/${lang}/`,
      url,
      file: url.endsWith("/") ? `${url}index.html` : url,
    };
  });
}

/** The language of the page this runs in, by its `<html lang>`; the first language elsewhere. */
export function pageLang(): Lang {
  const tag = typeof document === "undefined" ? "" : document.documentElement.lang;
  return langOfTag(tag) ?? defaultLang;
}
