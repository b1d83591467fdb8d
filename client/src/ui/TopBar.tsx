import type { ParentProps } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';

/** The bar at the top of every page: the product name (a link home), then any extras, then the language. */
export function TopBar(props: ParentProps<{ class?: string }>) {
  const { t } = useI18n();
  return (
    <header class={`topbar ${props.class ?? ''}`}>
      <a class="brand" href="/">
        {t('app.name')}
      </a>
      {props.children}
      <LanguageSwitch />
    </header>
  );
}
