import {
  catalog,
  type CategoryId,
  categoryIds,
  categoryNames,
  fieldLabel,
  type Lang,
} from "../inquiry/index.ts";
import { Field } from "./Field.tsx";
import { Radios } from "./Radios.tsx";

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
  return (
    <>
      <Radios
        name="category"
        legend={fieldLabel("category", p.lang)}
        error={p.errors.category}
        errorPrefix={p.errorPrefix}
        options={categoryIds.map((id) => ({ value: id, label: categoryNames[id][p.lang] }))}
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
            ...catalog[p.category].topics.map((t) => ({ value: t.id, label: t.name[p.lang] })),
          ]}
          value={p.topic}
          onValue={p.onValue}
        />
      )}
    </>
  );
}
