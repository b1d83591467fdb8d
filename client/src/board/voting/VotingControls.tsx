/** In the session bar while voting: votes left for participants; rules and reveal for facilitators. */
import { createSignal, Show } from 'solid-js';
import { readVotingRules, setVotesRevealed, setVotingRules } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { BallotCheck } from './BallotCheck';

export function VotingControls() {
  const { t } = useI18n();
  const board = useBoard();
  const rules = readVotingRules(board.sessionDoc);
  const [perParticipant, setPerParticipant] = createSignal(rules.perParticipant);
  const [maxPerCard, setMaxPerCard] = createSignal(rules.maxPerCard);
  const apply = () => {
    try {
      setVotingRules(board.sessionDoc, { perParticipant: perParticipant(), maxPerCard: maxPerCard() });
    } catch {
      // Out-of-range numbers are not stored; the inputs keep what was typed.
    }
  };
  return (
    <>
      <Show when={board.can.vote && board.ballot.ballot()}>
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
      <Show when={board.ballot.error()}>
        <span class="error" role="alert">
          {board.ballot.error()}
        </span>
      </Show>
      <Show when={board.can.runSession}>
        <label class="inline">
          {t('voting.perParticipant')}
          <input
            class="minutes"
            type="number"
            min="1"
            max="100"
            value={perParticipant()}
            onInput={(e) => setPerParticipant(Number(e.currentTarget.value))}
            onChange={apply}
          />
        </label>
        <label class="inline">
          {t('voting.maxPerCard')}
          <input
            class="minutes"
            type="number"
            min="1"
            max="100"
            value={maxPerCard()}
            onInput={(e) => setMaxPerCard(Number(e.currentTarget.value))}
            onChange={apply}
          />
        </label>
        <BallotCheck />
        <button
          type="button"
          class="button secondary"
          aria-pressed={board.state.session.votesRevealed}
          onClick={() => setVotesRevealed(board.sessionDoc, !board.state.session.votesRevealed)}
        >
          {board.state.session.votesRevealed ? t('voting.hide') : t('voting.reveal')}
        </button>
      </Show>
    </>
  );
}
