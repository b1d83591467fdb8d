/** The last line of a list cut to fit the screen: «+ ещё 3», so nothing is hidden without a word. */
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';

export function MoreLine(props: { count: number }) {
  const { t } = useI18n();
  return (
    <Show when={props.count > 0}>
      <li class="more-line">{t('presentation.more', { count: props.count })}</li>
    </Show>
  );
}
