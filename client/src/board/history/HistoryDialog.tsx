/**
 * "History" for facilitators (opened from their menu): the board's saved versions (automatic at each phase change,
 * saved by hand, kept before a restore), a form to save one, and Restore per version.
 */
import { createSignal, For, onMount, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { createHistory } from './createHistory';
import { RestoreToast } from './RestoreToast';
import './history.css';
import { DialogCloseButton } from '../../ui/DialogCloseButton';

/**
 * Mounted when first asked for, and opens then; `opener` receives the function that opens it
 * again, for the menu item that does.
 */
export function HistoryDialog(props: { opener: (open: () => void) => void }) {
  const { t, formatDateTime } = useI18n();
  const board = useBoard();
  const history = createHistory({
    boardId: board.boardId,
    token: board.token,
    doc: board.doc,
    undo: board.undo,
    beforeRestoreName: (name) => t('history.beforeRestore', { name }),
  });
  const [name, setName] = createSignal('');
  let dialog!: HTMLDialogElement;
  const open = () => {
    void history.refresh();
    dialog.showModal();
  };
  props.opener(open);
  onMount(open);
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await history.save(name().trim())) setName('');
  };
  const restore = async (version: Parameters<typeof history.restore>[0]) => {
    // Closed on success, so the restored board and the Undo offer are in view.
    if (await history.restore(version)) dialog.close();
  };
  return (
    <>
      <dialog ref={dialog} class="share-dialog history-dialog" aria-labelledby="history-title">
        <h2 id="history-title">{t('history.title')}</h2>
        <form class="history-save" onSubmit={save}>
          <label class="grow">
            {t('history.name')}
            <input value={name()} maxLength={120} placeholder={t('history.namePlaceholder')} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button primary" disabled={history.busy() || name().trim() === ''}>
            {t('history.save')}
          </button>
        </form>
        <Show when={history.error()}>
          <p class="error" role="alert">
            {t('history.failed', { message: history.error() })}
          </p>
        </Show>
        <Show when={history.unchangedSince()}>
          {(version) => (
            <p class="muted" role="status">
              {t('history.unchanged', { name: version().name })}
            </p>
          )}
        </Show>
        <Show when={history.versions()} fallback={<p class="muted">{t('common.loading')}</p>}>
          {(versions) => (
            <Show when={versions().length > 0} fallback={<p class="muted">{t('history.empty')}</p>}>
              <ol class="history-list" aria-label={t('history.list')}>
                <For each={versions()}>
                  {(version) => (
                    <li data-trigger={version.trigger}>
                      <div class="history-item">
                        <strong>{version.name}</strong>
                        <span class="muted">
                          {formatDateTime(version.createdAt)} · {t(`history.triggers.${version.trigger}`)}
                        </span>
                      </div>
                      <button
                        type="button"
                        class="button secondary"
                        disabled={history.busy() || !board.connection.synced()}
                        aria-label={t('history.restoreLabel', { name: version.name })}
                        onClick={() => void restore(version)}
                      >
                        {t('history.restore')}
                      </button>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
          )}
        </Show>
        <DialogCloseButton />
      </dialog>
      <RestoreToast history={history} />
    </>
  );
}
