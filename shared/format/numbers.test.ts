import { describe, expect, it } from 'vitest';
import { numberFormats } from './numbers';
import { pluralForm } from './plural';

// Intl separates Russian thousands with a no-break space; written plainly here.
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('number formats', () => {
  const ru = numberFormats('ru');
  const en = numberFormats('en');

  it('write scores with a decimal comma in Russian and always as a mean', () => {
    expect(ru.score(3.5)).toBe('3,5');
    expect(ru.score(4)).toBe('4,0');
    expect(ru.score(4.125)).toBe('4,13');
    expect(en.score(3.5)).toBe('3.5');
  });

  it('write the spread with its one symbol', () => {
    expect(ru.spread(0.4)).toBe('σ 0,4');
    expect(en.spread(0.456)).toBe('σ 0.46');
  });

  it('write money short, in the currency’s symbol', () => {
    expect(plain(ru.money(450_000_000, 'RUB'))).toBe('450 млн ₽');
    expect(plain(ru.money(1_250_000, 'RUB'))).toBe('1,3 млн ₽');
    expect(plain(ru.money(15_000, 'EUR'))).toBe('15 тыс. €');
    expect(en.money(450_000_000, 'RUB')).toBe('₽450M');
  });

  it('count people with the unit of the language', () => {
    expect(ru.people(25)).toBe('25 чел.');
    expect(plain(ru.people(1200))).toBe('1 200 чел.');
    expect(en.people(1)).toBe('1 person');
    expect(en.people(25)).toBe('25 people');
  });

  it('give each resource kind its unit, and nothing without an amount', () => {
    expect(plain(ru.resourceAmount({ kind: 'money', amount: 600_000_000, currency: 'RUB' }))).toBe('600 млн ₽');
    // A people line that kept a currency from an earlier kind is still people («Люди: 25 RUB» was the bug).
    expect(ru.resourceAmount({ kind: 'people', amount: 25, currency: 'RUB' })).toBe('25 чел.');
    expect(plain(ru.resourceAmount({ kind: 'land', amount: 12_500, currency: null }))).toBe('12 500');
    expect(ru.resourceAmount({ kind: 'equipment', amount: null, currency: null })).toBeNull();
  });

  it('add up money only when every line is in one currency', () => {
    const rub = (amount: number | null) => ({ kind: 'money' as const, amount, currency: 'RUB' });
    expect(plain(ru.moneyTotal([rub(300_000_000), rub(150_000_000), { kind: 'people', amount: 5, currency: null }]))).toBe('450 млн ₽');
    expect(ru.moneyTotal([rub(1), { kind: 'money', amount: 2, currency: 'EUR' }])).toBeNull();
    expect(ru.moneyTotal([rub(null)])).toBeNull();
    expect(ru.moneyTotal([])).toBeNull();
  });

  it('read numbers back as people type them in each language', () => {
    expect(ru.parse(' 450 000 000 ')).toBe(450_000_000);
    expect(ru.parse('450\u00a0000')).toBe(450_000);
    expect(ru.parse('2,5')).toBe(2.5);
    expect(en.parse('450,000,000')).toBe(450_000_000);
    expect(en.parse('2.5')).toBe(2.5);
    expect(ru.parse('')).toBeNull();
    expect(ru.parse('много')).toBeNaN();
    expect(ru.parse('1,2,3')).toBeNaN();
    // What the field shows is read back as the same number.
    expect(ru.parse(ru.decimal(1_234_567.5))).toBe(1_234_567.5);
    expect(en.parse(en.decimal(1_234_567.5))).toBe(1_234_567.5);
  });

  it('make each locale’s formats once', () => {
    expect(numberFormats('ru')).toBe(ru);
  });
});

describe('plural forms', () => {
  const votes = { one: 'голос', few: 'голоса', many: 'голосов', other: 'голоса' };
  it('follow Russian rules, teens included', () => {
    expect([1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => `${n} ${pluralForm('ru', n, votes)}`)).toEqual([
      '1 голос',
      '2 голоса',
      '5 голосов',
      '11 голосов',
      '12 голосов',
      '14 голосов',
      '21 голос',
      '22 голоса',
      '25 голосов',
      '101 голос',
      '111 голосов',
    ]);
    expect(pluralForm('ru', 1.5, votes)).toBe('голоса');
  });
  it('follow English rules', () => {
    const forms = { one: 'vote', other: 'votes' };
    expect([0, 1, 2].map((n) => pluralForm('en', n, forms))).toEqual(['votes', 'vote', 'votes']);
  });
});
