import * as i18n from '@solid-primitives/i18n';
import { describe, expect, it } from 'vitest';
import { adminEn } from '../admin/texts/en';
import { adminRu } from '../admin/texts/ru';
import { en } from './en';
import { ru } from './ru';

const flat = (dict: object) => i18n.flatten(dict as Record<string, unknown>) as Record<string, unknown>;
const keys = (dict: object) => Object.keys(flat(dict)).sort();
const placeholders = (value: unknown) => (typeof value === 'string' ? [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort() : []);

describe.each([
  { name: 'the app', russian: ru, english: en },
  { name: 'the operator console', russian: adminRu, english: adminEn },
])('dictionaries of $name', ({ russian, english }) => {
  it('have the same keys in Russian and English, none empty', () => {
    expect(keys(russian)).toEqual(keys(english));
    for (const dict of [russian, english]) {
      for (const [key, value] of Object.entries(flat(dict))) {
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages, and phrases counted in both', () => {
    const flatRu = flat(russian);
    for (const [key, value] of Object.entries(flat(english))) {
      expect(placeholders(flatRu[key]), key).toEqual(placeholders(value));
      expect(typeof flatRu[key], key).toBe(typeof value);
    }
  });
});

describe('counted phrases', () => {
  it('agree with the number in Russian', () => {
    const total = ru.voting.total;
    expect([1, 2, 5, 11, 21, 22].map((count) => total({ count }))).toEqual(['1 голос', '2 голоса', '5 голосов', '11 голосов', '21 голос', '22 голоса']);
    expect([1, 3, 7].map((count) => ru.scoring.experts({ count }))).toEqual(['1 эксперт', '3 эксперта', '7 экспертов']);
    expect(ru.board.matches({ count: 1, total: 2 })).toBe('Подходит 1 из 2');
    expect(ru.board.matches({ count: 21, total: 30 })).toBe('Подходит 21 из 30');
    expect(ru.board.matches({ count: 3, total: 30 })).toBe('Подходят 3 из 30');
  });

  it('agree with the number in English', () => {
    expect([1, 2].map((count) => en.voting.total({ count }))).toEqual(['1 vote', '2 votes']);
    expect(en.scoring.experts({ count: 1 })).toBe('1 expert');
    expect(en.board.matches({ count: 1, total: 1 })).toBe('1 of 1 card matches');
  });
});
