/** «Холст | Список | Лист оценки»: the same board as a canvas or as columns of cards, and, while experts score, their sheet. */
import { For } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';

export type BoardViewKind = 'canvas' | 'list' | 'sheet';

export function ViewSwitch(props: { view: BoardViewKind; options: readonly BoardViewKind[]; onChange: (view: BoardViewKind) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="view-switch" aria-label={t('canvas.view')}>
      <For each={props.options}>
        {(kind) => (
          <button type="button" aria-pressed={props.view === kind} onClick={() => props.onChange(kind)}>
            {t(`canvas.views.${kind}`)}
          </button>
        )}
      </For>
    </fieldset>
  );
}
