import { z } from "zod";
import { defaultLang, isLang, type Lang, langs } from "./languages.ts";

/** A text per language: the first language's is required, the others fall back to it. */
export type Localized = Partial<Record<Lang, string>>;

/**
 * One text for every language, or one per language code (`{ <code>: text }`): the first
 * language's is required; a language without its own shows the first language's.
 */
export function localizedText(limits: { min?: number; max?: number } = {}) {
  const text = z.string().min(limits.min ?? 1).max(limits.max ?? 500);
  return z.union([text, z.record(z.string(), text)]).transform((value, ctx): Localized => {
    if (typeof value === "string") return { [defaultLang]: value };
    for (const key of Object.keys(value)) {
      if (!isLang(key)) {
        ctx.issues.push({
          code: "custom",
          message: `"${key}" is not a language of the site (${langs.join(", ")})`,
          input: value,
          path: [key],
        });
      }
    }
    if (value[defaultLang] === undefined) {
      ctx.issues.push({
        code: "custom",
        message: `needs a text for "${defaultLang}", the site's first language`,
        input: value,
      });
    }
    return value as Localized;
  });
}

/** The text in a language, or the first language's with its language named (for a lang attribute). */
export function textIn(value: Localized, lang: Lang): { text: string; lang: Lang } {
  const own = value[lang];
  return own === undefined ? { text: value[defaultLang]!, lang: defaultLang } : { text: own, lang };
}
