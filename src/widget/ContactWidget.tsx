import "../ui/form.css";
import "./widget.css";
import { useEffect } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import { type FieldId, fieldKinds } from "../inquiry/catalog.ts";
import type { FinderQuestion, FinderStep } from "../inquiry/category-finder.ts";
import { fieldLabel, formWords, loadFormWords } from "../inquiry/i18n/form/index.ts";
import type { ServicerProfile } from "../inquiry/profile.ts";
import { type Lang, languages, pageLang } from "../i18n/languages.ts";
import { Field } from "../ui/Field.tsx";
import { focusField } from "../ui/focus-field.ts";
import { LoadFailed } from "../ui/LoadFailed.tsx";
import { Radios } from "../ui/Radios.tsx";
import { Words } from "../ui/words.ts";
import { Attachments } from "./Attachments.tsx";
import { CategoryPicker } from "./CategoryPicker.tsx";
import { Suggestions } from "./Suggestions.tsx";
import { loadCheck, shownFields, submitParts, useContactForm } from "./use-contact-form.ts";

interface Props {
  /** The page's language: the server renders the form in it, and the island hydrates that HTML. */
  lang: Lang;
  profile: ServicerProfile;
  /** The widget's UI strings in the page's language. */
  t: UiStrings["widget"];
  loadFailedWords: UiStrings["loadFailed"];
  /** My messages in the page's language, where each built message is kept. */
  messagesPath: string;
  /** "Not sure?" for the category, made when the page is built (src/inquiry/category-finder.ts). */
  finder: Record<FinderQuestion, FinderStep>;
}

// The form is rendered in the page's words, so they load before the island hydrates: each page
// downloads only its own language's (the build has loaded every language).
if (typeof document !== "undefined") await loadFormWords(pageLang());

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

/** The contact form: renders what src/inquiry decides, keeps the draft, builds the message. */
export default function ContactWidget(
  { lang, profile, t, loadFailedWords, messagesPath, finder }: Props,
) {
  const { state, form, set, setFiles, submit, build, change, mask, reset } = useContactForm({
    lang,
    profile,
    t,
  });
  const { values, files, problems, result, step } = state;
  // A Change link: once the form shows again, its answer takes focus.
  useEffect(() => {
    if (state.focus && step === "form") focusField(`f-${state.focus.id}`);
  }, [state.focus]);

  const w = formWords(lang);
  const parts = submitParts();
  const fields = shownFields(values);
  const { category, topic, shown } = fields;
  const errors: Record<string, string | undefined> = {};
  for (const p of [...problems].reverse()) errors[p.field] = p.message;

  return (
    <Words.Provider value={{ lang, t }}>
      <div class="widget">
        <p role="status" class="visually-hidden">{state.status}</p>
        {state.loadFailed && <LoadFailed t={loadFailedWords} />}
        {parts && problems.length > 0 && step === "form" && (
          <parts.ErrorSummary
            title={t.errorTitle}
            maskLabel={t.maskIt}
            problems={problems}
            focusKey={state.focusKey}
            onMask={mask}
          />
        )}
        <form
          noValidate
          onSubmit={submit}
          onFocusIn={() => void loadCheck(lang).catch(() => {})}
          ref={form}
          hidden={step !== "form"}
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
                  help={t.categoryHelp}
                  finder={finder}
                  onValue={set}
                />
              )
              : id === "topic"
              ? null
              : id === "attachments"
              ? (
                <Attachments
                  key={`${id}${state.fileKey}`}
                  error={errors[id]}
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
                  {id === "summary" && <Suggestions query={state.typedSummary} />}
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
        {parts && step === "check" && (
          <parts.CheckAnswers
            answers={parts.answersOf(values, files, fields, lang, t)}
            t={t}
            built={result !== null}
            onChange={change}
            onBuild={build}
          />
        )}
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
    </Words.Provider>
  );
}
