/** The facilitator's voting controls: the rules (a drop-down panel, with the ballot check) and the reveal, which closes voting. */
import { Eye, EyeOff } from 'lucide-solid';
import { createSignal, Show } from 'solid-js';
import { readVotingRules, setVotesRevealed, setVotingRules } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { Disclosure } from '../../ui/Disclosure';
import { Hint } from '../../ui/Hint';
import { useBoard } from '../BoardContext';
import { BallotCheck } from './BallotCheck';

export function VotingFacilitation() {
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
  const revealed = () => board.state.session.votesRevealed;
  return (
    <>
      <Disclosure class="voting-rules" summary={t('voting.rules')}>
        <RuleInput label={t('voting.perParticipant')} value={perParticipant()} onInput={setPerParticipant} onChange={apply} />
        <RuleInput label={t('voting.maxPerCard')} value={maxPerCard()} onInput={setMaxPerCard} onChange={apply} />
        <BallotCheck />
      </Disclosure>
      {/* The reveal closes voting and hiding reopens it (isVotingOpen): the hint says so before the click. */}
      <Hint label={revealed() ? t('voting.hideHint') : t('voting.revealHint')}>
        <button type="button" class="button secondary" aria-pressed={revealed()} onClick={() => setVotesRevealed(board.sessionDoc, !revealed())}>
          <Show when={revealed()} fallback={<Eye size="1em" class="glyph" aria-hidden="true" />}>
            <EyeOff size="1em" class="glyph" aria-hidden="true" />
          </Show>{' '}
          {revealed() ? t('voting.hide') : t('voting.reveal')}
        </button>
      </Hint>
    </>
  );
}

/** One voting rule: a whole number of votes, 1 to 100, stored when the field is left. */
function RuleInput(props: { label: string; value: number; onInput: (value: number) => void; onChange: () => void }) {
  return (
    <label>
      {props.label}
      <input
        class="minutes"
        type="number"
        min="1"
        max="100"
        value={props.value}
        onInput={(e) => props.onInput(Number(e.currentTarget.value))}
        onChange={() => props.onChange()}
      />
    </label>
  );
}
