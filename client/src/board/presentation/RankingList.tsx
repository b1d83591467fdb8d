/**
 * The initiatives ranked best first, each with its track and what was revealed (score, votes):
 * the summary slide's list and the projector's. Cut to `max` lines, the rest counted.
 */
import { For } from 'solid-js';
import type { Card } from '../../../../shared/board/types';
import { useBoard } from '../BoardContext';
import { RevealedBadges } from './InitiativeParts';
import { MoreLine } from './MoreLine';
import { fitList } from './slides';

export function RankingList(props: { ranked: Card[]; max: number }) {
  const board = useBoard();
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
              <RevealedBadges cardId={card.id} />
            </span>
          </li>
        )}
      </For>
      <MoreLine count={fitted().more} />
    </ol>
  );
}
