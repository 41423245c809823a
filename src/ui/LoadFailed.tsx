import { useEffect, useRef } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";

/**
 * Shown when a part of the page that loads on use cannot be fetched: the borrower is offline
 * without a cached copy, or a deploy has replaced the files this page names. A reload fixes both.
 * Focused when it appears, as an error summary is.
 */
export function LoadFailed(
  { t }: {
    /** The title, the explanation and the reload link's text, in the page's language. */
    t: UiStrings["loadFailed"];
  },
) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div class="error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h2>{t.title}</h2>
        <p>{t.text}</p>
        <p>
          <a href={location.href}>{t.reload}</a>
        </p>
      </div>
    </div>
  );
}
