import type { ComponentChildren } from "preact";
import { describedBy, ErrorMessage } from "./ErrorMessage.tsx";

export interface FieldProps {
  /** The field id; the control's id is `f-<id>`, which error summary links point at. */
  id: string;
  /** The question, in the page's words; "(optional)" already added where the field is. */
  label: string;
  /** Help under the label (`f-<id>-hint`), read with the control through aria-describedby. */
  hint?: string;
  /** The problem with the answer: marks the field, and is read with the control. */
  error?: string;
  /** The visually hidden prefix of the error, "Error:" in the page's language. */
  errorPrefix: string;
  /** What the borrower typed (or the chosen option's value). */
  value: string;
  /** Called on every keystroke or choice with the field id and the new value. */
  onValue: (id: string, value: string) => void;
  /** The kind of control; a text input by default. */
  control?: "input" | "textarea" | "select";
  /** The choices of a select, in order. */
  options?: { value: string; label: string }[];
  /** Extra attributes for the control: type, inputmode, autocomplete, rows, class. */
  attrs?: Record<string, string | number>;
  /** Shown after the control, inside the field (the summary's suggested guides). */
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
