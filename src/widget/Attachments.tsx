import type { PickedFile } from "./draft-storage.ts";
import { describedBy, ErrorMessage } from "../ui/ErrorMessage.tsx";

interface Props {
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  selected: string;
  files: PickedFile[];
  onFiles: (files: PickedFile[]) => void;
}

/** Names the documents the borrower will attach in their own mail program; nothing is uploaded. */
export function Attachments(p: Props) {
  const id = "f-attachments";
  return (
    <div class={p.error ? "field field-error" : "field"}>
      <label for={id}>{p.label}</label>
      {p.hint && <div id={`${id}-hint`} class="hint">{p.hint}</div>}
      <ErrorMessage id={`${id}-error`} message={p.error} prefix={p.errorPrefix} />
      <input
        type="file"
        id={id}
        multiple
        accept=".pdf,.jpg,.jpeg,.png"
        aria-describedby={describedBy(id, p.hint, p.error)}
        onChange={(e) =>
          p.onFiles(
            [...e.currentTarget.files ?? []].map((f) => ({ name: f.name, type: f.type })),
          )}
      />
      {p.files.length > 0 && (
        <p class="hint">{p.selected} {p.files.map((f) => f.name).join(", ")}</p>
      )}
    </div>
  );
}
