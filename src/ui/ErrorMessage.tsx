export interface ErrorMessageProps {
  /** `<control id>-error`, which the control's aria-describedby names. */
  id: string;
  /** What is wrong, in the page's words; nothing is rendered without it. */
  message?: string;
  /** "Error:" in the page's language, visually hidden, read before the message. */
  prefix: string;
}

/** The inline error after a label and hint, with a visually hidden "Error:" for screen readers. */
export function ErrorMessage({ id, message, prefix }: ErrorMessageProps) {
  if (!message) return null;
  return (
    <p id={id} class="error-message">
      <span class="visually-hidden">{prefix}</span> {message}
    </p>
  );
}

/**
 * The ids a control is described by: `<id>-hint` when it has a hint, `<id>-error` when it has an
 * error, in that order (GOV.UK); undefined when neither.
 */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}
