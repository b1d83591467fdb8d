/**
 * The links of a new board, each with a copy button and a projector-sized QR code, and how
 * many initiatives it carried over from a past session. The facilitator's link and QR stay
 * hidden until asked for, so a projected page never hands the room the facilitator's role; the
 * projector gets its own screen with only the participants' QR code.
 */
import { Eye } from 'lucide-solid';
import { createSignal, For, Show } from 'solid-js';
import type { Role } from '../../../shared/board/types';
import type { CreatedBoard } from '../api/api';
import { useI18n } from '../i18n/I18nProvider';
import { CopyButton } from '../ui/CopyButton';
import { JoinQrScreen } from '../ui/JoinQrScreen';
import { QrCode } from '../ui/QrCode';

/** The links people get first, and the facilitator's (kept hidden) last. */
const ORDER: readonly Role[] = ['editor', 'expert', 'viewer', 'facilitator'];

export function BoardLinks(props: { board: CreatedBoard }) {
  const { t } = useI18n();
  const [facilitatorShown, showFacilitator] = createSignal(false);
  const shown = (role: Role) => role !== 'facilitator' || facilitatorShown();
  return (
    <section class="card-panel links" aria-labelledby="links-title">
      <h2 id="links-title">
        {t('home.linksTitle')}: {props.board.title}
      </h2>
      <Show when={props.board.carriedOver !== undefined}>
        <p role="status">{t('roadmap.carried', { count: props.board.carriedOver ?? 0 })}</p>
      </Show>
      <p class="muted">{t('home.linksHint')}</p>
      <div class="link-grid">
        <For each={ORDER}>
          {(role) => (
            <div class="link-item" data-role={role}>
              <h3>{t(`roles.${role}`)}</h3>
              <Show
                when={shown(role)}
                fallback={
                  <>
                    <p class="muted">{t('home.facilitatorHidden')}</p>
                    <button type="button" class="button secondary" onClick={() => showFacilitator(true)}>
                      <Eye size="1em" class="glyph" aria-hidden="true" /> {t('home.showFacilitator')}
                    </button>
                  </>
                }
              >
                <QrCode value={props.board.links[role]} label={t('home.qrFor', { role: t(`roles.${role}`) })} />
                <input class="link-input" readOnly value={props.board.links[role]} aria-label={t(`roles.${role}`)} onFocus={(e) => e.currentTarget.select()} />
                <CopyButton text={props.board.links[role]} label={`${t('common.copy')}: ${t(`roles.${role}`)}`} />
              </Show>
              <Show when={role === 'editor'}>
                <JoinQrScreen link={props.board.links.editor} title={props.board.title} />
              </Show>
            </div>
          )}
        </For>
      </div>
      <a class="button primary" href={props.board.links.facilitator}>
        {t('home.open')}
      </a>
    </section>
  );
}
