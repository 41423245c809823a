import type { ComponentChildren } from "preact";
import { describedBy, ErrorMessage } from "./ErrorMessage.tsx";

export interface FieldProps {
  /** The field id; the control's id is `f-<id>`, which error summary links point at. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  value: string;
  onValue: (id: string, value: string) => void;
  control?: "input" | "textarea" | "select";
  options?: { value: string; label: string }[];
  /** Extra attributes for the control: type, inputmode, autocomplete, rows, class. */
  attrs?: Record<string, string | number>;
  children?: ComponentChildren;
}

/**
 * One labelled text input, text area or select, GOV.UK style: label, hint, error, control. The
 * control has no `name`: the form is never submitted, so nothing typed can end up in a URL.
 */
export function Field(p: FieldProps) {
  const id = `f-${p.id}`;
  const props = {
    id,
    value: p.value,
    "aria-describedby": describedBy(id, p.hint, p.error),
    "aria-invalid": p.error ? true : undefined,
    ...p.attrs,
  };
  const onInput = (e: Event) => p.onValue(p.id, (e.currentTarget as HTMLInputElement).value);
  return (
    <div class={p.error ? "field field-error" : "field"}>
      <label for={id}>{p.label}</label>
      {p.hint && <div id={`${id}-hint`} class="hint">{p.hint}</div>}
      <ErrorMessage id={`${id}-error`} message={p.error} prefix={p.errorPrefix} />
      {p.control === "select"
        ? (
          <select {...props} onChange={onInput}>
            {p.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        )
        : p.control === "textarea"
        ? <textarea {...props} onInput={onInput} />
        : <input type="text" {...props} onInput={onInput} />}
      {p.children}
    </div>
  );
}
