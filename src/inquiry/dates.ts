/** Calendar dates as "YYYY-MM-DD" strings; arithmetic in UTC so no time zone can shift a day. */
export type IsoDate = string;

const DAY_MS = 86_400_000;

/**
 * The dates the app records and counts from: no recorded date before EARLIEST_DATE, no scheduled
 * sale after LATEST_SALE_DATE. Far from the ends of what Date and four-digit years can hold, so
 * every sum of business days stays a date the app can show.
 */
export const EARLIEST_DATE: IsoDate = "2000-01-01";
export const LATEST_SALE_DATE: IsoDate = "2099-12-31";

/** Normalises "2026-3-7" to "2026-03-07"; null unless it is a real calendar date. */
export function parseIsoDate(text: string): IsoDate | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (
    t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 ||
    t.getUTCDate() !== d
  ) return null;
  return fromUtc(t);
}

function fromUtc(t: Date): IsoDate {
  return t.toISOString().slice(0, 10);
}

/** Midnight UTC of a calendar date; throws on anything that is not one. */
export function toUtc(date: IsoDate): Date {
  const parsed = parseIsoDate(date);
  if (parsed === null) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(`${parsed}T00:00:00Z`);
}

/** Day of the week, 0 = Sunday. */
export function weekday(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / DAY_MS);
}

/** The calendar date of an instant in the local time zone: the borrower's "today" in a browser. */
export function localDateOf(instant: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
