/**
 * For the facilitator while voting: how many identities hold votes, beside how many people who
 * may vote are on the board. One person joining several times through a shared link shows up
 * as more ballots than people, without anyone's ballot being revealed.
 */
import { createResource, onCleanup, Show } from 'solid-js';
import { canVote } from '../../../../shared/board/rules';
import { getBallotSummary } from '../../api/api';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { usePresence } from '../presence/PresenceContext';

const REFRESH_MS = 5000;

export function BallotCheck() {
  const { t } = useI18n();
  const board = useBoard();
  const presence = usePresence();
  const [summary, { refetch }] = createResource(() => getBallotSummary(board.boardId, board.token).catch(() => null));
  const timer = setInterval(() => void refetch(), REFRESH_MS);
  onCleanup(() => clearInterval(timer));
  const present = () =>
    new Set(
      presence
        .peers()
        .filter((peer) => canVote(peer.role) && peer.memberKey)
        .map((peer) => peer.memberKey),
    ).size;
  return (
    <Show when={summary()}>
      {(counts) => (
        <span class="ballot-check" role="status" data-suspicious={counts().withVotes > present() ? 'true' : 'false'}>
          {t('voting.ballots', { ballots: counts().withVotes, people: present(), votes: counts().votes })}
          <Show when={counts().withVotes > present()}>
            {' '}
            <strong>{t('voting.moreBallotsThanPeople')}</strong>
          </Show>
        </span>
      )}
    </Show>
  );
}
