/**
 * What this screen shows of the board, apart from what is on it: the search and filters, the
 * open card, the track in view, where the canvas camera is asked to go and what it shows, and
 * the presentation slide. It is this browser's own (nothing here is in the documents); following
 * a facilitator drives it (see `createFollow`).
 */
import { type Accessor, createEffect, createSignal, on } from 'solid-js';
import { type Card, type Rect, sameRect } from '../../../../shared/board';
import { createFilters, type Filters } from '../createFilters';
import type { Breakout } from '../groups/createBreakout';

/** A place the canvas camera is asked to frame. */
export type CameraRequest = { kind: 'lane'; laneId: string; fly?: boolean } | { kind: 'area'; area: Rect };

export interface BoardView {
  filters: Filters;
  /** The card open in the editor (on the projector, the one in the spotlight). */
  openCardId: Accessor<string | null>;
  /** Opens a card (null closes it) and shows others which card this person edits. */
  openCard: (cardId: string | null) => void;
  /** The track in view, for "follow me" and the phone-sized list. */
  focusedLaneId: Accessor<string | null>;
  focusLane: (laneId: string) => void;
  /** Brings a track into view in the list and on the canvas, showing the whole board if a breakout hides it. */
  showLane: (laneId: string) => void;
  /** Where the canvas is asked to take its camera. */
  cameraRequest: Accessor<CameraRequest | null>;
  /** Flies the canvas camera to a lane (a presentation's track slide). */
  flyToLane: (laneId: string) => void;
  /** Frames an area of the canvas (what the facilitator being followed has on screen). */
  showArea: (area: Rect) => void;
  /** What the canvas shows once its camera rests; null while the list is on screen. */
  viewArea: Accessor<Rect | null>;
  /** The canvas reports what it shows (null when it leaves the screen). */
  setViewArea: (area: Rect | null) => void;
  /** The presentation slide on screen; null when not presenting. */
  slide: Accessor<number | null>;
  showSlide: (slide: number | null) => void;
}

/** `setEditing`: tells others which card this person has open. */
export function createBoardView(options: {
  cards: Accessor<Readonly<Record<string, Card>>>;
  breakout: Breakout;
  setEditing: (cardId: string | null) => void;
}): BoardView {
  const { breakout } = options;
  const [openCardId, setOpenCardId] = createSignal<string | null>(null);
  const openCard = (cardId: string | null) => {
    setOpenCardId(cardId);
    options.setEditing(cardId);
  };
  const [focusedLaneId, setFocusedLaneId] = createSignal<string | null>(null);
  // The canvas, when it is on screen, frames what is asked. Every request counts, even the same one again.
  const [cameraRequest, requestCamera] = createSignal<CameraRequest | null>(null, { equals: false });
  const [viewArea, setViewArea] = createSignal<Rect | null>(null, { equals: sameRect });
  const [slide, setSlide] = createSignal<number | null>(null);
  const showLane = (laneId: string) => {
    if (!breakout.visibleLanes().some((lane) => lane.id === laneId)) breakout.setShowWholeBoard(true);
    setFocusedLaneId(laneId);
    requestCamera({ kind: 'lane', laneId });
    requestAnimationFrame(() =>
      document.querySelector(`[data-lane-id="${CSS.escape(laneId)}"]`)?.scrollIntoView({ block: 'nearest', inline: 'start', behavior: 'smooth' }),
    );
  };
  // A group member lands on their track when the breakout starts (or when they join a group).
  createEffect(
    on(
      () => (breakout.focused() ? breakout.myLanes()[0]?.id : undefined),
      (laneId) => laneId && showLane(laneId),
    ),
  );
  return {
    filters: createFilters(options.cards),
    openCardId,
    openCard,
    focusedLaneId,
    focusLane: (laneId) => setFocusedLaneId(laneId),
    showLane,
    cameraRequest,
    flyToLane: (laneId) => requestCamera({ kind: 'lane', laneId, fly: true }),
    showArea: (area) => requestCamera({ kind: 'area', area }),
    viewArea,
    setViewArea: (area) => setViewArea(area),
    slide,
    showSlide: (next) => setSlide(next),
  };
}
