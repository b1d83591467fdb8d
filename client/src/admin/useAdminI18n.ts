/**
 * The page's translator with the console's own texts added under `admin.*`: the console's
 * dictionaries travel in its own chunk, so board pages never load them.
 */
import * as i18n from '@solid-primitives/i18n';
import { createMemo } from 'solid-js';
import type { Locale } from '../../../shared/board/types';
import type { Dictionary } from '../i18n/en';
import { useI18n } from '../i18n/I18nProvider';
import { type AdminDictionary, adminEn } from './texts/en';
import { adminRu } from './texts/ru';

type WithAdmin = Dictionary & { admin: AdminDictionary };
const ADMIN: Record<Locale, i18n.Flatten<{ admin: AdminDictionary }>> = {
  ru: i18n.flatten({ admin: adminRu }),
  en: i18n.flatten({ admin: adminEn }),
};

export function useAdminI18n() {
  const base = useI18n();
  const dictionary = createMemo(() => ({ ...base.dictionary(), ...ADMIN[base.locale()] }) as i18n.Flatten<WithAdmin>);
  return { ...base, t: i18n.translator(dictionary, i18n.resolveTemplate) };
}
