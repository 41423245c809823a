/** Counted phrases: the form a language's plural rules (CLDR, via Intl.PluralRules) pick for n. */

/** A counted phrase's forms by plural category; `other` is required, `{n}` is the count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "1 result", "2 results", "1 resultado", "0 resultados": the form for n, with n in figures. */
export function plural(lang: string, n: number, forms: PluralForms): string {
  return (forms[new Intl.PluralRules(lang).select(n)] ?? forms.other).replace("{n}", String(n));
}
