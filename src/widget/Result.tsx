import { useEffect, useRef, useState } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import type { CategoryId, Lang } from "../inquiry/categories.ts";
import type { Composed } from "../inquiry/compose.ts";
import { describeDeadline, describeSaleThresholds } from "../inquiry/deadline-text.ts";
import { messageWords } from "../inquiry/i18n/message/index.ts";
import { likelySendMethod } from "../inquiry/tracker/likely-method.ts";
import type { DesignatedAddress } from "../inquiry/tracker/designated.ts";
import { download } from "../ui/download.ts";
import { LoadFailed } from "../ui/LoadFailed.tsx";
import { onUse } from "../ui/load-on-use.ts";

type Files = typeof import("../inquiry/files.ts");

interface Props {
  composed: Composed;
  /** The page's language, for the deadlines and advice shown beside the message. */
  lang: Lang;
  t: UiStrings["widget"];
  loadFailedWords: UiStrings["loadFailed"];
  messagesPath: string;
  category: CategoryId;
  designated: DesignatedAddress;
}

/**
 * The built message: preview, copy, email app, .eml, print, reminder, deadlines and tone advice.
 * Loaded on the first valid submit, with the message dictionary it needs.
 */
export function Result(
  { composed: c, lang, t, loadFailedWords, messagesPath, category, designated }: Props,
) {
  const m = c.message;
  const r = m.recipient;
  const letter = r.kind === "letter";
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState("");
  const [Sent, setSent] = useState<typeof import("./SentForm.tsx")["SentForm"] | null>(null);
  const [sentFailed, setSentFailed] = useState(false);
  const [filesFailed, setFilesFailed] = useState(false);
  useEffect(() => heading.current?.focus(), [c]);
  // A repeated message gets a no-break space so screen readers announce it again.
  const say = (s: string) => setStatus((old) => old === s ? s + "\u00a0" : s);
  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(() => say(t.copied), () => say(t.copyFailed));
  /** Builds a file on the borrower's request: its builders load then, not with the message. */
  const save = (name: string, type: string, build: (files: Files) => string | undefined) =>
    onUse(import("../inquiry/files.ts")).then((files) => {
      setFilesFailed(false);
      download(name, type, build(files)!);
    }, () => setFilesFailed(true));
  const saleLines = describeSaleThresholds(m.saleThresholds, lang);
  const to = r.kind === "email" ? r.address : [r.name, r.attention, ...r.lines].join("\n");
  // One primary action: print a letter that must be mailed, else open the email app, else (a
  // message too long for a mailto link) copy it. The others follow as secondary buttons.
  const email = c.mailto && !c.mailto.tooLong && (
    <a class="button" href={c.mailto.url}>{t.openEmail}</a>
  );
  const printIt = (
    <button
      type="button"
      class={letter ? undefined : "secondary"}
      onClick={() => print()}
    >
      {letter ? t.printLetter : t.printMessage}
    </button>
  );
  const copyIt = (
    <button
      type="button"
      class={letter || email ? "secondary" : undefined}
      onClick={() => copy(m.body)}
    >
      {t.copyMessage}
    </button>
  );
  return (
    <section class={letter ? "result letter" : "result"} aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={heading}>{t.resultTitle}</h2>
      <p>{letter ? t.letterIntro : t.emailIntro}</p>
      <dl class="preview">
        <dt>{t.to}</dt>
        <dd class="lines">{to}</dd>
        <dt>{t.subject}</dt>
        <dd>{m.subject}</dd>
      </dl>
      <h3>{t.body}</h3>
      <div class="printable">
        {!letter && <p class="print-only lines">{`${t.to}: ${to}\n${t.subject}: ${m.subject}`}</p>}
        <pre>{m.body}</pre>
      </div>
      <div class="actions">{letter ? printIt : email || copyIt}</div>
      <div class="actions secondary-actions">
        {!letter && printIt}
        <button type="button" class="secondary" onClick={() => copy(m.subject)}>
          {t.copySubject}
        </button>
        {(letter || email) && copyIt}
        {c.email && (
          <button
            type="button"
            class="secondary"
            onClick={() => save(`${m.reference}.eml`, "message/rfc822", (f) => f.emlFile(c))}
          >
            {t.downloadEml}
          </button>
        )}
        {c.calendar && (
          <button
            type="button"
            class="secondary"
            onClick={() => save(`${m.reference}.ics`, "text/calendar", (f) => f.icsFile(c))}
          >
            {t.reminder}
          </button>
        )}
      </div>
      {filesFailed && <LoadFailed t={loadFailedWords} />}
      {c.mailto?.tooLong && <p class="notice">{t.tooLong}</p>}
      <p role="status">{status}</p>
      {/* A letter prints its deadlines on a page of their own, for the borrower to keep. */}
      <div class="records">
        {letter && <p class="print-only">{t.recordsNote}</p>}
        <h3>{t.deadlinesTitle}</h3>
        <p>{t.deadlinesNote}</p>
        {m.deadlines.length > 0 && (
          <ul>
            {m.deadlines.map((d) => {
              const { line, extension, notes } = describeDeadline(d, lang);
              return (
                <li key={d.ruleId}>{[line, extension, ...notes].filter(Boolean).join(" ")}</li>
              );
            })}
          </ul>
        )}
        {saleLines.length > 0 && (
          <>
            <p>{saleLines[0]}</p>
            <ul>
              {saleLines.slice(1).map((line) => <li key={line}>{line}</li>)}
            </ul>
          </>
        )}
      </div>
      {c.tone.length > 0 && (
        <>
          <h3>{t.toneTitle}</h3>
          <ul>
            {c.tone.map((h) => (
              <li key={h.kind}>
                {messageWords(lang).tone[h.kind]} {h.words && `(${h.words.join(", ")})`}
              </li>
            ))}
          </ul>
        </>
      )}
      <details
        class="sent"
        onToggle={(e) => {
          // The form that records the sending loads when the borrower comes to it.
          if (e.currentTarget.open && !Sent) {
            onUse(import("./SentForm.tsx")).then(
              (module) => {
                setSentFailed(false);
                setSent(() => module.SentForm);
              },
              () => setSentFailed(true),
            );
          }
        }}
      >
        <summary>{t.sentTitle}</summary>
        {sentFailed && <LoadFailed t={loadFailedWords} />}
        {Sent && (
          <Sent
            reference={m.reference}
            method={likelySendMethod(m)}
            lang={lang}
            t={t}
            messagesPath={messagesPath}
            category={category}
            designated={designated}
          />
        )}
      </details>
    </section>
  );
}
