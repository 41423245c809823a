import { useEffect, useRef } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import { isLang, type Lang, languageOf } from "../i18n/languages.ts";
import { fieldLabel, formWords } from "../inquiry/i18n/form/index.ts";
import type { shownFields, Values } from "./use-contact-form.ts";

/** One answer as the borrower will send it. */
export interface Answer {
  /** The field id: its Change link returns to the control `#f-<id>`. */
  id: string;
  /** The field's label, as the form shows it. */
  label: string;
  /** The answer in words (a category's name, not its id); "" when left empty. */
  value: string;
}

interface Props {
  answers: Answer[];
  /** The form's words (the heading, "Change", "Not given", the button). */
  t: UiStrings["widget"];
  /** The message is built and shown below: the build button's work is done. */
  built: boolean;
  /** A Change link: show the form again; the link then moves focus to that answer. */
  onChange: (id: string) => void;
  onBuild: () => void;
}

/**
 * GOV.UK's "Check your answers": what the message will be built from, each answer with a Change
 * link ("Change" on screen, "Change <label>" to a screen reader), then the step's one primary
 * action. Its heading takes focus when the step opens.
 */
export function CheckAnswers({ answers, t, built, onChange, onBuild }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="check-answers" aria-labelledby="check-title">
      <h2 id="check-title" tabIndex={-1} ref={heading}>{t.checkTitle}</h2>
      <dl class="summary-list">
        {answers.map((a) => (
          <div key={a.id}>
            <dt>{a.label}</dt>
            <dd class="lines">{a.value || t.notGiven}</dd>
            <dd>
              <a
                href={`#f-${a.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  onChange(a.id);
                }}
              >
                {t.change}
                <span class="visually-hidden">{` ${a.label}`}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      {!built && (
        <div class="actions">
          <button type="button" id="build" onClick={onBuild}>{t.build}</button>
        </div>
      )}
    </section>
  );
}

/** Each answer as "Check your answers" lists it, in the page's words, in form order. */
export function answersOf(
  values: Values,
  files: { name: string }[],
  { category, topic, shown }: ReturnType<typeof shownFields>,
  lang: Lang,
  t: UiStrings["widget"],
): Answer[] {
  const w = formWords(lang);
  const answers: Answer[] = shown.map((id) => ({
    id,
    label: fieldLabel(id, lang, category, topic),
    value: id === "category"
      ? category ? w.categories[category] : ""
      : id === "topic"
      ? topic ? w.topics[topic as keyof typeof w.topics] : ""
      : id === "attachments"
      ? files.map((f) => f.name).join("\n")
      : (values[id] ?? "").trim(),
  }));
  const msgLang = isLang(values.msgLang) ? values.msgLang : lang;
  return [...answers, { id: "msgLang", label: t.messageLang, value: languageOf(msgLang).name }];
}
