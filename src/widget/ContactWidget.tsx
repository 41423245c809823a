import "./widget.css";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { UiStrings } from "../i18n/en.ts";
import {
  type Attachment,
  closingFieldIds,
  commonFieldIds,
  type Composed,
  composeInquiry,
  type FieldId,
  fieldLabel,
  fields,
  type Finding,
  findSensitive,
  findTopic,
  formFields,
  guardMessages,
  isCategoryId,
  type Lang,
  localDateOf,
  mask,
  type ServicerProfile,
  type ToneHint,
  toneHints,
  validateInquiry,
} from "../inquiry/index.ts";
import { Attachments } from "./Attachments.tsx";
import { CategoryPicker } from "./CategoryPicker.tsx";
import { loadDraft, loadLog, type LogEntry, saveDraft, saveLog } from "./draft-storage.ts";
import { ErrorSummary, type Issue } from "./ErrorSummary.tsx";
import { Field } from "./Field.tsx";
import { MessageLog } from "./MessageLog.tsx";
import { Radios } from "./Radios.tsx";
import { Result } from "./Result.tsx";
import { Suggestions } from "./Suggestions.tsx";

interface Props {
  profile: ServicerProfile;
  /** The widget's UI strings in the page's language. */
  t: UiStrings["widget"];
}

type Values = Record<string, string>;

/** Control attributes by field kind: the kind comes from the catalog, the widget only renders it. */
function controlOf(id: FieldId): { control?: "textarea"; attrs: Record<string, string | number> } {
  const kind = fields[id].kind;
  if (kind?.type === "text" && kind.multiline) return { control: "textarea", attrs: { rows: 5 } };
  const attrs: Record<string, Record<string, string>> = {
    fullName: { autocomplete: "name" },
    loanNumber: { inputmode: "numeric", spellcheck: "false", autocomplete: "off" },
    propertyAddress: { autocomplete: "street-address" },
    email: { type: "email", autocomplete: "email", spellcheck: "false" },
    phone: { type: "tel", autocomplete: "tel" },
  };
  if (kind && kind.type !== "text") {
    return {
      attrs: {
        class: "short",
        autocomplete: "off",
        inputmode: kind.type === "amount" ? "decimal" : kind.type === "year" ? "numeric" : "text",
      },
    };
  }
  return { attrs: attrs[id] ?? {} };
}

