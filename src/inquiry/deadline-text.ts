import type { Lang } from "./categories.ts";
import { formatDate } from "./date-text.ts";
import { type DeadlineRuleId, deadlineRules } from "./deadline-rules.ts";
import type { Deadline, SaleThreshold } from "./deadlines.ts";
import { messageWords } from "./i18n/message/index.ts";

/** A clock in words. */
export interface DeadlineWords {
  /** The date, labelled estimated, and what the servicer must do. */
  line: string;
  /** Whether and how it can be extended, where the law says. */
  extension?: string;
  /** How its days are counted where that can move the date, and who the rule covers. */
  notes: string[];
}

export function describeDeadline(d: Deadline, lang: Lang): DeadlineWords {
  const w = messageWords(lang).deadlines;
  const values = {
    date: formatDate(d.dueDate, lang),
    period: w.period[d.counting](d.days),
    what: w.what[d.ruleId],
    cite: d.citation === "" ? "" : ` (${d.citation})`,
  };
  const line = d.kind === "protection"
    ? w.protectedUntil(values)
    : d.beforeSale
    ? w.dueBeforeSale(values)
    : w.due(values);
  const extension = d.extension
    ? w.extension({
      days: d.extension.days,
      date: formatDate(d.extension.dueDate, lang),
      citation: d.extension.citation,
    })
    : d.noExtensionCitation
    ? w.noExtension(d.noExtensionCitation)
    : undefined;
  const counting = d.counting === "servicer-business-days" ? w.counting[d.counting] : undefined;
  return {
    line,
    extension,
    notes: [...(counting ? [counting] : []), ...d.scope.map((id) => w.scope[id])],
  };
}

/** What a scheduled sale leaves of the servicer's duties, one sentence each. */
export function describeSaleThresholds(thresholds: SaleThreshold[], lang: Lang): string[] {
  if (thresholds.length === 0) return [];
  const w = messageWords(lang).deadlines.sale;
  const intro = thresholds[0].id === "foreclosure-error-7" ? w.errorIntro : w.intro;
  return [
    intro(formatDate(thresholds[0].saleDate, lang)),
    ...thresholds.map((t) => (t.met ? w.met : w.missed)[t.id](formatDate(t.lastDay, lang))),
  ];
}

/** A rule as a guide states it, without dates: its period, what it requires and who it covers. */
export interface RuleWords {
  /** "7 business days". */
  period: string;
  /** The rule, how its days are counted, and whether and how it can be extended. */
  sentence: string;
  /** Who the rule covers, where that is narrower than every borrower. */
  scope: string;
  citation: string;
  /** When the clock starts, and that any date counted from it is an estimate. */
  note: string;
}

export function describeRule(id: DeadlineRuleId, lang: Lang): RuleWords {
  const rule = deadlineRules[id];
  const w = messageWords(lang).deadlines;
  const period = w.period[rule.counting](rule.days);
  const extension = rule.extension
    ? w.extensionRule({ days: rule.extension.days, citation: rule.extension.citation })
    : rule.noExtensionCitation
    ? w.noExtension(rule.noExtensionCitation)
    : "";
  return {
    period,
    sentence: [w.rule[rule.kind](period, w.what[rule.id]), w.counting[rule.counting], extension]
      .filter(Boolean).join(" "),
    scope: rule.scope.map((scope) => w.scope[scope]).join(" "),
    citation: rule.citation,
    note: `${w.startsAt[rule.startsAt]} ${w.estimate}`,
  };
}
