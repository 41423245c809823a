import "../ui/form.css";
import "./widget.css";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import { type CategoryId, isCategoryId } from "../inquiry/categories.ts";
import { type FieldId, fieldKinds, findTopic, formFields } from "../inquiry/catalog.ts";
import type { Problem } from "../inquiry/check.ts";
import type { Composed } from "../inquiry/compose.ts";
import { localDateOf } from "../inquiry/dates.ts";
import type { Finding } from "../inquiry/guard.ts";
import { fieldLabel, formWords, loadFormWords } from "../inquiry/i18n/form/index.ts";
import { loadMessageWords } from "../inquiry/i18n/message/index.ts";
import { loadProblemWords } from "../inquiry/i18n/problem/index.ts";
import type { ServicerProfile } from "../inquiry/profile.ts";
import { isLang, type Lang, languages, pageLang } from "../i18n/languages.ts";
import { Attachments } from "./Attachments.tsx";
import { CategoryPicker } from "./CategoryPicker.tsx";
import { loadDraft, type PickedFile, saveDraft } from "./draft-storage.ts";
import { ErrorSummary } from "../ui/ErrorSummary.tsx";
import { Field } from "../ui/Field.tsx";
import { LoadFailed } from "../ui/LoadFailed.tsx";
import { LoadError, onUse } from "../ui/load-on-use.ts";
import { Radios } from "../ui/Radios.tsx";
import { Suggestions } from "./Suggestions.tsx";

interface Props {
  /** The page's language: the server renders the form in it, and the island hydrates that HTML. */
  lang: Lang;
  profile: ServicerProfile;
  /** The widget's UI strings in the page's language. */
  t: UiStrings["widget"];
  loadFailedWords: UiStrings["loadFailed"];
  /** My messages in the page's language, where each built message is kept. */
  messagesPath: string;
}

type Values = Record<string, string>;
/** The result view, loaded with what builds the message on the first valid submit. */
type ResultView = typeof import("./result-parts.ts")["Result"];

/**
 * The checker (zod, the inquiry schema, the sensitive-data guard) is needed only to submit, as
 * GOV.UK forms validate on submit: it loads when the borrower first moves into the form.
 */
function loadCheck(lang: Lang) {
  return onUse(
    Promise.all([import("./submit-check.ts"), loadProblemWords(lang)]).then(([checker]) => checker),
  );
}

// The form is rendered in the page's words, so they load before the island hydrates: each page
// downloads only its own language's (the build has loaded every language).
if (typeof document !== "undefined") await loadFormWords(pageLang());

/** What builds and shows the result, with the words of the page's and the message's languages. */
function loadResult(pageLanguage: Lang, messageLanguage: Lang) {
  return onUse(
    Promise.all([
      import("./result-parts.ts"),
      loadMessageWords(pageLanguage, messageLanguage),
      loadFormWords(messageLanguage),
    ]).then(([parts]) => parts),
  );
}

/** HTML attributes for a field's control, by its kind; autocomplete where the browser can help. */
function controlOf(id: FieldId): { control?: "textarea"; attrs: Record<string, string | number> } {
  const kind = fieldKinds[id];
  if (kind.type === "text" && "multiline" in kind) {
    return { control: "textarea", attrs: { rows: 5 } };
  }
  const byKind: Partial<Record<typeof kind.type, Record<string, string>>> = {
    "loan-number": { inputmode: "numeric", spellcheck: "false", autocomplete: "off" },
    email: { type: "email", autocomplete: "email", spellcheck: "false" },
    phone: { type: "tel", autocomplete: "tel" },
    date: { class: "short", autocomplete: "off", inputmode: "text" },
    amount: { class: "short", autocomplete: "off", inputmode: "decimal" },
    year: { class: "short", autocomplete: "off", inputmode: "numeric" },
  };
  const byField: Partial<Record<FieldId, Record<string, string>>> = {
    fullName: { autocomplete: "name" },
    // A one-line field: "street-address" belongs on a multi-line one (HTML autofill), so the
    // browser offers the first line and the borrower adds the town and ZIP.
    propertyAddress: { autocomplete: "address-line1" },
  };
  return { attrs: { ...byKind[kind.type], ...byField[id] } };
}

