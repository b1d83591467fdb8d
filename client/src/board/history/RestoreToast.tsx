/** After a restore, a short-lived "Undo" offer (Ctrl+Z does the same). */
import { createEffect, on, onCleanup, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import type { History } from './createHistory';

/** Long enough to notice what changed on the board before deciding. */
const OFFER_MS = 15_000;

export function RestoreToast(props: { history: History }) {
  const { t } = useI18n();
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(props.history.restored, (restored) => {
      clearTimeout(timer);
      if (restored) timer = setTimeout(props.history.dismissRestored, OFFER_MS);
    }),
  );
  onCleanup(() => clearTimeout(timer));
  return (
    <Show when={props.history.restored()}>
      {(restored) => (
        <div class="toast" role="status">
          <span>{t('history.restored', { name: restored().version.name })}</span>
          <button type="button" class="button secondary" onClick={props.history.undoRestore}>
            {t('common.undo')}
          </button>
        </div>
      )}
    </Show>
  );
}
