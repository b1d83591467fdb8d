/**
 * The links of a new board, each with a copy button and a projector-sized QR code, and how
 * many initiatives it carried over from a past session.
 */
import { For, Show } from 'solid-js';
import { ROLES } from '../../../shared/board/types';
import type { CreatedBoard } from '../api/api';
import { useI18n } from '../i18n/I18nProvider';
import { CopyButton } from '../ui/CopyButton';
import { QrCode } from '../ui/QrCode';

export function BoardLinks(props: { board: CreatedBoard }) {
  const { t } = useI18n();
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
        <For each={ROLES}>
          {(role) => (
            <div class="link-item" data-role={role}>
              <h3>{t(`roles.${role}`)}</h3>
              <QrCode value={props.board.links[role]} label={t('home.qrFor', { role: t(`roles.${role}`) })} />
              <input class="link-input" readOnly value={props.board.links[role]} aria-label={t(`roles.${role}`)} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton text={props.board.links[role]} label={`${t('common.copy')}: ${t(`roles.${role}`)}`} />
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
