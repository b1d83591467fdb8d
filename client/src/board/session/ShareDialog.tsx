/**
 * "Invite": the editor, expert and viewer links with QR codes, for a facilitator who did not
 * create the board (or lost the page). A link that cannot be shown again can be renewed here.
 */
import { Link } from 'lucide-solid';
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { CopyButton } from '../../ui/CopyButton';
import { JoinQrScreen } from '../../ui/JoinQrScreen';
import { QrCode } from '../../ui/QrCode';
import { useBoard } from '../BoardContext';
import { createShareLinks } from './createShareLinks';
import { DialogCloseButton } from '../../ui/DialogCloseButton';

const SHARED = ['editor', 'expert', 'viewer'] as const;

export function ShareDialog() {
  const { t } = useI18n();
  const board = useBoard();
  const share = createShareLinks(board.boardId, board.token);
  let dialog!: HTMLDialogElement;
  const open = () => {
    void share.load();
    dialog.showModal();
  };
  return (
    <>
      <button type="button" class="button secondary" onClick={open}>
        <Link size="1em" class="glyph" aria-hidden="true" /> <span class="label">{t('share.open')}</span>
      </button>
      <dialog ref={dialog} class="share-dialog" aria-labelledby="share-title">
        <h2 id="share-title">{t('share.title')}</h2>
        <Show when={share.error()}>
          <p class="error" role="alert">
            {share.error()}
          </p>
        </Show>
        <div class="link-grid">
          <For each={SHARED}>
            {(role) => (
              <div class="link-item" data-role={role}>
                <h3>{t(`roles.${role}`)}</h3>
                <Show when={share.links()?.[role]} fallback={<p class="muted">{share.links() ? t('share.unavailable') : t('common.loading')}</p>}>
                  {(link) => (
                    <>
                      <QrCode value={link()} label={t('home.qrFor', { role: t(`roles.${role}`) })} />
                      <input class="link-input" readOnly value={link()} aria-label={t(`roles.${role}`)} onFocus={(e) => e.currentTarget.select()} />
                      <CopyButton text={link()} label={`${t('common.copy')}: ${t(`roles.${role}`)}`} />
                      <Show when={role === 'editor'}>
                        <JoinQrScreen link={link()} title={board.state.meta.title} />
                      </Show>
                    </>
                  )}
                </Show>
                <button type="button" class="button secondary" onClick={() => void share.rotate(role)}>
                  {t('share.rotate')}
                </button>
              </div>
            )}
          </For>
        </div>
        <DialogCloseButton />
      </dialog>
    </>
  );
}
