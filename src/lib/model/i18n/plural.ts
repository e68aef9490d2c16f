/**
 * The form of a word that goes with a count, by CLDR's plural rules through Intl.PluralRules:
 * English and German have one and other; Polish one, few and many; Arabic zero, one, two, few,
 * many and other. A table gives the forms its language has; `other` is always there.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

export function plural(language: string, count: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
