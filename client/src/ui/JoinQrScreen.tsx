/**
 * "Show on the projector": a screen with only the participants' QR code, as large as the screen
 * allows (never under 400 px on a projector, never wider than a phone), and nothing else — so projecting it hands the room the editor link
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
    // As large as the screen leaves beside the title; on a projector never under 400 px, which a
    // back row can scan, and on a phone never wider than the screen.
    const fits = Math.min(window.innerWidth - 64, window.innerHeight - 200);
    setSize(Math.max(Math.min(400, window.innerWidth - 32), fits));
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
