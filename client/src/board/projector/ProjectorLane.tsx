/** One track on the projector: its cards in order, with revealed votes and scores, as many as fit (the rest counted). */
import { Star } from 'lucide-solid';
import { For, Show } from 'solid-js';
import type { Lane } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useFollow } from '../follow/FollowContext';
import { useNumbers } from '../useNumbers';
import { MoreLine } from '../presentation/MoreLine';
import { fitList, SCREEN_FIT } from '../presentation/slides';

export function ProjectorLane(props: { lane: Lane }) {
  const { t } = useI18n();
  const { numbers } = useNumbers();
  const board = useBoard();
  const follow = useFollow();
  const session = () => board.state.session;
  const fitted = () => fitList(board.state.laneCards[props.lane.id] ?? [], SCREEN_FIT.laneCards);
  return (
    <section
      class="projector-lane"
      classList={{ spotlight: follow.following() && session().follow?.laneId === props.lane.id }}
      data-lane-id={props.lane.id}
      aria-label={props.lane.title}
      style={{ '--lane-color': `var(--color-${props.lane.color})` }}
    >
      <h2>{props.lane.title}</h2>
      <ol>
        <For each={fitted().shown}>
          {(id) => (
            <Show when={board.state.cards[id]}>
              {(card) => (
                <li class="projector-card" data-card-id={card().id} data-status={card().status} style={{ '--card-color': `var(--color-${card().color})` }}>
                  <span class="projector-card-title">
                    <Show when={card().status === 'priority'}>
                      <Star size="1em" class="glyph" role="img" aria-label={t('card.statuses.priority')} />{' '}
                    </Show>
                    {card().title}
                  </span>
                  <Show when={session().votesRevealed && session().voteTotals[card().id]}>
                    <span class="projector-votes">{t('projector.votes', { count: session().voteTotals[card().id] ?? 0 })}</span>
                  </Show>
                  <Show when={session().scoresRevealed && session().scoreResults[card().id]}>
                    {(result) => <span class="projector-score">{t('scoring.score', { score: numbers().score(result().weighted) })}</span>}
                  </Show>
                </li>
              )}
            </Show>
          )}
        </For>
        <MoreLine count={fitted().more} />
      </ol>
    </section>
  );
}
