/**
 * The facilitator's one row: the phase and the step after it, what the phase needs (voting
 * rules and reveal, criteria, scores), what is on now and how to end it (breakout, private
 * ideas, leading the room), then "bring everyone here", presenting, the lock and the menu.
 * Participants never see it: they get the phase and the timer in the top bar.
 */
import { Lock, LockOpen, Megaphone, Presentation } from 'lucide-solid';
import { createMemo, Show } from 'solid-js';
import { setBreakout, setLocked, setPrivateMode, setScoresRevealed } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { Hint } from '../../ui/Hint';
import { useBoard } from '../BoardContext';
import { useFollow } from '../follow/FollowContext';
import { usePresence } from '../presence/PresenceContext';
import { useBoardView } from '../view/BoardViewContext';
import { CriteriaEditor } from '../voting/CriteriaEditor';
import { DuplicateSuggestions } from './DuplicateSuggestions';
import { ScoringProgress } from '../voting/ScoringProgress';
import { VotingFacilitation } from '../voting/VotingFacilitation';
import { FacilitatorMenu } from './FacilitatorMenu';
import { PhaseStepper } from './PhaseStepper';

export function FacilitatorPanel() {
  const { t } = useI18n();
  const board = useBoard();
  const presence = usePresence();
  const view = useBoardView();
  const follow = useFollow();
  const session = () => board.state.session;
  const doc = board.sessionDoc;
  const hidden = createMemo(() => {
    const holders = presence.peers().filter((peer) => peer.privateIdeas > 0);
    return { count: holders.reduce((sum, peer) => sum + peer.privateIdeas, 0), people: holders.length };
  });
  const criteriaPhase = () => ['voting', 'scoring', 'shortlist'].includes(session().phase) && !session().scoresRevealed;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar-like row of controls; a fieldset would bring a legend and a border
    <div class="facilitator-panel" role="group" aria-label={t('roles.facilitator')}>
      <PhaseStepper />
      {/* While ideas come in and the shortlist is drawn up; once voting runs, the selection toolbar still merges. */}
      <Show when={['ideas', 'shortlist'].includes(session().phase)}>
        <DuplicateSuggestions />
      </Show>
      <Show when={session().phase === 'voting'}>
        <VotingFacilitation />
      </Show>
      <Show when={criteriaPhase()}>
        <CriteriaEditor />
      </Show>
      <Show when={session().phase === 'scoring' && !session().scoresRevealed}>
        <ScoringProgress />
      </Show>
      <Show when={session().phase === 'scoring' || session().scoresRevealed}>
        <button
          type="button"
          class="button secondary"
          aria-pressed={session().scoresRevealed}
          onClick={() => setScoresRevealed(doc, !session().scoresRevealed)}
        >
          {session().scoresRevealed ? t('scoring.hide') : t('scoring.reveal')}
        </button>
      </Show>
      <Show when={session().breakout}>
        <button type="button" class="button secondary state-on" onClick={() => setBreakout(doc, false)}>
          {t('groups.plenary')}
        </button>
      </Show>
      <Show when={session().privateMode}>
        <span class="muted" data-hidden-ideas={hidden().count}>
          {t('privateMode.hidden', { count: hidden().count, people: hidden().people })}
        </span>
        <button type="button" class="button secondary state-on" onClick={() => setPrivateMode(doc, false)}>
          <LockOpen size="1em" class="glyph" aria-hidden="true" /> {t('privateMode.reveal')}
        </button>
      </Show>
      <span class="spacer" />
      <Show
        when={follow.leading()}
        fallback={
          // Icons with a tooltip, as the lock: the row keeps one line at 1440 px in every phase.
          <Hint label={t('follow.bringHere')}>
            <button type="button" class="button secondary icon-only" aria-label={t('follow.bringHere')} onClick={follow.lead}>
              <Megaphone size="1em" aria-hidden="true" />
            </button>
          </Hint>
        }
      >
        <button type="button" class="button secondary state-on" aria-pressed="true" onClick={follow.stopLeading}>
          {t('follow.stop')}
        </button>
      </Show>
      <Hint label={t('presentation.start')}>
        <button
          type="button"
          class="button secondary icon-only"
          aria-label={t('presentation.start')}
          onClick={() => {
            // Presenting brings everyone along: followers see the same slide.
            view.showSlide(0);
            if (!follow.leading()) follow.lead();
          }}
        >
          <Presentation size="1em" aria-hidden="true" />
        </button>
      </Hint>
      <Hint label={session().locked ? t('session.unlock') : t('session.lock')}>
        <button
          type="button"
          class="button secondary icon-only"
          aria-pressed={session().locked}
          aria-label={session().locked ? t('session.unlock') : t('session.lock')}
          onClick={() => setLocked(doc, !session().locked)}
        >
          <Show when={session().locked} fallback={<LockOpen size="1em" aria-hidden="true" />}>
            <Lock size="1em" aria-hidden="true" />
          </Show>
        </button>
      </Hint>
      <FacilitatorMenu />
    </div>
  );
}
