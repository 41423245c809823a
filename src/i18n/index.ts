import type { Lang } from "../inquiry/categories.ts";
import { en, type UiStrings } from "./en.ts";
import { es } from "./es.ts";

export const languages: readonly Lang[] = ["en", "es"];
const dictionaries: Record<Lang, UiStrings> = { en, es };

export function strings(lang: Lang): UiStrings {
  return dictionaries[lang];
}

export function langFromLocale(locale: string | undefined): Lang {
  return locale === "es" ? "es" : "en";
}

/** Prefixes a site path with the language folder: English lives at the root. */
export function localizePath(path: string, lang: Lang): string {
  return lang === "en" ? path : `/es${path}`;
}

/** The same page in the other language (same slugs in both). */
export function switchLanguagePath(pathname: string, to: Lang): string {
  const bare = pathname.replace(/^\/es(?=\/|$)/, "") || "/";
  return localizePath(bare, to);
}
