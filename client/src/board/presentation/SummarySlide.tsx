/** The last slide: every shortlisted and priority initiative ranked, with the charts. */
import { Star } from 'lucide-solid';
import { For, Show } from 'solid-js';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { SessionCharts } from '../charts/SessionCharts';
import { useNumbers } from '../useNumbers';

export function SummarySlide(props: { ranked: Card[] }) {
  const { t } = useI18n();
  const { numbers } = useNumbers();
  const board = useBoard();
  const session = () => board.state.session;
  const laneTitle = (card: Card) => board.state.lanes.find((lane) => lane.id === card.laneId)?.title ?? '';
  return (
    <div class="summary-slide">
      <h2>{t('presentation.summary')}</h2>
      <ol class="slide-ranking">
        <For each={props.ranked}>
          {(card) => (
            <li data-card-id={card.id}>
              <strong>{card.title}</strong> <span class="muted">· {laneTitle(card)}</span>
              <Show when={session().scoresRevealed && session().scoreResults[card.id]}>
                {(result) => <span class="slide-badge">{t('scoring.score', { score: numbers().score(result().weighted) })}</span>}
              </Show>
              <Show when={session().votesRevealed && session().voteTotals[card.id]}>
                <span class="slide-badge">
                  <Star size="1em" class="glyph" aria-hidden="true" /> {t('voting.total', { count: session().voteTotals[card.id] ?? 0 })}
                </span>
              </Show>
            </li>
          )}
        </For>
      </ol>
      <SessionCharts />
    </div>
  );
}
