import { fieldLabel, formWords } from "../inquiry/i18n/form/index.ts";
import { describedBy, ErrorMessage } from "../ui/ErrorMessage.tsx";
import { useWords } from "../ui/words.ts";
import type { PickedFile } from "./draft-storage.ts";

interface Props {
  /** The problem with a picked file (its type, or data in its name). */
  error?: string;
  /** The files picked so far, named under the input. */
  files: PickedFile[];
  onFiles: (files: PickedFile[]) => void;
}

/** Names the documents the borrower will attach in their own mail program; nothing is uploaded. */
export function Attachments(p: Props) {
  const { lang, t } = useWords();
  const id = "f-attachments";
  const hint = formWords(lang).fields.attachments.hint;
  return (
    <div class={p.error ? "field field-error" : "field"}>
      <label for={id}>{fieldLabel("attachments", lang)}</label>
      {hint && <div id={`${id}-hint`} class="hint">{hint}</div>}
      <ErrorMessage id={`${id}-error`} message={p.error} prefix={t.errorPrefix} />
      <input
        type="file"
        id={id}
        multiple
        accept=".pdf,.jpg,.jpeg,.png"
        aria-describedby={describedBy(id, hint, p.error)}
        onChange={(e) =>
          p.onFiles(
            [...e.currentTarget.files ?? []].map((f) => ({ name: f.name, type: f.type })),
          )}
      />
      {p.files.length > 0 && (
        <p class="hint">{t.selected} {p.files.map((f) => f.name).join(", ")}</p>
      )}
    </div>
  );
}
