/**
 * Breakout groups from this participant's side: which group they are in, and which tracks
 * they see. While the facilitator has groups working on their tracks, a member sees only
 * their group's tracks (they can still look at the whole board); back in plenary, everyone
 * sees everything.
 */
import { createEffect, createMemo, createSignal, on } from 'solid-js';
import { groupOfMember } from '../../../../shared/board';
import type { BoardState } from '../store/createBoardStore';

export function createBreakout(state: BoardState, memberKey: string) {
  const myGroup = createMemo(() => groupOfMember(state.groups, memberKey));
  const myLanes = createMemo(() => {
    const group = myGroup();
    return group ? state.lanes.filter((lane) => lane.groupId === group.id) : [];
  });
  const [showWholeBoard, setShowWholeBoard] = createSignal(false);
  // Every new breakout round opens on the group's track again.
  createEffect(
    on(
      () => state.session.breakout,
      (on) => on && setShowWholeBoard(false),
      { defer: true },
    ),
  );
  const focused = createMemo(() => state.session.breakout && myLanes().length > 0 && !showWholeBoard());
  const visibleLanes = createMemo(() => (focused() ? myLanes() : state.lanes));
  return { memberKey, myGroup, myLanes, focused, visibleLanes, showWholeBoard, setShowWholeBoard };
}

export type Breakout = ReturnType<typeof createBreakout>;
