import { useEffect, useState } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import type { Lang } from "../inquiry/categories.ts";
import type { IsoDate } from "../inquiry/dates.ts";
import { trackerWords } from "../inquiry/i18n/tracker/index.ts";
import { sendMethods, type TrackedMessage } from "../inquiry/tracker/record.ts";
import {
  applyUpdate,
  dateFields,
  type UpdateField,
  type UpdateInput,
  updateInputOf,
  type UpdateProblem,
} from "../inquiry/tracker/update.ts";
import { describedBy, ErrorMessage } from "../ui/ErrorMessage.tsx";
import { ErrorSummary } from "../ui/ErrorSummary.tsx";
import { SaveFailed } from "./SaveFailed.tsx";
import { type DesignatedAddress, emailNotAccepted } from "../inquiry/tracker/designated.ts";
import { EmailNotAccepted } from "../ui/EmailNotAccepted.tsx";

interface Props {
  message: TrackedMessage;
  today: IsoDate;
  lang: Lang;
  t: UiStrings["messages"];
  form: FormStrings;
  /** Keeps the message; false when the browser refused to store it. */
  onSave: (next: TrackedMessage) => boolean;
  designated: DesignatedAddress;
  /** Changes each time the card asks to record a mailing instead of an email. */
  mailAsked: number;
}

/** The GOV.UK error words the contact form already has. */
export type FormStrings = Pick<UiStrings["widget"], "errorTitle" | "errorPrefix">;

/**
 * GOV.UK form for the dates a borrower records; the core checks them, this only renders. What was
 * typed stays until it is stored (a refused save says so and keeps it).
 */
export function UpdateForm(
  { message, today, lang, t, form, onSave, designated, mailAsked }: Props,
) {
  const w = trackerWords(lang).update;
  const [input, setInput] = useState<UpdateInput>(() => updateInputOf(message));
  const [problems, setProblems] = useState<UpdateProblem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [saveFailed, setSaveFailed] = useState(0);
  // A fresh read of the same message (another tab wrote) keeps what is being typed.
  useEffect(() => setInput(updateInputOf(message)), [JSON.stringify(message)]);
  useEffect(() => {
    const marked = `${form.errorPrefix} `;
    const base = document.title.startsWith(marked)
      ? document.title.slice(marked.length)
      : document.title;
    document.title = problems.length ? marked + base : base;
  }, [problems]);
  const prefix = `f-${message.reference}-`;
  const errorOf = (field: UpdateField) => problems.find((p) => p.field === field)?.message;
  const set = (field: UpdateField, value: string) =>
    setInput((old) => ({ ...old, [field]: value }));
  const mailInstead = () => {
    set("method", "mail");
    document.getElementById(`${prefix}method-mail`)?.focus();
  };
  useEffect(() => {
    if (mailAsked > 0) mailInstead();
  }, [mailAsked]);
  const refusal = emailNotAccepted(message.category, input.method, designated);

  const text = (field: UpdateField, label: string, hint?: string) => {
    const id = prefix + field;
    const error = errorOf(field);
    // The browser's date picker where it has one; elsewhere a text box the core's parser reads.
    const date = (dateFields as readonly string[]).includes(field);
    return (
      <div class={error ? "field field-error" : "field"}>
        <label for={id}>{label}</label>
        {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
        <ErrorMessage id={`${id}-error`} prefix={form.errorPrefix} message={error} />
        <input
          type={date ? "date" : "text"}
          id={id}
          class="short"
          autocomplete="off"
          spellcheck={false}
          max={date ? today : undefined}
          value={input[field]}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? "true" : undefined}
          onInput={(e) => set(field, e.currentTarget.value)}
        />
      </div>
    );
  };

  const radios = (
    field: "method" | "outcome",
    legend: string,
    options: { value: string; label: string }[],
  ) => (
    <fieldset class="field" id={prefix + field}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div class="radio" key={o.value}>
          <input
            type="radio"
            id={`${prefix}${field}-${o.value || "none"}`}
            name={`${prefix}${field}`}
            value={o.value}
            checked={input[field] === o.value}
            onChange={() => set(field, o.value)}
          />
          <label for={`${prefix}${field}-${o.value || "none"}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );

  const submit = (e: Event) => {
    e.preventDefault();
    // A date input reads "" while what is typed is not a whole date: the core must hear it as a
    // date it cannot read, not as a field left empty.
    const typed = { ...input };
    for (const field of dateFields) {
      const control = document.getElementById(prefix + field) as HTMLInputElement | null;
      if (control?.validity.badInput) typed[field] = "?";
    }
    const result = applyUpdate(message, typed, { today, lang });
    if (result.ok) {
      setProblems([]);
      setSaveFailed(onSave(result.message) ? 0 : (n) => n + 1);
    } else {
      setProblems(result.problems);
      setFocusKey((k) => k + 1);
    }
  };

  return (
    <form noValidate onSubmit={submit}>
      {saveFailed > 0 && (
        <SaveFailed title={form.errorTitle} text={t.saveFailed} focusKey={saveFailed} />
      )}
      {problems.length > 0 && (
        <ErrorSummary
          title={form.errorTitle}
          problems={problems.map((p) => ({
            field: `${message.reference}-${p.field}`,
            message: p.message,
          }))}
          focusKey={focusKey}
        />
      )}
      <p class="hint">{t.updateHint}</p>
      {text("sentOn", w.fields.sentOn)}
      {radios(
        "method",
        w.fields.method,
        sendMethods.map((m) => ({ value: m, label: trackerWords(lang).method[m] })),
      )}
      <div aria-live="polite">
        {refusal && (
          <EmailNotAccepted
            lang={lang}
            refusal={refusal}
            address={designated}
            onMail={mailInstead}
          />
        )}
      </div>
      {text("tracking", w.fields.tracking)}
      {text("delivered", w.fields.delivered, w.fields.deliveredHint)}
      {text("acknowledged", w.fields.acknowledged)}
      {text("answered", w.fields.answered)}
      {radios("outcome", w.fields.outcome, [
        { value: "", label: w.fields.outcomeNotYet },
        { value: "resolved", label: w.fields.outcomeYes },
        { value: "not-resolved", label: w.fields.outcomeNo },
      ])}
      {text("outcomeOn", w.fields.outcomeOn)}
      <button type="submit">{t.save}</button>
    </form>
  );
}
