import type { Lang } from "./categories.ts";
import { type IsoDate, toUtc } from "./dates.ts";
import { messageWords } from "./i18n/message/index.ts";

/**
 * "November 27, 2026" or "27 de noviembre de 2026": the one date formatter of the core, apart
 * from dates.ts so the form's first load does not carry the message dictionary.
 */
export function formatDate(date: IsoDate, lang: Lang): string {
  return new Intl.DateTimeFormat(messageWords(lang).locale, { dateStyle: "long", timeZone: "UTC" })
    .format(toUtc(date));
}