/** The contact form: renders what src/inquiry decides, keeps the draft, builds the message. */
export default function ContactWidget({ profile, t }: Props) {
  const [lang, setLang] = useState<Lang | null>(null);
  const [values, setValues] = useState<Values>({});
  const [files, setFiles] = useState<Attachment[]>([]);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [result, setResult] = useState<{ c: Composed; hints: ToneHint[] } | null>(null);
  const [log, setLog] = useState<LogEntry[]>([]);
  const [status, setStatus] = useState("");
  const [fileKey, setFileKey] = useState(0);
  const title = useRef("");

  // Browser only: the page language, the kept draft and ?category=&topic= links from guides.
  useEffect(() => {
    const page: Lang = document.documentElement.lang.startsWith("es") ? "es" : "en";
    const draft = loadDraft();
    const v: Values = { msgLang: page, ...draft.values };
    const q = new URLSearchParams(location.search);
    const category = q.get("category");
    if (isCategoryId(category)) {
      const topic = q.get("topic") ?? "";
      if (findTopic(category, topic)) v.topic = topic;
      else if (v.category !== category) v.topic = "";
      v.category = category;
    }
    title.current = document.title;
    setValues(v);
    setFiles(draft.attachments);
    setLog(loadLog());
    setLang(page);
  }, []);

  // A layout effect runs as soon as the change renders, not after paint: a reload straight after
  // typing must not lose the last keystrokes.
  useLayoutEffect(() => {
    if (!lang) return;
    const typed = files.length > 0 || Object.entries(values).some(([k, v]) => k !== "msgLang" && v);
    saveDraft(typed ? { values, attachments: files } : undefined);
  }, [values, files]);

  useEffect(() => {
    if (lang) document.title = (issues.length ? `${t.errorPrefix} ` : "") + title.current;
  }, [issues]);

  if (!lang) return null;

  const category = isCategoryId(values.category) ? values.category : undefined;
  const topic = category && findTopic(category, values.topic) ? values.topic : undefined;
  const shown: FieldId[] = category && topic
    ? formFields(category, topic)
    : [...commonFieldIds, ...closingFieldIds];
  const texts = shown.filter((f) => !["category", "topic", "attachments"].includes(f));
  const errors: Record<string, string | undefined> = {};
  for (const i of [...issues].reverse()) errors[i.field] = i.message;

  const say = (s: string) => setStatus((old) => old === s ? s + "\u00a0" : s);
  const set = (id: string, value: string) => setValues((v) => ({ ...v, [id]: value }));
  const inOrder = (list: Issue[]) =>
    list.sort((a, b) => shown.indexOf(a.field as FieldId) - shown.indexOf(b.field as FieldId));
  const scan = (v: Values): Issue[] =>
    findSensitive(Object.fromEntries(texts.map((f) => [f, v[f]])), { loanNumber: v.loanNumber })
      .map((f) => ({
        field: f.field,
        message: `${fields[f.field as FieldId].label[lang]}: ${guardMessages[f.kind][lang]}`,
        finding: f,
      }));

  const submit = (e: Event) => {
    e.preventDefault();
    const input: Record<string, unknown> = { attachments: files };
    for (const f of texts) input[f] = values[f];
    input.category = values.category;
    input.topic = values.topic;
    const now = new Date();
    const today = localDateOf(now);
    const r = validateInquiry(input, { lang, today });
    const next = inOrder([...(r.ok ? [] : r.errors), ...scan(values)]);
    setIssues(next);
    if (!r.ok || next.length) {
      setResult(null);
      setFocusKey((k) => k + 1);
      return;
    }
    const c = composeInquiry(r.value, {
      profile,
      lang: values.msgLang === "es" ? "es" : "en",
      now,
      today,
    });
    const m = c.message;
    setResult({ c, hints: toneHints(`${r.value.summary}\n${r.value.details ?? ""}`) });
    const entry = {
      date: today,
      reference: m.reference,
      subject: m.subject,
      due: m.deadlines.map((d) => d.dueDate),
    };
    const nextLog = [entry, ...log.filter((x) => x.reference !== entry.reference)];
    setLog(nextLog);
    saveLog(nextLog);
  };

  const maskIt = (f: Finding) => {
    const text = values[f.field] ?? "";
    const v = {
      ...values,
      [f.field]: text.slice(f.start, f.end) === f.text ? mask(text, f) : text,
    };
    const next = inOrder([...issues.filter((i) => !i.finding), ...scan(v)]);
    setValues(v);
    setIssues(next);
    if (next.length) setFocusKey((k) => k + 1);
    else {
      say(t.masked);
      document.getElementById("submit")?.focus();
    }
  };

  const reset = () => {
    setValues({ msgLang: lang });
    setFiles([]);
    setFileKey((k) => k + 1);
    setIssues([]);
    setResult(null);
    say(t.cleared);
    document.getElementById("f-fullName")?.focus();
  };

  return (
    <div class="widget">
      <p role="status" class="visually-hidden">{status}</p>
      {issues.length > 0 && (
        <ErrorSummary
          title={t.errorTitle}
          maskLabel={t.maskIt}
          issues={issues}
          focusKey={focusKey}
          onMask={maskIt}
        />
      )}
      <form noValidate onSubmit={submit}>
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
                hint={fields[id].hint?.[lang]}
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
                hint={fields[id].hint?.[lang]}
                error={errors[id]}
                errorPrefix={t.errorPrefix}
                value={values[id] ?? ""}
                onValue={set}
                {...controlOf(id)}
              >
                {id === "summary" && (
                  <Suggestions query={values.summary ?? ""} one={t.guidesOne} many={t.guidesMany} />
                )}
              </Field>
            )
        )}
        <Radios
          name="msgLang"
          legend={t.messageLang}
          hint={t.messageLangHint}
          errorPrefix={t.errorPrefix}
          options={(["en", "es"] as const).map((l) => ({
            value: l,
            label: t.langNames[l],
            lang: l,
          }))}
          value={values.msgLang ?? lang}
          onValue={set}
        />
        <div class="actions">
          <button type="submit" id="submit">{t.submit}</button>
          <button type="button" class="secondary" onClick={reset}>{t.startAgain}</button>
        </div>
      </form>
      {result && <Result composed={result.c} hints={result.hints} lang={lang} t={t} />}
      <MessageLog
        log={log}
        t={t}
        onDelete={() => {
          setLog([]);
          saveLog([]);
          say(t.logDeleted);
        }}
      />
    </div>
  );
}
