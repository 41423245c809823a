import { z } from "zod";
import { strings } from "../../i18n/index.ts";
import { deadlineRuleIds } from "../../inquiry/deadline-rules.ts";
import { describeRule } from "../../inquiry/rule-text.ts";
import "../../inquiry/i18n/all.ts";
import { guideComponent, type GuideContext } from "./types.ts";

/** The attributes of `<Deadline>`. */
export const deadlineAttributes = z.strictObject({
  /** Which legal deadline to state: an id from src/inquiry/deadline-rules.ts. */
  rule: z.enum(deadlineRuleIds),
});

/**
 * A legal deadline as the rules in src/inquiry state it, in the guide's language: its period, what
 * it requires, whom it covers, its citation, and that any date counted from it is an estimate.
 */
export function Deadline({ rule, lang }: z.output<typeof deadlineAttributes> & GuideContext) {
  const words = describeRule(rule, lang);
  return (
    <div class="deadline" role="note">
      <p class="deadline-days">{`${strings(lang).deadline.label}: ${words.period}`}</p>
      <p>{words.sentence}</p>
      {words.scope && <p>{words.scope}</p>}
      <p class="deadline-note">
        <cite>{words.citation}</cite>. {words.note}
      </p>
    </div>
  );
}

export const deadline = guideComponent({
  attributes: deadlineAttributes,
  render: Deadline,
  placement: "block",
  content: "none",
  usage: '<Deadline rule="…" />',
});
