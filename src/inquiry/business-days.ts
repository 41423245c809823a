/** US federal holidays (5 U.S.C. 6103) and the business days that skip them and weekends. */
import { addCalendarDays, type IsoDate, weekday } from "./dates.ts";

export interface Holiday {
  /** The day in law. */
  date: IsoDate;
  /** The weekday it is observed on (5 U.S.C. 6103(b); Executive Order 11582). */
  observed: IsoDate;
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The nth given weekday of a month (n = -1 for the last). */
function nthWeekday(
  year: number,
  month: number,
  dow: number,
  n: number,
): IsoDate {
  if (n > 0) {
    const first = iso(year, month, 1);
    return addCalendarDays(
      first,
      ((dow - weekday(first) + 7) % 7) + (n - 1) * 7,
    );
  }
  const last = addCalendarDays(
    iso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1),
    -1,
  );
  return addCalendarDays(last, -((weekday(last) - dow + 7) % 7));
}

function observedDay(date: IsoDate): IsoDate {
  const dow = weekday(date);
  return dow === 6 ? addCalendarDays(date, -1) : dow === 0 ? addCalendarDays(date, 1) : date;
}

/** The eleven legal public holidays of 5 U.S.C. 6103(a) for a year. */
export function federalHolidays(year: number): Holiday[] {
  const fixed = (month: number, day: number) => {
    const date = iso(year, month, day);
    return { date, observed: observedDay(date) };
  };
  const floating = (month: number, dow: number, n: number) => {
    const date = nthWeekday(year, month, dow, n);
    return { date, observed: date };
  };
  return [
    fixed(1, 1), // New Year's Day
    floating(1, 1, 3), // Birthday of Martin Luther King, Jr.: third Monday of January
    floating(2, 1, 3), // Washington's Birthday: third Monday of February
    floating(5, 1, -1), // Memorial Day: last Monday of May
    fixed(6, 19), // Juneteenth National Independence Day
    fixed(7, 4), // Independence Day
    floating(9, 1, 1), // Labor Day: first Monday of September
    floating(10, 1, 2), // Columbus Day: second Monday of October
    fixed(11, 11), // Veterans Day
    floating(11, 4, 4), // Thanksgiving Day: fourth Thursday of November
    fixed(12, 25), // Christmas Day
  ];
}

const holidayCache = new Map<number, Set<IsoDate>>();

/** Holidays and observed days falling in a year (New Year's of the next year can be observed Dec 31). */
function holidayDates(year: number): Set<IsoDate> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(
      [...federalHolidays(year), ...federalHolidays(year + 1)]
        .flatMap((h) => [h.date, h.observed])
        .filter((d) => d.startsWith(String(year))),
    );
    holidayCache.set(year, set);
  }
  return set;
}

export function isFederalHoliday(date: IsoDate): boolean {
  return holidayDates(Number(date.slice(0, 4))).has(date);
}

/** Not a Saturday, Sunday, federal holiday or observed holiday. */
export function isBusinessDay(date: IsoDate): boolean {
  const dow = weekday(date);
  return dow !== 0 && dow !== 6 && !isFederalHoliday(date);
}

/** The date `days` business days after `date` (the start day itself is not counted). */
export function addBusinessDays(date: IsoDate, days: number): IsoDate {
  let d = date;
  for (let left = days; left > 0;) {
    d = addCalendarDays(d, 1);
    if (isBusinessDay(d)) left--;
  }
  return d;
}
