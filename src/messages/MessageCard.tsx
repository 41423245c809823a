import type { UiStrings } from "../i18n/ui/en.ts";
import { format } from "../i18n/format.ts";
import type { Lang } from "../inquiry/categories.ts";
import { formatDate } from "../inquiry/date-text.ts";
import type { IsoDate } from "../inquiry/dates.ts";
import { trackerWords } from "../inquiry/i18n/tracker/index.ts";
import {
  ASSUMED_MAIL_BUSINESS_DAYS,
  clockStart,
  describeClock,
  DUE_SOON_BUSINESS_DAYS,
  messageClocks,
} from "../inquiry/tracker/clocks.ts";
import { nextStepsFor } from "../inquiry/tracker/next-steps.ts";
import { plural } from "../inquiry/plural.ts";
import { topicNames, type TrackedMessage } from "../inquiry/tracker/record.ts";
import { remindersIcs } from "../inquiry/tracker/reminders.ts";
import { useRef, useState } from "preact/hooks";
import type { DesignatedAddress, DesignatedKind } from "../inquiry/tracker/designated.ts";
import { download } from "../ui/download.ts";
import { EmailNotAccepted } from "../ui/EmailNotAccepted.tsx";
import { NextStepsPanel } from "./NextStepsPanel.tsx";
import { type FormStrings, UpdateForm } from "./UpdateForm.tsx";

interface Props {
  message: TrackedMessage;
  today: IsoDate;
  lang: Lang;
  t: UiStrings["messages"];
  form: FormStrings;
  servicerName: string;
  responseTimeBusinessDays?: number;
  contactPath: string;
  /** Keeps the changed message; false when the browser refused to store it. */
  onChange: (next: TrackedMessage) => boolean;
  onRemove: () => void;
  /** The profile's designated address: an email there may not count as a notice. */
  designated: DesignatedAddress;
}

/** One message: a summary list, its clocks with status tags, next steps and what to record. */
export function MessageCard(p: Props) {
  const { message: m, lang, t } = p;
  const w = trackerWords(lang);
  const date = (d: string) => formatDate(d, lang);
  const clocks = messageClocks(m, p.today, {
    responseTimeBusinessDays: p.responseTimeBusinessDays,
    designated: p.designated,
  });
  const start = clockStart(m, p.designated);
  const update = useRef<HTMLDetailsElement>(null);
  const [mailAsked, setMailAsked] = useState(0);
  const startLine = start.kind === "not-sent"
    ? w.start.notSent
    : start.kind === "assumed"
    ? w.start.assumed(
      date(m.sent!.on),
      date(start.on),
      plural(lang, ASSUMED_MAIL_BUSINESS_DAYS, w.businessDays),
    )
    : start.kind === "received"
    ? w.start.received(date(start.on))
    : undefined;
  const steps = nextStepsFor(m, clocks);
  const ics = remindersIcs(m, clocks, { lang, now: new Date(), servicerName: p.servicerName });
  const id = `m-${m.reference}`;
  const rows: [string, string][] = [
    [t.reference, m.reference],
    [
      t.about,
      topicNames(m, lang).join(" – "),
    ],
    [t.made, date(m.created)],
    [
      t.sent,
      m.sent
        ? format(t.sentBy, { date: date(m.sent.on), method: w.method[m.sent.method] })
        : t.notSent,
    ],
    ...(m.sent?.tracking ? [[t.tracking, m.sent.tracking] as [string, string]] : []),
    [t.received, start.kind === "received" ? date(start.on) : t.receivedUnknown],
    [t.acknowledged, m.acknowledged ? date(m.acknowledged) : t.none],
    [t.answered, m.answered ? date(m.answered) : t.none],
    [
      t.outcome,
      m.outcome
        ? `${m.outcome.resolved ? t.resolved : t.notResolved} (${date(m.outcome.on)})`
        : t.none,
    ],
  ];
  return (
    <section class="message-card" aria-labelledby={id}>
      <h2 id={id}>{m.subject}</h2>
      <dl class="summary-list">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {startLine && <p>{startLine}</p>}
      {start.kind === "email-not-accepted" && (
        <EmailNotAccepted
          lang={lang}
          refusal={{ kind: m.category as DesignatedKind, citation: start.citation }}
          address={p.designated}
          noClocks
          onMail={() => {
            if (update.current) update.current.open = true;
            setMailAsked((n) => n + 1);
          }}
        />
      )}
      {clocks.length > 0 && (
        <>
          <h3>{t.clocksTitle}</h3>
          <ul class="clocks">
            {clocks.map((c) => (
              <li key={`${c.role}-${c.deadline.ruleId}`}>
                <strong class={`tag tag-${c.status}`}>
                  {format(w.status[c.status], {
                    days: plural(lang, DUE_SOON_BUSINESS_DAYS, w.businessDays),
                  })}
                </strong>{" "}
                <span class="clock-role">{w.role[c.role]}</span>:{" "}
                {format(c.role === "protection" ? t.clockUntil : t.clockDue, {
                  date: date(c.dueDate),
                })}
                <p class="clock-rule">
                  {describeClock(c, lang).join(" ")}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {steps && (
        <NextStepsPanel
          message={m}
          steps={steps}
          lang={lang}
          t={t}
          servicerName={p.servicerName}
          contactPath={p.contactPath}
        />
      )}
      <div class="actions">
        {ics && (
          <button
            type="button"
            class="secondary"
            onClick={() =>
              download(
                format(t.fileNames.reminders, { reference: m.reference }),
                "text/calendar",
                ics,
              )}
          >
            {t.reminders}
          </button>
        )}
        <button type="button" class="secondary" onClick={p.onRemove}>{t.remove}</button>
      </div>
      <details class="update" ref={update}>
        <summary>{t.update}</summary>
        <UpdateForm
          message={m}
          today={p.today}
          lang={lang}
          t={t}
          form={p.form}
          onSave={p.onChange}
          designated={p.designated}
          mailAsked={mailAsked}
        />
      </details>
    </section>
  );
}
