import { addBusinessDays } from "./business-days.ts";
import type { CategoryId } from "./categories.ts";
import { findTopic } from "./catalog.ts";
import { addCalendarDays, daysBetween, type IsoDate } from "./dates.ts";
import {
  type Counting,
  type DeadlineRuleId,
  deadlineRules,
  type ScopeId,
} from "./deadline-rules.ts";

/** One clock worked out for a message the servicer receives on `start` (an estimate). */
export interface Deadline {
  ruleId: DeadlineRuleId | "servicer-response";
  kind: "deadline" | "protection";
  start: IsoDate;
  dueDate: IsoDate;
  days: number;
  counting: Counting;
  /** Empty for the servicer's own promise, which no law sets. */
  citation: string;
  /** A foreclosure sale before the counted date would end the period (1024.35(e)(3)(i)(B)). */
  endsBeforeSale: boolean;
  /** The foreclosure sale, not the counted period, sets the due date (1024.35(e)(3)(i)(B)). */
  beforeSale: boolean;
  /** The longer date the law allows after written notice; absent where none is allowed. */
  extension?: { days: number; dueDate: IsoDate; citation: string };
  /** The sentence that forbids an extension, where the law says so. */
  noExtensionCitation?: string;
  scope: ScopeId[];
}

export interface DeadlineOptions {
  /** The servicer's own promise (profile.responseTimeBusinessDays), for topics no law times. */
  responseTimeBusinessDays?: number;
  /** A scheduled foreclosure sale. */
  saleDate?: IsoDate;
}

/** The date a period ends, counted the way the rule counts. */
export function countFrom(start: IsoDate, days: number, counting: Counting): IsoDate {
  return counting === "calendar" ? addCalendarDays(start, days) : addBusinessDays(start, days);
}

/** Whether the sale leaves at least `minDays` between the start and the sale date. */
function farEnoughFromSale(start: IsoDate, saleDate: IsoDate | undefined, minDays?: number) {
  return minDays === undefined || saleDate === undefined || saleDate <= start ||
    daysBetween(start, saleDate) >= minDays;
}

/** One rule's clock from `start`; a sale date can only bring a foreclosure-error answer forward. */
export function deadlineFor(ruleId: DeadlineRuleId, start: IsoDate, saleDate?: IsoDate): Deadline {
  const rule = deadlineRules[ruleId];
  let dueDate = rule.startDayCounts
    ? addCalendarDays(countFrom(start, rule.days, rule.counting), -1)
    : countFrom(start, rule.days, rule.counting);
  // "Prior to the date of a foreclosure sale or within 30 days ..., whichever is earlier."
  const beforeSale = rule.endsBeforeSale === true && saleDate !== undefined && saleDate > start &&
    saleDate <= dueDate;
  if (beforeSale) dueDate = addCalendarDays(saleDate!, -1);
  return {
    ruleId,
    kind: rule.kind,
    start,
    dueDate,
    days: rule.days,
    counting: rule.counting,
    citation: rule.citation,
    endsBeforeSale: rule.endsBeforeSale === true,
    beforeSale,
    extension: rule.extension
      ? {
        days: rule.extension.days,
        dueDate: countFrom(dueDate, rule.extension.days, rule.extension.counting),
        citation: rule.extension.citation,
      }
      : undefined,
    noExtensionCitation: rule.noExtensionCitation,
    scope: rule.scope,
  };
}

/**
 * Estimated clocks for a message the servicer receives on `received`: the topic's legal deadlines
 * that apply, else the servicer's own promise. Rules that apply only far enough before a sale
 * (1024.41(b)(2)(i)) are left out when the sale is closer; `saleThresholds` says what remains.
 */
export function deadlinesFor(
  categoryId: CategoryId,
  topicId: string,
  received: IsoDate,
  options: DeadlineOptions = {},
): Deadline[] {
  const topic = findTopic(categoryId, topicId);
  // 1024.35(f)(2): a foreclosure-error notice 7 or fewer days before the sale has no (d) or (e)
  // clock, only a good-faith attempt; saleThresholdsFor says so.
  if (topic?.foreclosureError && lateForSale(received, options.saleDate, "foreclosure-error-7")) {
    return [];
  }
  const ruleIds = topic?.deadlines ?? [];
  const list = ruleIds
    .filter((id) =>
      farEnoughFromSale(received, options.saleDate, deadlineRules[id].minDaysBeforeSale)
    )
    .map((id) => deadlineFor(id, received, options.saleDate));
  const days = options.responseTimeBusinessDays;
  if (ruleIds.length === 0 && days !== undefined) {
    list.push({
      ruleId: "servicer-response",
      kind: "deadline",
      start: received,
      dueDate: addBusinessDays(received, days),
      days,
      counting: "excluding-weekends-and-holidays",
      citation: "",
      endsBeforeSale: false,
      beforeSale: false,
      scope: [],
    });
  }
  return list;
}

/** Loss-mitigation protections keyed to how many days before a sale the application arrives. */
export const saleThresholdIds = ["acknowledgement-45", "decision-37", "appeal-90"] as const;
/** What a foreclosure-error notice gets depends on whether it arrives more than 7 days before. */
export type SaleThresholdId = typeof saleThresholdIds[number] | "foreclosure-error-7";

/** "45 days or more", "more than 37 days" and "90 days or more" before the sale (12 CFR 1024.41). */
const thresholdDays: Record<SaleThresholdId, number> = {
  "acknowledgement-45": deadlineRules["loss-mitigation-acknowledgement"].minDaysBeforeSale!,
  "decision-37": deadlineRules["loss-mitigation-decision"].minDaysBeforeSale!,
  // 1024.41(h)(1) times the complete application, not the appeal that starts the appeal's clock.
  "appeal-90": 90,
  // 1024.35(f)(2): "seven or fewer days before a foreclosure sale" loses (d) and (e).
  "foreclosure-error-7": 8,
};

/** Whether something received on `received` comes too close to a future sale for a threshold. */
function lateForSale(received: IsoDate, saleDate: IsoDate | undefined, id: SaleThresholdId) {
  return saleDate !== undefined && saleDate > received &&
    received > addCalendarDays(saleDate, -thresholdDays[id]);
}

export interface SaleThreshold {
  id: SaleThresholdId;
  saleDate: IsoDate;
  /** The last day an application (a complete one, except for the acknowledgement) can arrive. */
  lastDay: IsoDate;
  /** Whether a message received on the estimated day arrives in time. */
  met: boolean;
}

/**
 * For a topic that asks for loss mitigation, or asserts a foreclosure error, and a sale date in the
 * future: the last day for each protection, and whether a message arriving on `received` makes it
 * (1024.41(b)(3): loss-mitigation timelines are set by the day a complete application arrives;
 * 1024.35(f)(2): a foreclosure-error notice by the day it arrives).
 */
export function saleThresholdsFor(
  categoryId: CategoryId,
  topicId: string,
  received: IsoDate,
  saleDate: IsoDate | undefined,
): SaleThreshold[] {
  const topic = findTopic(categoryId, topicId);
  if (saleDate === undefined || saleDate <= received) return [];
  const ids: SaleThresholdId[] = topic?.lossMitigation
    ? [...saleThresholdIds]
    : topic?.foreclosureError
    ? ["foreclosure-error-7"]
    : [];
  return ids.map((id) => {
    const lastDay = addCalendarDays(saleDate, -thresholdDays[id]);
    return { id, saleDate, lastDay, met: !lateForSale(received, saleDate, id) };
  });
}
