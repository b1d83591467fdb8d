/**
 * The board as columns of cards, one per track, and the parking lot: the view on phones (one
 * track at a time, picked from a switcher), a choice on larger screens, the accessible way in.
 * Others' cursors are drawn over the columns on a larger screen only: a phone shows one track,
 * where a point on someone's wide screen means nothing (and once widened the lane past the
 * screen's edge); nor does a phone's finger show as a cursor to others.
 */
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { usePresence } from '../presence/PresenceContext';
import { useSession } from '../session/SessionContext';
import { useBoardView } from '../view/BoardViewContext';
import { CursorLayer } from '../presence/CursorLayer';
import { AddLaneButton } from './AddLaneButton';
import { LaneColumn } from './LaneColumn';
import { ParkingLot } from './ParkingLot';

/** `singleTrack`: one track at a time (a phone). */
export function ListView(props: { singleTrack?: boolean }) {
  const board = useBoard();
  const presence = usePresence();
  const { breakout } = useSession();
  const view = useBoardView();
  const { t } = useI18n();
  const lanes = () => breakout.visibleLanes();
  // The lane on a phone screen (one at a time).
  const currentLaneId = () => {
    const focused = view.focusedLaneId();
    return lanes().some((lane) => lane.id === focused) ? focused : (lanes()[0]?.id ?? null);
  };
  // Cursors are placed on the columns' row itself, which scrolls inside `.lanes`: a cursor
  // layer as large as the row can clip cursors to it and so never widen anything.
  let row!: HTMLDivElement;
  const onPointerMove = (event: PointerEvent) => {
    if (props.singleTrack) return;
    const rect = row.getBoundingClientRect();
    presence.moveCursor({ x: event.clientX - rect.left, y: event.clientY - rect.top, view: 'list' });
  };
  return (
    <>
      <label class="lane-switcher">
        {t('board.laneSwitcher')}
        <select value={currentLaneId() ?? ''} onChange={(e) => view.focusLane(e.currentTarget.value)}>
          <For each={lanes()}>{(lane) => <option value={lane.id}>{lane.title}</option>}</For>
        </select>
      </label>
      <div class="lanes" onPointerMove={onPointerMove} onPointerLeave={() => presence.moveCursor(null)}>
        <div class="lanes-row" ref={row}>
          <For each={lanes()}>{(lane) => <LaneColumn lane={lane} current={lane.id === currentLaneId()} />}</For>
          <ParkingLot />
          <Show when={board.can.manageTracks}>
            <AddLaneButton />
          </Show>
          <Show when={!props.singleTrack}>
            <CursorLayer />
          </Show>
        </div>
      </div>
    </>
  );
}
