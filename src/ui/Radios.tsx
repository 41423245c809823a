import { describedBy, ErrorMessage } from "./ErrorMessage.tsx";

export interface RadiosProps {
  /** The field name; the first radio's id is `f-<name>`, which error summary links point at. */
  name: string;
  /** The question, the fieldset's legend. */
  legend: string;
  /** Help under the legend (`f-<name>-hint`), read with the group through aria-describedby. */
  hint?: string;
  /** The problem with the choice: marks the group, and is read with it. */
  error?: string;
  /** The visually hidden prefix of the error, "Error:" in the page's language. */
  errorPrefix: string;
  /**
   * One radio each; `lang` marks a label in another language (a language's own name), `hint` says
   * when to choose it, under its label (GOV.UK radio item hints).
   */
  options: { value: string; label: string; lang?: string; hint?: string }[];
  /** The chosen value; "" when none is chosen. */
  value: string;
  /** Called with the group's name and the chosen value. */
  onValue: (name: string, value: string) => void;
}

/** A radio group in a fieldset: legend, hint, error, then one radio per option. */
export function Radios(p: RadiosProps) {
  const id = `f-${p.name}`;
  return (
    <div class={p.error ? "field field-error" : "field"}>
      <fieldset aria-describedby={describedBy(id, p.hint, p.error)}>
        <legend>{p.legend}</legend>
        {p.hint && <div id={`${id}-hint`} class="hint">{p.hint}</div>}
        <ErrorMessage id={`${id}-error`} message={p.error} prefix={p.errorPrefix} />
        {p.options.map((o, i) => {
          const rid = i ? `${id}-${o.value}` : id;
          return (
            <div class="radio" key={o.value}>
              <input
                type="radio"
                id={rid}
                name={p.name}
                value={o.value}
                checked={p.value === o.value}
                aria-describedby={o.hint && `${rid}-hint`}
                onChange={() => p.onValue(p.name, o.value)}
              />
              <label for={rid} lang={o.lang}>{o.label}</label>
              {o.hint && <div id={`${rid}-hint`} class="hint">{o.hint}</div>}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
