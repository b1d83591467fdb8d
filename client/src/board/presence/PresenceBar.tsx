/**
 * Avatars of who is here: initials, colour, name and role (colour is never the only signal).
 * A room of sixty shows the first few (this person first) and "+N", which opens the whole list:
 * every avatar in the bar would push the top bar onto several lines.
 */
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { PopoverButton } from '../../ui/PopoverButton';
import { usePresence } from './PresenceContext';
import type { Peer } from './createPresence';
import { initials } from './initials';

/** Avatars shown in the bar before "+N". */
export const AVATARS_SHOWN = 6;

export function PresenceBar() {
  const { t } = useI18n();
  const presence = usePresence();
  const label = (peer: Peer) => `${peer.name}${peer.self ? ` (${t('presence.you')})` : ''} — ${t(`roles.${peer.role}`)}`;
  // With one more than fits, the last avatar itself takes the place "+1" would.
  const shown = () => (presence.peers().length <= AVATARS_SHOWN + 1 ? presence.peers() : presence.peers().slice(0, AVATARS_SHOWN));
  const hidden = () => presence.peers().length - shown().length;
  return (
    <ul class="presence" aria-label={t('presence.here')}>
      <For each={shown()}>
        {(peer) => (
          <li class="avatar" style={{ 'background-color': peer.color }} title={label(peer)} aria-label={label(peer)} data-peer={peer.name}>
            {initials(peer.name)}
          </li>
        )}
      </For>
      <Show when={hidden() > 0}>
        <li>
          <PopoverButton
            class="avatar avatar-more"
            label={t('presence.everyone', { count: presence.peers().length })}
            face={<>+{hidden()}</>}
            title={t('presence.everyone', { count: presence.peers().length })}
            popoverClass="presence-popover"
            placement="bottom-end"
          >
            <ul class="presence-list">
              <For each={presence.peers()}>
                {(peer) => (
                  <li data-peer={peer.name} title={label(peer)}>
                    <span class="avatar" style={{ 'background-color': peer.color }} aria-hidden="true">
                      {initials(peer.name)}
                    </span>
                    <span class="presence-who">
                      <span class="presence-name">
                        {peer.name}
                        {peer.self ? ` (${t('presence.you')})` : ''}
                      </span>
                      <span class="presence-role">{t(`roles.${peer.role}`)}</span>
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </PopoverButton>
        </li>
      </Show>
    </ul>
  );
}
