import { useEffect, useRef } from "preact/hooks";
import type { Finding } from "../inquiry/guard.ts";
import { focusField } from "./focus-field.ts";

/** One problem the summary lists: the field it is about and what to do, in the page's words. */
export interface SummaryProblem {
  /** The field's id: its link points at the control `#f-<field>`. */
  field: string;
  message: string;
  /** Sensitive data the guard found: the summary then offers to mask it (`onMask`). */
  finding?: Finding;
}

export interface ErrorSummaryProps {
  /** The heading, "There is a problem" in the page's language. */
  title: string;
  /** What a check found, in form order: one link per problem. */
  problems: SummaryProblem[];
  /** Changes each time the summary should take focus again (every submit or mask). */
  focusKey: number;
  /** The "Mask it" button's label: needed only where problems can carry a finding. */
  maskLabel?: string;
  /** Masks a finding; without it no "Mask it" button is shown. */
  onMask?: (finding: Finding) => void;
}

/**
 * GOV.UK's error summary: focused when it appears and on every new submit, announced (role
 * "alert"), one link per problem that moves focus to its field, "Mask it" beside a finding.
 */
export function ErrorSummary(p: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [p.focusKey]);
  const mask = p.onMask;
  return (
    <div class="error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h2>{p.title}</h2>
        <ul>
          {p.problems.map(({ finding, ...i }, n) => (
            <li key={i.field + i.message + (finding?.start ?? "")}>
              <a
                id={`error-${n}`}
                href={`#f-${i.field}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(`f-${i.field}`);
                }}
              >
                {i.message}
              </a>
              {finding && mask && (
                <button
                  type="button"
                  class="secondary"
                  aria-describedby={`error-${n}`}
                  onClick={() => mask(finding)}
                >
                  {p.maskLabel}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
