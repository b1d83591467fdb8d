/**
 * The initiatives ranked best first, each with its track and what was revealed (score, votes):
 * the summary slide's list and the projector's. Cut to `max` lines, the rest counted.
 */
import { Star } from 'lucide-solid';
import { For, Show } from 'solid-js';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useNumbers } from '../useNumbers';
import { MoreLine } from './MoreLine';
import { fitList } from './slides';

export function RankingList(props: { ranked: Card[]; max: number }) {
  const { t } = useI18n();
  const { numbers } = useNumbers();
  const board = useBoard();
  const session = () => board.state.session;
  const laneTitle = (card: Card) => board.state.lanes.find((lane) => lane.id === card.laneId)?.title ?? '';
  const fitted = () => fitList(props.ranked, props.max);
  return (
    <ol class="slide-ranking">
      <For each={fitted().shown}>
        {(card) => (
          <li data-card-id={card.id}>
            <strong data-title>{card.title}</strong>
            <span class="ranking-facts">
              <span class="muted">{laneTitle(card)}</span>
              <Show when={session().scoresRevealed && session().scoreResults[card.id]}>
                {(result) => <span class="slide-badge">{t('scoring.score', { score: numbers().score(result().weighted) })}</span>}
              </Show>
              <Show when={session().votesRevealed && session().voteTotals[card.id]}>
                <span class="slide-badge">
                  <Star size="1em" class="glyph" aria-hidden="true" /> {t('voting.total', { count: session().voteTotals[card.id] ?? 0 })}
                </span>
              </Show>
            </span>
          </li>
        )}
      </For>
      <MoreLine count={fitted().more} />
    </ol>
  );
}
