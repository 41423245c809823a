import { type CategoryId, categoryIds, type Lang } from "../inquiry/categories.ts";
import { catalog, type Topic, type TopicId } from "../inquiry/catalog.ts";
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
  onValue: (id: string, value: string) => void;
}

/** "What is your message about?" as nine radios, then the chosen category's topics. */
export function CategoryPicker(p: Props) {
  const w = formWords(p.lang);
  const topics: readonly Topic<TopicId>[] = p.category ? catalog[p.category].topics : [];
  return (
    <>
      <Radios
        name="category"
        legend={fieldLabel("category", p.lang)}
        error={p.errors.category}
        errorPrefix={p.errorPrefix}
        options={categoryIds.map((id) => ({ value: id, label: w.categories[id] }))}
        value={p.category ?? ""}
        onValue={p.onValue}
      />
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
