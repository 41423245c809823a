// Apart from the dictionaries: islands format the strings they are given and need nothing else
// from src/i18n.

/** Fills {placeholders} in a UI string. */
export function format(
  template: string,
  values: Record<string, string | number>,
): string {
  return template.replace(
    /\{(\w+)\}/g,
    (_, key: string) => String(values[key] ?? `{${key}}`),
  );
}
