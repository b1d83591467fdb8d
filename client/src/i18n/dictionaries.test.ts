import * as i18n from '@solid-primitives/i18n';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';

const keys = (dict: object) => Object.keys(i18n.flatten(dict as Record<string, unknown>)).sort();

describe('dictionaries', () => {
  it('have the same keys in Russian and English, none empty', () => {
    expect(keys(ru)).toEqual(keys(en));
    for (const dict of [ru, en]) {
      for (const [key, value] of Object.entries(i18n.flatten(dict as Record<string, unknown>))) {
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (value: unknown) => (typeof value === 'string' ? [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort() : []);
    const flatRu = i18n.flatten(ru as Record<string, unknown>) as Record<string, unknown>;
    for (const [key, value] of Object.entries(i18n.flatten(en as Record<string, unknown>))) {
      expect(placeholders(flatRu[key]), key).toEqual(placeholders(value));
    }
  });
});
