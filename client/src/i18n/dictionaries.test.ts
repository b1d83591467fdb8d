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

  it('use the same placeholders in both languages', () => {
    const flatRu = flat(russian);
    for (const [key, value] of Object.entries(flat(english))) expect(placeholders(flatRu[key]), key).toEqual(placeholders(value));
  });
});
