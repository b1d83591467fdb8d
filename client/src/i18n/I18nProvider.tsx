/**
 * Language of the UI: Russian or English, chosen from the browser on first visit, switchable,
 * remembered on this device. Every string comes from the dictionaries; dates and numbers are
 * formatted for the chosen locale.
 */
import * as i18n from '@solid-primitives/i18n';
import { createContext, createMemo, createSignal, useContext, type ParentProps } from 'solid-js';
import type { Locale } from '../../../shared/board/types';
import type { Dictionary } from './en';

type Flat = ReturnType<typeof i18n.flatten<Dictionary>>;
/** Each language in a chunk of its own: a page loads only the one it shows (and another when asked for). */
const LOADERS: Record<Locale, () => Promise<Dictionary>> = {
  ru: () => import('./ru').then((module) => module.ru),
  en: () => import('./en').then((module) => module.en),
};
const loaded = new Map<Locale, Flat>();
const STORAGE_KEY = 'stratboard.locale';

/** Loads a language's dictionary (once); the page renders after the first one is in. */
export async function loadDictionary(locale: Locale): Promise<void> {
  if (!loaded.has(locale)) loaded.set(locale, i18n.flatten(await LOADERS[locale]()));
}

/** The language this browser starts in. */
export const initialLocale = (): Locale => detectLocale(navigator.languages ?? [navigator.language], readStored());

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
  const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale());
  const dictionary = createMemo(() => {
    const flat = loaded.get(locale());
    if (!flat) throw new Error(`the ${locale()} dictionary is not loaded (loadDictionary first)`);
    return flat;
  });
  const t = i18n.translator(dictionary, i18n.resolveTemplate);
  /** Switches once the language's dictionary is in (at once when it already is). */
  const setLocale = async (next: Locale) => {
    await loadDictionary(next);
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
  return { locale, setLocale, t, dictionary, formatDate, formatDateTime, formatNumber };
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
