import { LOCALES, type Locale } from '../../../shared/board/types';
import { useI18n } from '../i18n/I18nProvider';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label class="language-switch">
      <span class="visually-hidden">{t('lang.label')}</span>
      <select aria-label={t('lang.label')} value={locale()} onChange={(e) => void setLocale(e.currentTarget.value as Locale)}>
        {LOCALES.map((code) => (
          <option value={code}>{t(`lang.${code}`)}</option>
        ))}
      </select>
    </label>
  );
}
