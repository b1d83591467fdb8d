/** The votes a participant has left, beside the phase in the top bar, why a vote failed, and that the reveal closed voting. */
import { Show } from 'solid-js';
import { isVotingOpen } from '../../../../shared/board/voting';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useVoting } from './VotingContext';

export function VotesLeft() {
  const { t } = useI18n();
  const board = useBoard();
  const voting = useVoting();
  return (
    <>
      <Show when={!isVotingOpen(board.state.session)}>
        <span class="badge" role="status">
          {t('voting.closed')}
        </span>
      </Show>
      <Show when={board.can.vote && isVotingOpen(board.state.session) && voting.ballot.ballot()}>
        {(ballot) => {
          // The facilitator may change the rules mid-vote: count against the live ones.
          const budget = () => board.state.session.votingRules.perParticipant;
          return (
            <span class="votes-left" role="status">
              {t('voting.left', { count: Math.max(0, budget() - ballot().used), budget: budget() })}
            </span>
          );
        }}
      </Show>
      <Show when={voting.ballot.error()}>
        <span class="error" role="alert">
          {voting.ballot.error()}
        </span>
      </Show>
    </>
  );
}
