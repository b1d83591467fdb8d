/**
 * The one way numbers read in the board's language, on the board, the projector, the slides
 * and the report alike: «3,5» and «4,13», «450 млн ₽», «25 чел.», «σ 0,4». Built on Intl; each
 * locale's formatters are made once.
 */
import type { Locale, Resource } from '../board/types';
import { pluralForm } from './plural';
import { SPREAD } from './spread';

export interface NumberFormats {
  /** A plain quantity, up to two decimals: «1 250», «2,75». */
  decimal(value: number): string;
  /** A mean score or mark, one or two decimals so that it always reads as a mean: «3,5», «4,0», «4,13». */
  score(value: number): string;
  /** The spread of experts' marks, with its symbol: «σ 0,4». */
  spread(sd: number): string;
  /** Money, short: «450 млн ₽», «1,3 млн ₽», «15 тыс. €»; "₽450M" in English. */
  money(amount: number, currency: string): string;
  /** A number of people: «25 чел.», "25 people". */
  people(count: number): string;
  /** A resource's amount in its kind's unit, or null when it has none. */
  resourceAmount(resource: Pick<Resource, 'kind' | 'amount' | 'currency'>): string | null;
  /**
   * A number as someone typed it in this language («450 000 000», «2,5»; "450,000,000", "2.5"):
   * null for an empty field, NaN for text that is not a number.
   */
  parse(text: string): number | null;
  /** The money a card's resources add up to, when all share one currency; otherwise null. */
  moneyTotal(resources: readonly Pick<Resource, 'kind' | 'amount' | 'currency'>[]): string | null;
}

const PEOPLE: Record<Locale, (count: number) => string> = {
  ru: () => 'чел.',
  en: (count) => pluralForm('en', count, { one: 'person', other: 'people' }),
};

function createFormats(locale: Locale): NumberFormats {
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const money = (amount: number, currency: string) => {
    let format = moneyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      });
      moneyFormats.set(currency, format);
    }
    return format.format(amount);
  };
  const people = (count: number) => `${whole.format(count)} ${PEOPLE[locale](count)}`;
  const resourceAmount: NumberFormats['resourceAmount'] = (resource) => {
    if (resource.amount === null) return null;
    if (resource.kind === 'money') return resource.currency ? money(resource.amount, resource.currency) : decimal.format(resource.amount);
    if (resource.kind === 'people') return people(resource.amount);
    return decimal.format(resource.amount);
  };
  const moneyTotal: NumberFormats['moneyTotal'] = (resources) => {
    const lines = resources.filter((resource) => resource.kind === 'money' && resource.amount !== null);
    const currency = lines[0]?.currency ?? null;
    if (lines.length === 0 || !currency || lines.some((line) => line.currency !== currency)) return null;
    return money(
      lines.reduce((sum, line) => sum + (line.amount ?? 0), 0),
      currency,
    );
  };
  // Russian groups thousands with spaces and marks decimals with a comma; English groups with commas.
  const parse = (text: string) => {
    const compact = text.replace(/[\s\u00a0\u202f]/g, '');
    if (compact === '') return null;
    const normal = locale === 'ru' ? compact.replace(',', '.') : compact.replace(/,/g, '');
    return /^-?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : Number.NaN;
  };
  return {
    decimal: (value) => decimal.format(value),
    parse,
    score: (value) => score.format(value),
    spread: (sd) => `${SPREAD[locale].symbol} ${score.format(sd)}`,
    money,
    people,
    resourceAmount,
    moneyTotal,
  };
}

const made = new Map<Locale, NumberFormats>();

/** The number formats of a locale (made once, then shared). */
export function numberFormats(locale: Locale): NumberFormats {
  let formats = made.get(locale);
  if (!formats) made.set(locale, (formats = createFormats(locale)));
  return formats;
}
