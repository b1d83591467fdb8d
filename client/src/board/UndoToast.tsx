/** After a deletion, a short-lived "Undo" offer (Ctrl+Z does the same). */
import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { useBoard } from './BoardContext';

export function UndoToast() {
  const { t } = useI18n();
  const board = useBoard();
  const [visible, setVisible] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      board.lastDeletion,
      () => {
        setVisible(true);
        clearTimeout(timer);
        timer = setTimeout(() => setVisible(false), 8000);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  return (
    <Show when={visible()}>
      <div class="toast" role="status">
        <span>{t('board.deleted')}</span>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            board.undo.undo();
            setVisible(false);
          }}
        >
          {t('common.undo')}
        </button>
      </div>
    </Show>
  );
}
