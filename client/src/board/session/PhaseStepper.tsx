/**
 * The session's phase. Everyone sees it as a chip; facilitators pick any phase or step to the
 * next one, which the button names, so the order of the session is in view.
 */
import { ChevronRight } from 'lucide-solid';
import { For, Show } from 'solid-js';
import { setPhase } from '../../../../shared/board';
import { PHASES, type Phase } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';

export function PhaseChip() {
  const { t } = useI18n();
  const board = useBoard();
  return (
    <span class="phase-chip" data-phase={board.state.session.phase}>
      <span class="visually-hidden">{t('session.phase')}: </span>
      {t(`session.phases.${board.state.session.phase}`)}
    </span>
  );
}

export function PhaseStepper() {
  const { t } = useI18n();
  const board = useBoard();
  const phase = () => board.state.session.phase;
  const next = (): Phase | undefined => PHASES[PHASES.indexOf(phase()) + 1];
  return (
    <div class="phase-stepper">
      <select class="phase-select" aria-label={t('session.phase')} value={phase()} onChange={(e) => setPhase(board.sessionDoc, e.currentTarget.value as Phase)}>
        <For each={PHASES}>
          {(option, index) => (
            <option value={option}>
              {index() + 1}. {t(`session.phases.${option}`)}
            </option>
          )}
        </For>
      </select>
      <Show when={next()}>
        {(upcoming) => (
          <button
            type="button"
            class="button secondary"
            aria-label={`${t('session.nextPhase')}: ${t(`session.phases.${upcoming()}`)}`}
            onClick={() => setPhase(board.sessionDoc, upcoming())}
          >
            {t(`session.phases.${upcoming()}`)} <ChevronRight size="1em" class="glyph" aria-hidden="true" />
          </button>
        )}
      </Show>
    </div>
  );
}
