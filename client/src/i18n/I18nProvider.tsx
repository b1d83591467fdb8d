/**
 * Language of the UI: Russian or English, chosen from the browser on first visit, switchable,
 * remembered on this device. Every string comes from the dictionaries; dates and numbers are
 * formatted for the chosen locale.
 */
import * as i18n from '@solid-primitives/i18n';
import { createContext, createMemo, createSignal, useContext, type ParentProps } from 'solid-js';
import type { Locale } from '../../../shared/board/types';
import { en } from './en';
import { ru } from './ru';

const DICTIONARIES = { ru: i18n.flatten(ru), en: i18n.flatten(en as typeof ru) };
const STORAGE_KEY = 'stratboard.locale';

/** The browser's preferred supported language; Russian unless it prefers English. */
export function detectLocale(languages: readonly string[], stored: string | null): Locale {
  if (stored === 'ru' || stored === 'en') return stored;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'ru' || base === 'en') return base;
  }
  return 'ru';
}

function createI18n() {
  const [locale, setLocaleSignal] = createSignal<Locale>(detectLocale(navigator.languages ?? [navigator.language], readStored()));
  const dictionary = createMemo(() => DICTIONARIES[locale()]);
  const t = i18n.translator(dictionary, i18n.resolveTemplate);
  const setLocale = (next: Locale) => {
    setLocaleSignal(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  const formatDate = (value: number | string) =>
    new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(typeof value === 'string' ? new Date(value) : value);
  const formatDateTime = (value: number) => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(value);
  const formatNumber = (value: number) => new Intl.NumberFormat(locale()).format(value);
  createMemo(() => (document.documentElement.lang = locale()));
  return { locale, setLocale, t, formatDate, formatDateTime, formatNumber };
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export type I18n = ReturnType<typeof createI18n>;
const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps) {
  return <I18nContext.Provider value={createI18n()}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
