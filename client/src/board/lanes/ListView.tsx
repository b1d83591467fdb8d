/**
 * The board as columns of cards, one per track, and the parking lot: the view on phones (one
 * track at a time, picked from a switcher), a choice on larger screens, the accessible way in.
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

export function ListView() {
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
  let lanesElement!: HTMLDivElement;
  const onPointerMove = (event: PointerEvent) => {
    const rect = lanesElement.getBoundingClientRect();
    presence.moveCursor({ x: event.clientX - rect.left + lanesElement.scrollLeft, y: event.clientY - rect.top + lanesElement.scrollTop, view: 'list' });
  };
  return (
    <>
      <label class="lane-switcher">
        {t('board.laneSwitcher')}
        <select value={currentLaneId() ?? ''} onChange={(e) => view.focusLane(e.currentTarget.value)}>
          <For each={lanes()}>{(lane) => <option value={lane.id}>{lane.title}</option>}</For>
        </select>
      </label>
      <div class="lanes" ref={lanesElement} onPointerMove={onPointerMove} onPointerLeave={() => presence.moveCursor(null)}>
        <For each={lanes()}>{(lane) => <LaneColumn lane={lane} current={lane.id === currentLaneId()} />}</For>
        <ParkingLot />
        <Show when={board.can.manageTracks}>
          <AddLaneButton />
        </Show>
        <CursorLayer />
      </div>
    </>
  );
}
