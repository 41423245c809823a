import { useEffect, useRef, useState } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import { type CategoryId, categoryIds, type Lang } from "../inquiry/categories.ts";
import { catalog, type Topic, type TopicId } from "../inquiry/catalog.ts";
import type { FinderQuestion, FinderStep } from "../inquiry/category-finder.ts";
import { fieldLabel, formWords } from "../inquiry/i18n/form/index.ts";
import { Field } from "../ui/Field.tsx";
import { Radios } from "../ui/Radios.tsx";

interface Props {
  lang: Lang;
  category?: CategoryId;
  topic: string;
  errors: Record<string, string | undefined>;
  errorPrefix: string;
  chooseTopic: string;
  /** Each category's hint and the "Not sure?" words: props, so they reach the page as HTML. */
  help: UiStrings["widget"]["categoryHelp"];
  /** "Not sure?" as src/inquiry/category-finder.ts makes it when the page is built. */
  finder: Record<FinderQuestion, FinderStep>;
  onValue: (id: string, value: string) => void;
}

/** The id Radios gives a category's radio: the first radio's is the field's own. */
const radioId = (id: CategoryId) => id === categoryIds[0] ? "f-category" : `f-category-${id}`;

/**
 * "What is your message about?" as nine radios, each with a line on when to choose it; "Not
 * sure?" asks src/inquiry's questions and picks one; then the chosen category's topics.
 */
export function CategoryPicker(p: Props) {
  const w = formWords(p.lang);
  const h = p.help;
  const topics: readonly Topic<TopicId>[] = p.category ? catalog[p.category].topics : [];
  const [question, setQuestion] = useState<FinderQuestion>("goal");
  const [status, setStatus] = useState("");
  const details = useRef<HTMLDetailsElement>(null);
  const asked = useRef<HTMLParagraphElement>(null);
  // A follow-up question takes the focus, so it is read out; the first one is where focus was.
  useEffect(() => {
    if (question !== "goal") asked.current?.focus();
  }, [question]);

  const step = p.finder[question];
  const answer = (next: CategoryId | FinderQuestion) => {
    if (next in p.finder) return setQuestion(next as FinderQuestion);
    const category = next as CategoryId;
    p.onValue("category", category);
    setQuestion("goal");
    details.current!.open = false;
    const said = `${h.picked} ${w.categories[category]}`;
    // The same words again get a no-break space, so screen readers announce them again.
    setStatus((old) => old === said ? said + "\u00a0" : said);
    document.getElementById(radioId(category))?.focus();
  };

  return (
    <>
      <Radios
        name="category"
        legend={fieldLabel("category", p.lang)}
        error={p.errors.category}
        errorPrefix={p.errorPrefix}
        options={categoryIds.map((id) => ({
          value: id,
          label: w.categories[id],
          hint: h.hints[id],
        }))}
        value={p.category ?? ""}
        onValue={p.onValue}
      />
      <details class="not-sure" ref={details}>
        <summary>{h.notSure}</summary>
        <div role="group" aria-labelledby="not-sure-question">
          <p id="not-sure-question" class="question" tabIndex={-1} ref={asked}>
            {step.question}
          </p>
          <ul class="answers">
            {step.answers.map((a) => (
              <li key={`${question}-${a.next}`}>
                <button type="button" class="secondary" onClick={() => answer(a.next)}>
                  {a.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </details>
      <p role="status" class="visually-hidden">{status}</p>
      {p.category && (
        <Field
          id="topic"
          label={fieldLabel("topic", p.lang, p.category)}
          error={p.errors.topic}
          errorPrefix={p.errorPrefix}
          control="select"
          options={[
            { value: "", label: p.chooseTopic },
            ...topics.map((t) => ({ value: t.id, label: w.topics[t.id] })),
          ]}
          value={p.topic}
          onValue={p.onValue}
        />
      )}
    </>
  );
}
