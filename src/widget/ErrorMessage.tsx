/** The inline error after a label and hint, with a visually hidden "Error:" for screen readers. */
export function ErrorMessage(
  { id, message, prefix }: { id: string; message?: string; prefix: string },
) {
  if (!message) return null;
  return (
    <p id={id} class="error-message">
      <span class="visually-hidden">{prefix}</span> {message}
    </p>
  );
}

/** The ids a control is described by: its hint and its error, when shown. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}
