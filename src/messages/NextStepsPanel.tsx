import { useState } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import type { Lang } from "../inquiry/categories.ts";
import { formatDate } from "../inquiry/date-text.ts";
import { messageWords } from "../inquiry/i18n/message/index.ts";
import { nextStepsWords } from "../inquiry/i18n/next-steps/index.ts";
import { complaintSummary, followUpMessage } from "../inquiry/tracker/follow-up.ts";
import { followUpTopic, nextStepLinks, type NextSteps } from "../inquiry/tracker/next-steps.ts";
import type { TrackedMessage } from "../inquiry/tracker/record.ts";

interface Props {
  message: TrackedMessage;
  steps: NextSteps;
  lang: Lang;
  t: UiStrings["messages"];
  servicerName: string;
  contactPath: string;
}

/** The next steps the core offers for a missed deadline or an unresolved answer, ready to copy. */
export function NextStepsPanel({ message, steps, lang, t, servicerName, contactPath }: Props) {
  const w = nextStepsWords(lang);
  const [copied, setCopied] = useState("");
  const followUp = followUpMessage(message, steps, lang);
  const complaint = complaintSummary(message, steps, { lang, servicerName });
  const copy = (key: string, text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setCopied(key),
      () => setCopied(`${key}-failed`),
    );
  const reason = steps.reason === "not-resolved" ? w.notResolved : steps.missed
    ? w.overdue(
      messageWords(lang).deadlines.what[steps.missed.deadline.ruleId],
      formatDate(steps.missed.dueDate, lang),
    )
    : "";
  const id = `next-${message.reference}`;
  const copyButton = (key: string, text: string) => (
    <>
      <button type="button" class="secondary" onClick={() => copy(key, text)}>{t.copy}</button>
      <span role="status">
        {copied === key ? t.copied : copied === `${key}-failed` ? t.copyFailed : ""}
      </span>
    </>
  );
  return (
    <section class="next-steps" aria-labelledby={id}>
      <h3 id={id}>{t.nextTitle}</h3>
      <p>{reason}</p>
      <ol>
        {steps.steps.map((step) => (
          <li key={step}>
            <h4>{w.steps[step]}</h4>
            <p>{w.stepHelp[step]}</p>
            {step === "follow-up" && (
              <>
                <p>
                  <strong>{t.followUpSubject}:</strong> {followUp.subject}
                </p>
                <pre class="copy-text">{followUp.body}</pre>
                {copyButton("follow-up", `${followUp.subject}\n\n${followUp.body}`)}
                <p>
                  <a
                    href={`${contactPath}?category=escalation&topic=${followUpTopic[steps.reason]}`}
                  >
                    {t.followUpLink}
                  </a>
                </p>
              </>
            )}
            {step === "cfpb-complaint" && (
              <>
                <pre class="copy-text">{complaint}</pre>
                {copyButton("complaint", complaint)}
              </>
            )}
            {nextStepLinks[step] && (
              <p>
                <a href={nextStepLinks[step]} rel="noopener noreferrer">{w.linkText[step]}</a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
