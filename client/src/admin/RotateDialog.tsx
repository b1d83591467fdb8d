/**
 * Replacing all four links of a board: first what that does to the people who have them, then
 * the new links, shown once with copy buttons (the server keeps only their hashes). A native
 * modal `<dialog>`, like DeleteDialog: a click beside it does not close it, so links shown
 * only once are not lost to a stray click.
 */
import { KeyRound } from 'lucide-solid';
import { createEffect, createSignal, For, Show } from 'solid-js';
import { ROLES } from '../../../shared/board/types';
import type { AdminBoard, RotatedLinks } from '../api/api';
import { useAdminI18n } from './useAdminI18n';
import { CopyButton } from '../ui/CopyButton';

interface RotateDialogProps {
  /** The board whose links to replace; null while closed. */
  board: AdminBoard | null;
  onConfirm: (board: AdminBoard) => Promise<RotatedLinks | null>;
  onClose: () => void;
}

export function RotateDialog(props: RotateDialogProps) {
  let dialog!: HTMLDialogElement;
  createEffect(() => {
    if (props.board && !dialog.open) dialog.showModal();
    if (!props.board && dialog.open) dialog.close();
  });
  return (
    <dialog ref={dialog} class="admin-dialog" data-dialog="rotate" aria-labelledby="admin-rotate-title" onClose={() => props.onClose()}>
      <Show when={props.board} keyed>
        {(board) => <RotateSteps board={board} onConfirm={props.onConfirm} close={() => dialog.close()} />}
      </Show>
    </dialog>
  );
}

function RotateSteps(props: { board: AdminBoard; onConfirm: RotateDialogProps['onConfirm']; close: () => void }) {
  const { t } = useAdminI18n();
  const [links, setLinks] = createSignal<RotatedLinks | null>(null);
  const [busy, setBusy] = createSignal(false);
  const title = props.board.title || t('admin.untitled');
  const rotate = async () => {
    setBusy(true);
    const next = await props.onConfirm(props.board);
    setBusy(false);
    if (!next) return props.close(); // the page's notice says why
    setLinks(next);
  };
  return (
    <Show
      when={links()}
      fallback={
        <>
          <h2 id="admin-rotate-title" class="admin-dialog-title">
            <KeyRound size="1em" class="glyph" aria-hidden="true" /> {t('admin.rotateTitle', { title })}
          </h2>
          <p class="admin-dialog-body">{t('admin.rotateWarning')}</p>
          <div class="admin-dialog-buttons">
            <button type="button" class="button secondary" onClick={() => props.close()}>
              {t('common.cancel')}
            </button>
            <button type="button" class="button primary" disabled={busy()} onClick={() => void rotate()}>
              {busy() ? t('admin.rotating') : t('admin.rotateConfirm')}
            </button>
          </div>
        </>
      }
    >
      {(fresh) => (
        <>
          <h2 id="admin-rotate-title" class="admin-dialog-title">
            {t('admin.rotatedTitle', { title })}
          </h2>
          <p class="admin-dialog-body">{t('admin.rotatedHint')}</p>
          <ul class="admin-new-links">
            <For each={ROLES}>
              {(role) => (
                <li data-role={role}>
                  <label>
                    <span>{t(`roles.${role}`)}</span>
                    <input class="link-input" readOnly value={fresh()[role]} onFocus={(e) => e.currentTarget.select()} />
                  </label>
                  <CopyButton text={fresh()[role]} label={`${t('common.copy')}: ${t(`roles.${role}`)}`} />
                </li>
              )}
            </For>
          </ul>
          <div class="admin-dialog-buttons">
            <button type="button" class="button primary" onClick={() => props.close()}>
              {t('common.close')}
            </button>
          </div>
        </>
      )}
    </Show>
  );
}
