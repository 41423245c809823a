import { useEffect, useLayoutEffect, useReducer, useRef } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import { isLang, type Lang } from "../i18n/languages.ts";
import { type CategoryId, isCategoryId } from "../inquiry/categories.ts";
import { findTopic, formFields } from "../inquiry/catalog.ts";
import type { Problem } from "../inquiry/check.ts";
import type { Composed } from "../inquiry/compose.ts";
import { localDateOf } from "../inquiry/dates.ts";
import type { Finding } from "../inquiry/guard.ts";
import { loadMessageWords } from "../inquiry/i18n/message/index.ts";
import { loadFormWords } from "../inquiry/i18n/form/index.ts";
import { loadProblemWords } from "../inquiry/i18n/problem/index.ts";
import type { ServicerProfile } from "../inquiry/profile.ts";
import { LoadError, onUse } from "../ui/load-on-use.ts";
import { loadDraft, type PickedFile, saveDraft } from "./draft-storage.ts";

export type Values = Record<string, string>;
/** The result view, loaded with the checker. */
type ResultView = typeof import("./submit-parts.ts")["Result"];

export interface ContactFormState {
  /** What the borrower typed or chose, by field id; `msgLang` is the message's language. */
  values: Values;
  files: PickedFile[];
  /** What the last check found, in form order. */
  problems: Problem[];
  /** Bumped each time the error summary should take focus again. */
  focusKey: number;
  /** The form, or "Check your answers" once the answers pass the check. */
  step: "form" | "check";
  /** The control to focus when the form shows again (a Change link); a new key focuses again. */
  focus?: { id: string; key: number };
  result: { composed: Composed; category: CategoryId; View: ResultView } | null;
  /** The polite announcement (cleared, masked). */
  status: string;
  /** A part loaded on use (checker, message builder) could not be fetched. */
  loadFailed: boolean;
  /** Bumped to give the file input a fresh, empty element. */
  fileKey: number;
  /**
   * The summary as typed on this page, not from a restored draft: suggestions follow it, so
   * Pagefind loads only when the borrower types.
   */
  typedSummary: string;
  /** The draft has been restored: from then on, every change is kept. */
  restored: boolean;
}

/** A change of state: the fields that change, or a function of the state that gives them. */
export type ContactFormChange =
  | Partial<ContactFormState>
  | ((s: ContactFormState) => Partial<ContactFormState>);

export const initialState = (lang: Lang): ContactFormState => ({
  values: { msgLang: lang },
  files: [],
  problems: [],
  focusKey: 0,
  step: "form",
  result: null,
  status: "",
  loadFailed: false,
  fileKey: 0,
  typedSummary: "",
  restored: false,
});

/** The one reducer: applies a change (below, each a pure function tested without a browser). */
export const contactFormReducer = (s: ContactFormState, change: ContactFormChange) => ({
  ...s,
  ...typeof change === "function" ? change(s) : change,
});

// A repeated announcement gets a no-break space so screen readers say it again.
const announce = (old: string, text: string) => old === text ? `${text}\u00a0` : text;

/** A typed value; the summary as typed also drives the suggestions. */
export const typed = (id: string, value: string) => (s: ContactFormState) => ({
  values: { ...s.values, [id]: value },
  typedSummary: id === "summary" ? value : s.typedSummary,
});

/**
 * What a check found. Problems keep the borrower on the form with the error summary focused
 * (again on every submit); none moves on to "Check your answers", except after a mask, which
 * carries the masked values and stays on the form to say so.
 */
export const checked =
  (problems: Problem[], masked?: { values: Values; say: string }) =>
  (s: ContactFormState): Partial<ContactFormState> =>
    problems.length
      ? {
        values: masked?.values ?? s.values,
        problems,
        focusKey: s.focusKey + 1,
        step: "form",
        result: null,
      }
      : masked
      ? { values: masked.values, problems, status: announce(s.status, masked.say) }
      : { problems, step: "check" };

/** A Change link: back to the form, the built message dropped, focus on that answer. */
export const changeAnswer = (id: string) => (s: ContactFormState): Partial<ContactFormState> => ({
  step: "form",
  result: null,
  focus: { id, key: (s.focus?.key ?? 0) + 1 },
});

/** Start again: an empty form (a fresh file input), still kept as a draft, and said. */
export const cleared = (lang: Lang, say: string) => (s: ContactFormState): ContactFormState => ({
  ...initialState(lang),
  restored: true,
  fileKey: s.fileKey + 1,
  focusKey: s.focusKey,
  status: announce(s.status, say),
});

/**
 * The checker (zod, the inquiry schema, the sensitive-data guard) and the message builder are
 * needed only to submit, as GOV.UK forms validate on submit: they load when the borrower first
 * moves into the form, with the words of the page's problems.
 */
