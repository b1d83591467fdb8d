/** One track: header, its cards in order (filtered), and quick-add at the bottom. */
import { For, Show } from 'solid-js';
import type { Lane } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useFollow } from '../follow/FollowContext';
import { usePrivateIdeas } from '../private/PrivateIdeasContext';
import { useBoardView } from '../view/BoardViewContext';
import { CardTile } from '../cards/CardTile';
import { LaneHeader } from './LaneHeader';
import { QuickAdd } from './QuickAdd';
import { PrivateIdeaTile } from '../private/PrivateIdeaTile';

export function LaneColumn(props: { lane: Lane; current: boolean }) {
  const { t } = useI18n();
  const board = useBoard();
  const view = useBoardView();
  const follow = useFollow();
  const privateIdeas = usePrivateIdeas();
  const ids = () => board.state.laneCards[props.lane.id] ?? [];
  return (
    <section
      class="lane"
      classList={{ current: props.current, spotlight: follow.following() && board.state.session.follow?.laneId === props.lane.id }}
      onPointerDown={() => view.focusLane(props.lane.id)}
      onFocusIn={() => view.focusLane(props.lane.id)}
      aria-label={props.lane.title}
      data-lane-id={props.lane.id}
      style={{ '--lane-color': `var(--color-${props.lane.color})` }}
    >
      <LaneHeader lane={props.lane} count={ids().length} />
      <ol class="card-list" data-lane-list={props.lane.id}>
        <For
          each={ids()}
          fallback={
            <Show when={privateIdeas.inLane(props.lane.id).length === 0}>
              <li class="muted empty">{t('board.emptyLane')}</li>
            </Show>
          }
        >
          {(id) => (
            <Show when={board.state.cards[id]}>
              {(card) => (
                <Show when={view.filters.matches(card())}>
                  <CardTile card={card()} />
                </Show>
              )}
            </Show>
          )}
        </For>
        <For each={privateIdeas.inLane(props.lane.id)}>{(idea) => <PrivateIdeaTile idea={idea} />}</For>
      </ol>
      <Show when={board.offersNewIdeas()}>
        <QuickAdd laneId={props.lane.id} laneTitle={props.lane.title} />
      </Show>
    </section>
  );
}
