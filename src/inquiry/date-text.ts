import { type Lang, languageOf } from "../i18n/languages.ts";
import { type IsoDate, toUtc } from "./dates.ts";

/** "November 27, 2026" or "27 de noviembre de 2026": the one date formatter of the core. */
export function formatDate(date: IsoDate, lang: Lang): string {
  return new Intl.DateTimeFormat(languageOf(lang).tag, { dateStyle: "long", timeZone: "UTC" })
    .format(toUtc(date));
}
