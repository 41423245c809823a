import { useState } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import type { Lang } from "../inquiry/categories.ts";
import { localDateOf } from "../inquiry/dates.ts";
import { loadTrackerWords, trackerWords } from "../inquiry/i18n/tracker/index.ts";
import type { CategoryId } from "../inquiry/categories.ts";
import { type DesignatedAddress, emailNotAccepted } from "../inquiry/tracker/designated.ts";
import { pageLang } from "../i18n/languages.ts";
import { type SendMethod, sendMethods } from "../inquiry/tracker/record.ts";
import { applyUpdate, updateInputOf, type UpdateProblem } from "../inquiry/tracker/update.ts";
import { putMessage } from "../inquiry/tracker/stored.ts";
import { changeStored, loadMessages } from "../ui/messages-storage.ts";
import { EmailNotAccepted } from "../ui/EmailNotAccepted.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";

// Loaded with this part, in the page's language (the build has every language).
if (typeof document !== "undefined") await loadTrackerWords(pageLang());

interface Props {
  reference: string;
  /** Email for a message, mail for a letter, until the borrower says otherwise. */
  method: SendMethod;
  lang: Lang;
  t: UiStrings["widget"];
  messagesPath: string;
  category: CategoryId;
  /** The profile's designated address: an email there may not count as a notice. */
  designated: DesignatedAddress;
}

/** On the result: the day and the way the message was sent, kept in My messages for its clocks. */
export function SentForm(
  { reference, method, lang, t, messagesPath, category, designated }: Props,
) {
  const w = trackerWords(lang);
  const [sentOn, setSentOn] = useState(() => localDateOf(new Date()));
  const [how, setHow] = useState<string>(method);
  const [tracking, setTracking] = useState("");
  const [problems, setProblems] = useState<UpdateProblem[]>([]);
  const [status, setStatus] = useState("");
  const error = (field: string) => problems.find((p) => p.field === field)?.message;
  // Fields this form shows; a problem with another (a stored date it conflicts with) is listed.
  const shownHere = ["sentOn", "tracking"];
  const elsewhere = problems.filter((p) => !shownHere.includes(p.field));
  const refusal = emailNotAccepted(category, how, designated);

  const save = (e: Event) => {
    e.preventDefault();
    const today = localDateOf(new Date());
    const message = loadMessages(today).messages.find((m) => m.reference === reference);
    if (!message) {
      setStatus(t.sentNotStored);
      return;
    }
    const result = applyUpdate(
      message,
      { ...updateInputOf(message), sentOn, method: how, tracking },
      { today, lang },
    );
    if (!result.ok) {
      setProblems(result.problems);
      const first = result.problems[0].field;
      document.getElementById(shownHere.includes(first) ? `f-sent-${first}` : "sent-problems")
        ?.focus();
      return;
    }
    setProblems([]);
    const kept = changeStored((stored) => putMessage(stored, result.message));
    const said = kept ? t.sentSaved : t.sentNotStored;
    setStatus((old) => old === said ? `${said}\u00a0` : said);
  };

  const text = (field: "sentOn" | "tracking", value: string, onValue: (v: string) => void) => {
    const id = `f-sent-${field}`;
    const message = error(field);
    return (
      <div class={message ? "field field-error" : "field"}>
        <label for={id}>{w.update.fields[field]}</label>
        {message && <ErrorMessage id={`${id}-error`} prefix={t.errorPrefix} message={message} />}
        <input
          type="text"
          id={id}
          class="short"
          autocomplete="off"
          value={value}
          aria-describedby={message ? `${id}-error` : undefined}
          aria-invalid={message ? "true" : undefined}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      </div>
    );
  };

  return (
    <form noValidate onSubmit={save}>
      <p>{t.sentIntro}</p>
      {elsewhere.length > 0 && (
        <div class="error-summary" id="sent-problems" tabIndex={-1}>
          <h2>{t.errorTitle}</h2>
          <ul>
            {elsewhere.map((p) => (
              <li key={p.field}>
                {p.message} <a href={messagesPath}>{t.myMessagesLink}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {text("sentOn", sentOn, setSentOn)}
      <fieldset class="field">
        <legend>{w.update.fields.method}</legend>
        {sendMethods.map((m) => (
          <div class="radio" key={m}>
            <input
              type="radio"
              id={`f-sent-method-${m}`}
              name="sent-method"
              value={m}
              checked={how === m}
              onChange={() => setHow(m)}
            />
            <label for={`f-sent-method-${m}`}>{w.method[m]}</label>
          </div>
        ))}
      </fieldset>
      <div aria-live="polite">
        {refusal && (
          <EmailNotAccepted
            lang={lang}
            refusal={refusal}
            address={designated}
            onMail={() => {
              setHow("mail");
              document.getElementById("f-sent-method-mail")?.focus();
            }}
          />
        )}
      </div>
      {text("tracking", tracking, setTracking)}
      <div class="actions">
        <button type="submit" class="secondary">{t.sentSave}</button>
        <a href={messagesPath}>{t.myMessagesLink}</a>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
