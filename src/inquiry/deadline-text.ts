import type { Lang } from "./categories.ts";
import { formatDate } from "./date-text.ts";
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
    period: w.period[d.counting](d.days) +
      (d.endsBeforeSale && !d.beforeSale ? w.orBeforeSale : ""),
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
