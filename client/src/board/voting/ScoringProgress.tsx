/**
 * For the facilitator while experts score: how many experts have finished, and in the drop-down
 * how far each one is ("3 of 7"), asked of the server every few seconds (the marks themselves
 * stay in its private document until the reveal).
 */
import { UserCheck } from 'lucide-solid';
import { createResource, For, onCleanup, Show } from 'solid-js';
import { hasFinishedScoring } from '../../../../shared/board/scoring';
import { getScoringProgress } from '../../api/api';
import { useI18n } from '../../i18n/I18nProvider';
import { Disclosure } from '../../ui/Disclosure';
import { useBoard } from '../BoardContext';

/** How often the count is asked again: marks are private, so no document change brings them. */
const REFRESH_MS = 5000;

export function ScoringProgress() {
  const { t } = useI18n();
  const board = useBoard();
  const [progress, { refetch }] = createResource(() => getScoringProgress(board.boardId, board.token));
  const timer = setInterval(() => void refetch(), REFRESH_MS);
  onCleanup(() => clearInterval(timer));
  const experts = () => progress.latest?.experts ?? [];
  const finished = () => experts().filter(hasFinishedScoring).length;
  return (
    <Disclosure
      class="scoring-progress"
      summary={
        <span data-experts-done={finished()} title={t('scoring.progressSummary', { done: finished(), count: experts().length })}>
          <UserCheck size="1em" class="glyph" aria-hidden="true" /> {t('scoring.progressChip', { done: finished(), count: experts().length })}
        </span>
      }
    >
      <h3 class="popover-title">{t('scoring.progressTitle')}</h3>
      <Show when={experts().length > 0} fallback={<p class="muted">{t('scoring.progressSummary', { done: 0, count: 0 })}</p>}>
        <ul class="expert-progress">
          <For each={experts()}>
            {(expert) => (
              <li>
                <span class="expert-name">{expert.name}</span>
                <progress max={Math.max(1, expert.total)} value={expert.scored} aria-hidden="true" />
                <span>{t('scoring.progressLine', { scored: expert.scored, total: expert.total })}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="muted">{t('scoring.progressNote')}</p>
    </Disclosure>
  );
}
