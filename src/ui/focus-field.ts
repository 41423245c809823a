/**
 * Moves focus to a form control and scrolls its label (or its group's legend) into view, as
 * GOV.UK's error summary does, so the question is on screen with the answer.
 */
export function focusField(controlId: string): void {
  const control = document.getElementById(controlId);
  const label = control?.closest("fieldset")?.querySelector("legend") ??
    document.querySelector(`label[for="${controlId}"]`);
  label?.scrollIntoView();
  control?.focus({ preventScroll: true });
}
