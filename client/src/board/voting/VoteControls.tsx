/** On a shortlisted card while voting: my votes on it, with buttons to add or take one back. */
import { Show } from 'solid-js';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useVoting } from './VotingContext';

export function VoteControls(props: { card: Card }) {
  const { t } = useI18n();
  const board = useBoard();
  const voting = useVoting();
  const mine = () => voting.ballot.ballot()?.votes[props.card.id] ?? 0;
  const canAdd = () => {
    const ballot = voting.ballot.ballot();
    const rules = board.state.session.votingRules;
    return ballot !== null && ballot.used < rules.perParticipant && mine() < rules.maxPerCard;
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only keeps clicks on the buttons inside from opening the card
    // biome-ignore lint/a11y/useKeyWithClickEvents: the buttons inside handle keys themselves
    <div class="vote-controls" onClick={(e) => e.stopPropagation()} onPointerDown={(e) => e.stopPropagation()}>
      <button
        type="button"
        class="icon"
        aria-label={t('voting.remove', { title: props.card.title })}
        disabled={mine() === 0}
        onClick={() => void voting.ballot.vote(props.card.id, -1)}
      >
        −
      </button>
      <span class="my-votes" role="img" aria-label={t('voting.mine', { count: mine() })}>
        {'●'.repeat(mine())}
        <Show when={mine() === 0}>
          <span class="muted">0</span>
        </Show>
      </span>
      <button
        type="button"
        class="icon add-vote"
        aria-label={t('voting.add', { title: props.card.title })}
        disabled={!canAdd()}
        onClick={() => void voting.ballot.vote(props.card.id, 1)}
      >
        +
      </button>
    </div>
  );
}
