import { useEffect, useRef } from "preact/hooks";
import type { Problem } from "../inquiry/check.ts";
import type { Finding } from "../inquiry/guard.ts";

interface Props {
  title: string;
  /** The "Mask it" button's label: needed only where problems can carry a finding. */
  maskLabel?: string;
  /** What a check found, in form order; a problem with a finding offers "Mask it". */
  problems: (Omit<Problem, "field"> & { field: string })[];
  /** Changes each time the summary should take focus (every submit or mask). */
  focusKey: number;
  onMask?: (finding: Finding) => void;
}

/** Moves focus to a field and scrolls its label or legend into view, as GOV.UK does. */
function goTo(e: Event, field: string) {
  e.preventDefault();
  const control = document.getElementById(`f-${field}`);
  const label = control?.closest("fieldset")?.querySelector("legend") ??
    document.querySelector(`label[for="f-${field}"]`);
  label?.scrollIntoView();
  control?.focus({ preventScroll: true });
}

/** "There is a problem": focused on submit, one link per error, a Mask it button per finding. */
export function ErrorSummary(p: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [p.focusKey]);
  const mask = p.onMask;
  return (
    <div class="error-summary" ref={box} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{p.title}</h2>
      <ul>
        {p.problems.map(({ finding, ...i }, n) => (
          <li key={i.field + i.message + (finding?.start ?? "")}>
            <a
              id={`error-${n}`}
              href={`#f-${i.field}`}
              onClick={(e) =>
                goTo(e, i.field)}
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
  );
}
