/**
 * Deleting a board, GitHub-style: the dialog names the board, lists what goes with it, offers
 * the export first, and deletes only once the operator has typed the board's title.
 *
 * A native modal `<dialog>`, as the board's own dialogs are: it traps focus, closes on Escape
 * and costs no script, so the board page's bundle does not share a chunk split with this page.
 */
import { Download, Trash2, TriangleAlert } from 'lucide-solid';
import { createEffect, createMemo, createSignal, Show } from 'solid-js';
import type { AdminBoard } from '../api/api';
import { useAdminI18n } from './useAdminI18n';
import { confirmationOf, formatBytes } from './boardList';

interface DeleteDialogProps {
  /** The board to delete; null while closed. */
  board: AdminBoard | null;
  onExport: (board: AdminBoard) => Promise<void>;
  onConfirm: (board: AdminBoard) => Promise<boolean>;
  onClose: () => void;
}

export function DeleteDialog(props: DeleteDialogProps) {
  let dialog!: HTMLDialogElement;
  createEffect(() => {
    if (props.board && !dialog.open) dialog.showModal();
    if (!props.board && dialog.open) dialog.close();
  });
  return (
    <dialog
      ref={dialog}
      class="admin-dialog"
      data-dialog="delete"
      aria-labelledby="admin-delete-title"
      aria-describedby="admin-delete-what"
      onClose={() => props.onClose()}
    >
      <Show when={props.board} keyed>
        {(board) => <DeleteForm board={board} onExport={props.onExport} onConfirm={props.onConfirm} close={() => dialog.close()} />}
      </Show>
    </dialog>
  );
}

function DeleteForm(props: { board: AdminBoard; close: () => void } & Pick<DeleteDialogProps, 'onExport' | 'onConfirm'>) {
  const { t, locale, formatNumber } = useAdminI18n();
  const [typed, setTyped] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const expected = confirmationOf(props.board);
  const matches = createMemo(() => typed().trim() === expected);
  const title = props.board.title || t('admin.untitled');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!matches() || busy()) return;
    setBusy(true);
    // Closed whatever the outcome: the page's notice says which board went, or why it did not.
    await props.onConfirm(props.board);
    setBusy(false);
    props.close();
  };
  return (
    <>
      <h2 id="admin-delete-title" class="admin-dialog-title">
        <TriangleAlert size="1em" class="glyph danger" aria-hidden="true" /> {t('admin.deleteTitle', { title })}
      </h2>
      <div id="admin-delete-what" class="admin-dialog-body">
        <p>{t('admin.deleteWarning')}</p>
        <ul class="admin-consequences">
          <li>{t('admin.deleteContent', { size: formatBytes(props.board.bytes, locale()) })}</li>
          <li>{t('admin.deleteVersions', { count: formatNumber(props.board.versions) })}</li>
          <li>{t('admin.deleteBallots', { count: formatNumber(props.board.participants) })}</li>
          <li>{t('admin.deleteLinks')}</li>
        </ul>
        <Show when={props.board.connections > 0}>
          <p class="admin-warning">{t('admin.deleteLive', { count: formatNumber(props.board.connections) })}</p>
        </Show>
      </div>
      <div class="admin-export-first">
        <span class="muted">{t('admin.deleteExportFirst')}</span>
        <button type="button" class="button secondary" onClick={() => void props.onExport(props.board)}>
          <Download size="1em" class="glyph" aria-hidden="true" /> {t('admin.export')}
        </button>
      </div>
      <form class="admin-confirm" onSubmit={submit}>
        <label>
          <span>
            {t('admin.deleteConfirmPrompt')} <code class="admin-expected">{expected}</code>
          </span>
          <input value={typed()} autofocus autocomplete="off" spellcheck={false} onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>
        <div class="admin-dialog-buttons">
          <button type="button" class="button secondary" onClick={() => props.close()}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="button danger-solid" disabled={!matches() || busy()}>
            <Trash2 size="1em" class="glyph" aria-hidden="true" /> {busy() ? t('admin.deleting') : t('admin.deleteConfirm')}
          </button>
        </div>
      </form>
    </>
  );
}
