/**
 * "Follow me": a facilitator brings everyone's view to theirs — the track in view, the part of
 * the canvas on their screen, the open card and the presentation slide. The position lives in the session document (facilitators only write it); each follower
 * applies it locally and may step out until the facilitator leads again.
 */
import { createEffect, createMemo, createSignal, on } from 'solid-js';
import type * as Y from 'yjs';
import { sameRect, setFollow, stopFollow, type Rect } from '../../../../shared/board';
import type { FollowState } from '../../../../shared/board/types';

export function createFollow(options: {
  sessionDoc: Y.Doc;
  follow: () => FollowState | null;
  isFacilitator: boolean;
  name: string;
  focusedLaneId: () => string | null;
  openCardId: () => string | null;
  /** Shows a lane (scrolls it into view, or switches to it on a phone). */
  showLane: (laneId: string) => void;
  openCard: (cardId: string | null) => void;
  /** The presentation slide on screen (null: not presenting), and how to show one. */
  slide: () => number | null;
  showSlide: (slide: number | null) => void;
  /** The part of the canvas on screen, once the camera rests (null off the canvas), and how to frame one. */
  viewArea: () => Rect | null;
  showArea: (area: Rect) => void;
}) {
  const leading = createMemo(() => options.isFacilitator && options.follow()?.leader === options.name);
  const [steppedOut, setSteppedOut] = createSignal(false);
  // A new lead (or a new leader) asks everyone again, including those who stepped out before.
  createEffect(
    on(
      () => options.follow()?.leader ?? null,
      () => setSteppedOut(false),
      { defer: true },
    ),
  );
  const following = createMemo(() => options.follow() !== null && !leading() && !steppedOut());

  let shownLane: string | null = null;
  let shownArea: Rect | null = null;
  const position = (): FollowState => ({
    leader: options.name,
    laneId: options.focusedLaneId(),
    cardId: options.openCardId(),
    slide: options.slide(),
    area: options.viewArea(),
  });
  createEffect(() => {
    if (leading()) setFollow(options.sessionDoc, position());
  });
  createEffect(
    on(
      // A copy, so every field is tracked: the store updates the follow object (and its area) in place.
      () => {
        const follow = following() ? options.follow() : null;
        return follow ? { ...follow, area: follow.area ? { ...follow.area } : null } : null;
      },
      (follow) => {
        // Scroll only when the leader's lane changes, not at every card they open.
        if (!follow) {
          shownLane = null;
          shownArea = null;
          return;
        }
        if (follow.laneId && follow.laneId !== shownLane) options.showLane(follow.laneId);
        shownLane = follow.laneId;
        // On the canvas, the leader's screen says more than their lane: it comes last, so it wins.
        if (follow.area && !sameRect(follow.area, shownArea)) options.showArea(follow.area);
        shownArea = follow.area;
        if (follow.cardId !== options.openCardId()) options.openCard(follow.cardId);
        if (follow.slide !== options.slide()) options.showSlide(follow.slide);
      },
    ),
  );

  return {
    leading,
    following,
    steppedOut,
    leader: () => options.follow()?.leader ?? null,
    lead: () => setFollow(options.sessionDoc, position()),
    stopLeading: () => stopFollow(options.sessionDoc),
    stepOut: () => setSteppedOut(true),
    rejoin: () => setSteppedOut(false),
  };
}

export type Follow = ReturnType<typeof createFollow>;
