/**
 * Plural forms chosen by the language's own rules (Intl.PluralRules): Russian has one, few and
 * many («1 голос», «3 голоса», «5 голосов», «21 голос»), English one and other.
 */
import type { Locale } from '../board/types';

/** The words for each plural category a language uses; `other` is the fallback (and fractions). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, Intl.PluralRules>();

/** The form of a word that goes with `count`, e.g. `plural('ru', 3, {one: 'голос', few: 'голоса', many: 'голосов', other: 'голоса'})`. */
export function pluralForm(locale: Locale, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return forms[rule.select(count)] ?? forms.other;
}
