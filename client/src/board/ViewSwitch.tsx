/** «Холст | Список»: the same board as a canvas or as columns of cards. */
import { useI18n } from '../i18n/I18nProvider';

export type BoardViewKind = 'canvas' | 'list';

export function ViewSwitch(props: { view: BoardViewKind; onChange: (view: BoardViewKind) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="view-switch" aria-label={t('canvas.view')}>
      {(['canvas', 'list'] as const).map((kind) => (
        <button type="button" aria-pressed={props.view === kind} onClick={() => props.onChange(kind)}>
          {t(`canvas.views.${kind}`)}
        </button>
      ))}
    </fieldset>
  );
}
