/**
 * "Show on the projector": a screen with only the participants' QR code, as large as the screen
 * allows (never under 400 px), and nothing else — so projecting it hands the room the editor link
 * and no other (the link's key is in its fragment, too long to type off a screen anyway). Escape
 * or the button closes it.
 */
import { Projector } from 'lucide-solid';
import { createSignal } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { QrCode } from './QrCode';
import { DialogCloseButton } from './DialogCloseButton';

export function JoinQrScreen(props: { link: string; title: string }) {
  const { t } = useI18n();
  let dialog!: HTMLDialogElement;
  const [size, setSize] = createSignal(400);
  const open = () => {
    // As large as the screen leaves beside the title, never smaller than a back row can scan.
    setSize(Math.max(400, Math.min(window.innerWidth - 64, window.innerHeight - 200)));
    dialog.showModal();
  };
  return (
    <>
      <button type="button" class="button secondary" onClick={open}>
        <Projector size="1em" class="glyph" aria-hidden="true" /> {t('share.onProjector')}
      </button>
      <dialog ref={dialog} class="join-qr-screen" aria-labelledby="join-qr-title">
        <h2 id="join-qr-title">{props.title}</h2>
        <p class="join-qr-hint">{t('share.scanToJoin')}</p>
        <QrCode value={props.link} label={t('home.qrFor', { role: t('roles.editor') })} size={size()} />
        <DialogCloseButton />
      </dialog>
    </>
  );
}
