/**
 * A deadline rule as a guide states it, without dates: the `<Deadline>` box, rendered at build.
 * Its own module and dictionary (i18n/rule/), so the contact page's bundle carries neither.
 */
import type { Lang } from "./categories.ts";
import { type DeadlineRuleId, deadlineRules } from "./deadline-rules.ts";
import { messageWords } from "./i18n/message/index.ts";
import { ruleWords } from "./i18n/rule/index.ts";

/** A rule as a guide states it, without dates: its period, what it requires and who it covers. */
export interface RuleWords {
  /** "7 business days"; "before the sale date or 30 business days, whichever is earlier". */
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
  const r = ruleWords(lang);
  const days = w.period[rule.counting](rule.days);
  const period = rule.endsBeforeSale ? r.beforeSale.period(days) : days;
  const first = rule.endsBeforeSale
    ? r.beforeSale.rule(days, w.what[rule.id])
    : r.rule[rule.kind](days, w.what[rule.id]);
  const extension = rule.extension
    ? r.extension({ days: rule.extension.days, citation: rule.extension.citation })
    : rule.noExtensionCitation
    ? w.noExtension(rule.noExtensionCitation)
    : "";
  return {
    period,
    sentence: [first, w.counting[rule.counting], extension].filter(Boolean).join(" "),
    scope: [...rule.scope.map((scope) => w.scope[scope]), r.boxOnly[id]].filter(Boolean).join(" "),
    citation: rule.citation,
    note: `${r.startsAt[rule.startsAt]} ${r.estimate}`,
  };
}