/**
 * What the borrower typed or chose in the server-rendered form before it hydrated: hydration
 * keeps the DOM as it is, but the first render after it would write the state's empty values back.
 */
function typedBeforeHydration(
  form: HTMLFormElement | null,
): { values: Values; files: PickedFile[] } {
  const values: Values = {};
  let files: PickedFile[] = [];
  for (const control of form?.querySelectorAll("input, textarea, select") ?? []) {
    if (control instanceof HTMLInputElement && control.type === "file") {
      files = [...control.files ?? []].map((f) => ({ name: f.name, type: f.type }));
    } else if (control instanceof HTMLInputElement && control.type === "radio") {
      if (control.checked && !control.defaultChecked) values[control.name] = control.value;
    } else if (
      (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) &&
      control.value !== control.defaultValue
    ) values[control.id.replace(/^f-/, "")] = control.value;
  }
  return { values, files };
}

/** The contact form: renders what src/inquiry decides, keeps the draft, builds the message. */
export default function ContactWidget(
  { lang, profile, t, loadFailedWords, messagesPath }: Props,
) {
  const [values, setValues] = useState<Values>({ msgLang: lang });
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [result, setResult] = useState<
    { composed: Composed; category: CategoryId; View: ResultView } | null
  >(null);
  const [status, setStatus] = useState("");
  // A part loaded on use (checker, message builder) could not be fetched.
  const [loadFailed, setLoadFailed] = useState(false);
  const [fileKey, setFileKey] = useState(0);
  // Suggestions follow what is typed in the summary here, not a restored draft: Pagefind loads
  // only when the borrower types.
  const [typedSummary, setTypedSummary] = useState("");
  const title = useRef("");
  const restored = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  // Runs as soon as a change renders, not after paint: a reload straight after typing must not
  // lose the last keystrokes. Declared first so it skips the render before the draft is restored.
  useLayoutEffect(() => {
    if (!restored.current) return;
    const typed = files.length > 0 || Object.entries(values).some(([k, v]) => k !== "msgLang" && v);
    saveDraft(typed ? { values, attachments: files } : undefined);
  }, [values, files]);

  // After hydration, before the browser paints again: the kept draft, then ?category=&topic=,
  // then anything typed into the server-rendered form while the script was loading.
  useLayoutEffect(() => {
    const draft = loadDraft();
    const typed = typedBeforeHydration(form.current);
    const v: Values = { msgLang: lang, ...draft.values };
    const q = new URLSearchParams(location.search);
    const category = q.get("category");
    if (isCategoryId(category)) {
      const topic = q.get("topic");
      if (findTopic(category, topic)) v.topic = topic!;
      else if (v.category !== category) v.topic = "";
      v.category = category;
    }
    title.current = document.title;
    restored.current = true;
    setValues({ ...v, ...typed.values });
    setFiles(typed.files.length ? typed.files : draft.attachments);
  }, []);

  useEffect(() => {
    if (restored.current) {
      document.title = (problems.length ? `${t.errorPrefix} ` : "") + title.current;
    }
  }, [problems]);

  const w = formWords(lang);
  const category = isCategoryId(values.category) ? values.category : undefined;
  const topic = category && findTopic(category, values.topic) ? values.topic : undefined;
  const shown = formFields(category, topic);
  const errors: Record<string, string | undefined> = {};
  for (const p of [...problems].reverse()) errors[p.field] = p.message;

  const say = (s: string) => setStatus((old) => old === s ? s + "\u00a0" : s);
  const set = (id: string, value: string) => {
    setValues((v) => ({ ...v, [id]: value }));
    if (id === "summary") setTypedSummary(value);
  };
  /** What the form sends to the core: the fields it shows, and the files picked. */
  const inputOf = (v: Values) => ({
    ...Object.fromEntries(shown.map((f) => [f, v[f]])),
    attachments: files,
  });
  const check = async (v: Values, now: Date) => {
    const { checkInquiry } = await loadCheck(lang);
    return checkInquiry(inputOf(v), { lang, today: localDateOf(now) });
  };

  /** Runs an action that may load code on use; a failed load is shown, never left silent. */
  const guarded = (action: () => Promise<void>) =>
    action().then(() => setLoadFailed(false), (error: unknown) => {
      if (!(error instanceof LoadError)) throw error;
      setLoadFailed(true);
    });

  const submit = (e: Event) => {
    e.preventDefault();
    void guarded(buildMessage);
  };

  const buildMessage = async () => {
    const now = new Date();
    const r = await check(values, now);
    setProblems(r.ok ? [] : r.problems);
    if (!r.ok) {
      setResult(null);
      setFocusKey((k) => k + 1);
      return;
    }
    const msgLang = isLang(values.msgLang) ? values.msgLang : lang;
    const { composeInquiry, Result, recordBuilt } = await loadResult(lang, msgLang);
    const today = localDateOf(now);
    const composed = composeInquiry(r.inquiry, {
      profile,
      lang: msgLang,
      now,
      today,
    });
    setResult({ composed, category: r.inquiry.category, View: Result });
    recordBuilt(composed.message, r.inquiry, today);
  };

  const maskIt = (f: Finding) => void guarded(() => maskFinding(f));

  const maskFinding = async (f: Finding) => {
    const { mask } = await loadCheck(lang);
    const text = values[f.field] ?? "";
    const v = {
      ...values,
      [f.field]: text.slice(f.start, f.end) === f.text ? mask(text, f) : text,
    };
    const r = await check(v, new Date());
    setValues(v);
    setProblems(r.ok ? [] : r.problems);
    if (!r.ok) setFocusKey((k) => k + 1);
    else {
      say(t.masked);
      document.getElementById("submit")?.focus();
    }
  };

  const reset = () => {
    setValues({ msgLang: lang });
    setTypedSummary("");
    setFiles([]);
    setFileKey((k) => k + 1);
    setProblems([]);
    setResult(null);
    say(t.cleared);
    document.getElementById("f-fullName")?.focus();
  };

  return (
    <div class="widget">
      <p role="status" class="visually-hidden">{status}</p>
      {loadFailed && <LoadFailed t={loadFailedWords} />}
      {problems.length > 0 && (
        <ErrorSummary
          title={t.errorTitle}
          maskLabel={t.maskIt}
          problems={problems}
          focusKey={focusKey}
          onMask={maskIt}
        />
      )}
      <form
        noValidate
        onSubmit={submit}
        onFocusIn={() => void loadCheck(lang).catch(() => {})}
        ref={form}
      >
        {shown.map((id) =>
          id === "category"
            ? (
              <CategoryPicker
                key={id}
                lang={lang}
                category={category}
                topic={topic ?? ""}
                errors={errors}
                errorPrefix={t.errorPrefix}
                chooseTopic={t.chooseTopic}
                onValue={set}
              />
            )
            : id === "topic"
            ? null
            : id === "attachments"
            ? (
              <Attachments
                key={`${id}${fileKey}`}
                label={fieldLabel(id, lang)}
                hint={w.fields[id].hint}
                error={errors[id]}
                errorPrefix={t.errorPrefix}
                selected={t.selected}
                files={files}
                onFiles={setFiles}
              />
            )
            : (
              <Field
                key={id}
                id={id}
                label={fieldLabel(id, lang, category, topic)}
                hint={w.fields[id].hint}
                error={errors[id]}
                errorPrefix={t.errorPrefix}
                value={values[id] ?? ""}
                onValue={set}
                {...controlOf(id)}
              >
                {id === "summary" && (
                  <Suggestions query={typedSummary} lang={lang} found={t.guides} />
                )}
              </Field>
            )
        )}
        <Radios
          name="msgLang"
          legend={t.messageLang}
          hint={t.messageLangHint}
          errorPrefix={t.errorPrefix}
          options={languages.map((l) => ({
            value: l.code,
            label: l.name,
            lang: l.tag,
          }))}
          value={values.msgLang ?? lang}
          onValue={set}
        />
        <div class="actions">
          <button type="submit" id="submit">{t.submit}</button>
          <button type="button" class="secondary" onClick={reset}>{t.startAgain}</button>
        </div>
      </form>
      {result && (
        <result.View
          composed={result.composed}
          lang={lang}
          t={t}
          loadFailedWords={loadFailedWords}
          messagesPath={messagesPath}
          category={result.category}
          designated={profile.designatedAddress}
        />
      )}
      <p class="my-messages">
        {t.myMessagesNote} <a href={messagesPath}>{t.myMessagesLink}</a>
      </p>
    </div>
  );
}
