import type { CategoryId, Lang } from "./categories.ts";
import { findTopic } from "./catalog.ts";
import { addCalendarDays, formatDate, type IsoDate, weekday } from "./dates.ts";
import { type DeadlineRuleId, deadlineRules } from "./deadline-rules.ts";

export { addCalendarDays } from "./dates.ts";

export interface Holiday {
  name: string;
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
  const fixed = (name: string, month: number, day: number) => {
    const date = iso(year, month, day);
    return { name, date, observed: observedDay(date) };
  };
  const floating = (name: string, month: number, dow: number, n: number) => {
    const date = nthWeekday(year, month, dow, n);
    return { name, date, observed: date };
  };
  return [
    fixed("New Year's Day", 1, 1),
    floating("Birthday of Martin Luther King, Jr.", 1, 1, 3),
    floating("Washington's Birthday", 2, 1, 3),
    floating("Memorial Day", 5, 1, -1),
    fixed("Juneteenth National Independence Day", 6, 19),
    fixed("Independence Day", 7, 4),
    floating("Labor Day", 9, 1, 1),
    floating("Columbus Day", 10, 1, 2),
    fixed("Veterans Day", 11, 11),
    floating("Thanksgiving Day", 11, 4, 4),
    fixed("Christmas Day", 12, 25),
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

export interface Deadline {
  ruleId: DeadlineRuleId | "servicer-response";
  dueDate: IsoDate;
  days: number;
  unit: "business" | "calendar";
  citation: string;
  /** One line for a message or page, always saying the date is an estimate. */
  label(lang: Lang): string;
  /** When the servicer may extend by telling you in writing before the deadline. */
  extension?: { days: number; dueDate: IsoDate; note(lang: Lang): string };
}

export interface DeadlineOptions {
  /** The servicer's own promise (profile.responseTimeBusinessDays), for categories the law does not time. */
  responseTimeBusinessDays?: number;
  /** A scheduled foreclosure sale: errors about foreclosure must be answered before it. */
  saleDate?: IsoDate;
}

function due(
  start: IsoDate,
  days: number,
  unit: "business" | "calendar",
): IsoDate {
  return unit === "business" ? addBusinessDays(start, days) : addCalendarDays(start, days);
}

function unitText(
  days: number,
  unit: "business" | "calendar",
  lang: Lang,
): string {
  if (lang === "en") {
    return `${days} ${unit === "business" ? "business" : "calendar"} days`;
  }
  return `${days} días ${unit === "business" ? "hábiles" : "naturales"}`;
}

function fromRule(
  ruleId: DeadlineRuleId,
  received: IsoDate,
  options: DeadlineOptions,
  categoryId: CategoryId,
  topicId: string,
): Deadline {
  const rule = deadlineRules[ruleId];
  let dueDate = due(received, rule.days, rule.unit);
  // 12 CFR 1024.35(e)(3)(i)(B): improper foreclosure errors are due before the sale if that is earlier.
  const beforeSale = ruleId === "notice-of-error" &&
    categoryId === "notice-of-error" &&
    (topicId === "foreclosure-filing" || topicId === "foreclosure-sale") &&
    options.saleDate !== undefined &&
    addCalendarDays(options.saleDate, -1) < dueDate &&
    options.saleDate > received;
  if (beforeSale) dueDate = addCalendarDays(options.saleDate!, -1);
  const extension = rule.extensionDays && !beforeSale
    ? {
      days: rule.extensionDays,
      dueDate: addBusinessDays(dueDate, rule.extensionDays),
      note: (lang: Lang) =>
        lang === "en"
          ? `The servicer may take ${rule.extensionDays} more business days (to ${
            formatDate(addBusinessDays(dueDate, rule.extensionDays!), "en")
          }) if it tells you in writing before the deadline.`
          : `El administrador puede tomar ${rule.extensionDays} días hábiles más (hasta el ${
            formatDate(addBusinessDays(dueDate, rule.extensionDays!), "es")
          }) si se lo informa por escrito antes del plazo.`,
    }
    : undefined;
  return {
    ruleId,
    dueDate,
    days: rule.days,
    unit: rule.unit,
    citation: rule.citation,
    label: (lang) =>
      lang === "en"
        ? `By ${formatDate(dueDate, "en")} (estimated${
          beforeSale ? ", before the sale date" : `, ${unitText(rule.days, rule.unit, "en")}`
        }): ${rule.what.en} (${rule.citation}).`
        : `A más tardar el ${formatDate(dueDate, "es")} (fecha estimada${
          beforeSale
            ? ", antes de la fecha de la venta"
            : `, ${unitText(rule.days, rule.unit, "es")}`
        }): ${rule.what.es} (${rule.citation}).`,
    extension,
  };
}

/**
 * Estimated answer dates for a message the servicer receives on `received`.
 * Estimates: the law counts from receipt, and mail takes time to arrive.
 */
export function deadlinesFor(
  categoryId: CategoryId,
  topicId: string,
  received: IsoDate,
  options: DeadlineOptions = {},
): Deadline[] {
  const ruleIds = findTopic(categoryId, topicId)?.deadlines ?? [];
  const list = ruleIds.map((id) => fromRule(id, received, options, categoryId, topicId));
  const days = options.responseTimeBusinessDays;
  if (list.length === 0 && days !== undefined) {
    const dueDate = addBusinessDays(received, days);
    list.push({
      ruleId: "servicer-response",
      dueDate,
      days,
      unit: "business",
      citation: "",
      label: (lang) =>
        lang === "en"
          ? `By ${
            formatDate(dueDate, "en")
          } (estimated, ${days} business days): the servicer's stated time for a first answer.`
          : `A más tardar el ${
            formatDate(dueDate, "es")
          } (fecha estimada, ${days} días hábiles): el plazo que el administrador indica para una primera respuesta.`,
    });
  }
  return list;
}
