import { type Lang, languageOf } from "../i18n/languages.ts";
import { type IsoDate, toUtc } from "./dates.ts";

/** "November 27, 2026" or "27 de noviembre de 2026": the one date formatter of the core. */
export function formatDate(date: IsoDate, lang: Lang): string {
  return new Intl.DateTimeFormat(languageOf(lang).tag, { dateStyle: "long", timeZone: "UTC" })
    .format(toUtc(date));
}

/**
 * "Central Time" or "hora central" for "America/Chicago": the zone's generic name (no standard or
 * daylight) in the language's words, from Intl; the IANA id, spaced, if Intl has no name for it.
 */
export function timeZoneWords(timeZone: string, lang: Lang): string {
  const name = new Intl.DateTimeFormat(languageOf(lang).tag, {
    timeZone,
    timeZoneName: "longGeneric",
  })
    .formatToParts(new Date())
    .find((part) => part.type === "timeZoneName")?.value;
  return name ?? timeZone.replaceAll("_", " ");
}
