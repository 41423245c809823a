/** The follow-up letter and the complaint summary a borrower can copy when a servicer falls short. */
import type { Lang } from "../categories.ts";
import { formatDate } from "../date-text.ts";
import { formWords } from "../i18n/form/index.ts";
import { messageWords } from "../i18n/message/index.ts";
import { trackerWords } from "../i18n/tracker/index.ts";
import { formatSubject, routingCategoryName, SUBJECT_LOAN } from "../subject.ts";
import { followUpTopic, type NextSteps } from "./next-steps.ts";
import type { TrackedMessage } from "./record.ts";

/** The loan number, read back from the subject line the message was sent with. */
function loanNumberOf(message: TrackedMessage): string {
  return new RegExp(`${SUBJECT_LOAN} (\\d+)`).exec(message.subject)?.[1] ?? "";
}

/** What the missed clock required, and by when, in words. */
function missedWords(steps: NextSteps, lang: Lang) {
  const clock = steps.missed;
  if (!clock) return undefined;
  return {
    what: messageWords(lang).deadlines.what[clock.deadline.ruleId],
    date: formatDate(clock.dueDate, lang),
    citation: clock.deadline.citation,
  };
}

/** A follow-up to the servicer citing the first message, its date and the missed deadline. */
export function followUpMessage(
  message: TrackedMessage,
  steps: NextSteps,
  lang: Lang,
): { subject: string; body: string } {
  const w = trackerWords(lang);
  const f = w.followUp;
  const sent = message.sent;
  const missed = missedWords(steps, lang);
  const lines = [
    ...(sent
      ? [f.sent({
        date: formatDate(sent.on, lang),
        method: w.method[sent.method],
        reference: message.reference,
        subject: message.subject,
      })]
      : []),
    ...(sent?.delivered ? [f.received(formatDate(sent.delivered, lang))] : []),
    ...(steps.reason === "not-resolved" && message.answered
      ? [f.notResolved(formatDate(message.answered, lang))]
      : []),
    ...(missed ? [missed.citation ? f.missed(missed) : f.missedOwn(missed)] : []),
    f.ask,
    ...(steps.missed?.deadline.extension ? [f.extension] : []),
    f.thanks,
  ];
  const subject = formatSubject({
    loanNumber: loanNumberOf(message),
    // The subject line names the category as servicers route on it, the topic in `lang`.
    categoryName: routingCategoryName("escalation"),
    topicName: formWords(lang).topics[followUpTopic[steps.reason]],
  });
  return { subject, body: lines.join("\n\n") };
}

/** The facts laid out the way the CFPB's complaint form asks for them, ready to copy. */
export function complaintSummary(
  message: TrackedMessage,
  steps: NextSteps,
  options: { lang: Lang; servicerName: string },
): string {
  const { lang } = options;
  const c = trackerWords(lang).complaint;
  const w = trackerWords(lang);
  const date = (d: string) => formatDate(d, lang);
  const missed = missedWords(steps, lang);
  const sent = message.sent;
  const happened = [
    ...(sent
      ? [c.sent({ date: date(sent.on), subject: message.subject, method: w.method[sent.method] })]
      : []),
    ...(sent?.delivered ? [c.received(date(sent.delivered))] : []),
    ...(message.acknowledged ? [c.acknowledged(date(message.acknowledged))] : []),
    ...(message.answered ? [c.answered(date(message.answered))] : []),
    ...(message.outcome?.resolved === false ? [c.notResolved(date(message.outcome.on))] : []),
    ...(missed
      ? [c.missed({
        ...missed,
        citation: missed.citation ? ` (${missed.citation})` : "",
      })]
      : []),
  ];
  const references = [
    c.reference(message.reference),
    ...(sent?.tracking ? [c.tracking(sent.tracking)] : []),
  ];
  return [
    `${c.company}: ${options.servicerName}`,
    "",
    c.happened,
    ...happened.map((line) => `- ${line}`),
    "",
    c.references,
    ...references.map((line) => `- ${line}`),
    "",
    c.want,
    c.wantText[steps.reason],
  ].join("\n");
}
