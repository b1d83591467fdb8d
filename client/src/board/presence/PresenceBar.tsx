/** Avatars of who is here: initials, colour, name and role (colour is never the only signal). */
import { For } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');

export function PresenceBar() {
  const { t } = useI18n();
  const { presence } = useBoard();
  return (
    <ul class="presence" aria-label={t('presence.here')}>
      <For each={presence.peers()}>
        {(peer) => {
          const label = () => `${peer.name}${peer.self ? ` (${t('presence.you')})` : ''} — ${t(`roles.${peer.role}`)}`;
          return (
            <li class="avatar" style={{ 'background-color': peer.color }} title={label()} aria-label={label()} data-peer={peer.name}>
              {initials(peer.name)}
            </li>
          );
        }}
      </For>
    </ul>
  );
}