export function loadCheck(lang: Lang) {
  return onUse(
    Promise.all([import("./submit-parts.ts"), loadProblemWords(lang)]).then(([parts]) =>
      loaded = parts
    ),
  );
}
let loaded: typeof import("./submit-parts.ts") | undefined;
/** The submit parts once loaded: problems and the check step only exist after a check. */
export const submitParts = () => loaded;

/** The words of the message, in its language, and of the advice beside it, in the page's. */
function loadMessageLanguage(pageLanguage: Lang, messageLanguage: Lang) {
  return onUse(
    Promise.all([loadMessageWords(pageLanguage, messageLanguage), loadFormWords(messageLanguage)]),
  );
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

/** The fields shown for the chosen category and topic, and the valid category and topic. */
export function shownFields(values: Values) {
  const category = isCategoryId(values.category) ? values.category : undefined;
  const topic = category && findTopic(category, values.topic) ? values.topic : undefined;
  return { category, topic, shown: formFields(category, topic) };
}

/**
 * The contact form's state and what the borrower can do with it: type, continue to "Check your
 * answers", change an answer, build the message, mask what the guard found, start again. Keeps the
 * draft on every change and restores it (with `?category=&topic=`) after hydration.
 */
export function useContactForm(
  { lang, profile, t }: { lang: Lang; profile: ServicerProfile; t: UiStrings["widget"] },
) {
  const [state, dispatch] = useReducer<ContactFormState, ContactFormChange, Lang>(
    contactFormReducer,
    lang,
    initialState,
  );
  const form = useRef<HTMLFormElement>(null);
  const title = useRef("");
  const { values, files } = state;

  // Runs as soon as a change renders, not after paint: a reload straight after typing must not
  // lose the last keystrokes. Declared first so it skips the render before the draft is restored.
  useLayoutEffect(() => {
    if (!state.restored) return;
    const typed = files.length > 0 || Object.entries(values).some(([k, v]) => k !== "msgLang" && v);
    saveDraft(lang, typed ? { values, attachments: files } : undefined);
  }, [values, files]);

  // After hydration, before the browser paints again: the kept draft, then ?category=&topic=,
  // then anything typed into the server-rendered form while the script was loading.
  useLayoutEffect(() => {
    const draft = loadDraft(lang);
    const early = typedBeforeHydration(form.current);
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
    dispatch({
      values: { ...v, ...early.values },
      files: early.files.length ? early.files : draft.attachments,
      restored: true,
    });
  }, []);

  useEffect(() => {
    if (state.restored) {
      document.title = (state.problems.length ? `${t.errorPrefix} ` : "") + title.current;
    }
  }, [state.problems]);

  const { shown } = shownFields(values);
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
    void action().then(() => dispatch({ loadFailed: false }), (error: unknown) => {
      if (!(error instanceof LoadError)) throw error;
      dispatch({ loadFailed: true });
    });

  return {
    state,
    form,
    set: (id: string, value: string) => dispatch(typed(id, value)),
    setFiles: (files: PickedFile[]) => dispatch({ files }),
    /** "Continue": checks the answers; problems stay on the form, none lead to the check step. */
    submit: (e: Event) => {
      e.preventDefault();
      guarded(async () => {
        const r = await check(values, new Date());
        dispatch(checked(r.ok ? [] : r.problems));
      });
    },
    /** "Build the message" on the check step: checks again (the day may have turned), builds. */
    build: () =>
      guarded(async () => {
        const now = new Date();
        const r = await check(values, now);
        if (!r.ok) return dispatch(checked(r.problems));
        const msgLang = isLang(values.msgLang) ? values.msgLang : lang;
        const [{ composeInquiry, Result, recordBuilt }] = await Promise.all([
          loadCheck(lang),
          loadMessageLanguage(lang, msgLang),
        ]);
        const today = localDateOf(now);
        const composed = composeInquiry(r.inquiry, { profile, lang: msgLang, now, today });
        dispatch({ result: { composed, category: r.inquiry.category, View: Result } });
        recordBuilt(composed.message, r.inquiry, today);
      }),
    /** A Change link: back to the form, focus on that answer's control. */
    change: (id: string) => dispatch(changeAnswer(id)),
    mask: (f: Finding) =>
      guarded(async () => {
        const { mask } = await loadCheck(lang);
        const text = values[f.field] ?? "";
        const v = {
          ...values,
          [f.field]: text.slice(f.start, f.end) === f.text ? mask(text, f) : text,
        };
        const r = await check(v, new Date());
        dispatch(checked(r.ok ? [] : r.problems, { values: v, say: t.masked }));
        if (r.ok) document.getElementById("submit")?.focus();
      }),
    reset: () => {
      dispatch(cleared(lang, t.cleared));
      document.getElementById("f-fullName")?.focus();
    },
  };
}
