/**
 * Where things are drawn on the canvas, derived from the board's store: lane frames (grown to
 * their lowest card, and following a lane being dragged), each card's canvas rectangle, the
 * parking lot, and the bounds of everything for "fit all".
 */
import { createMemo, createSignal } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { boundsOf, CANVAS, cardRect, compareStacking, drawnLaneFrame, parkingLotArea, type Point, type Rect } from '../../../../shared/board';
import type { Board } from '../BoardContext';
import { PARKED } from '../store/createBoardStore';
import type { CardIndex } from './cardIndex';

export function createCanvasGeometry(board: Board, index: CardIndex) {
  const [laneOffset, setLaneOffset] = createSignal<{ laneId: string; by: Point } | null>(null);

  /** Lane frames as stored, the dragged one moved by the drag. */
  const frames = createMemo(() => {
    const offset = laneOffset();
    const map = new Map<string, Rect>();
    for (const lane of board.state.lanes) {
      const frame = lane.frame;
      map.set(lane.id, offset?.laneId === lane.id ? { ...frame, x: frame.x + offset.by.x, y: frame.y + offset.by.y } : frame);
    }
    return map;
  });

  /**
   * Each lane's frame as drawn: as tall as its lowest card needs. Any card change bumps the
   * index's version, so cards are read as plain objects, not subscribed to field by field.
   */
  const drawnFrames = createMemo(() => {
    index.version();
    const laneCards = unwrap(board.state.laneCards);
    const allCards = unwrap(board.state.cards);
    const map = new Map<string, Rect>();
    for (const [laneId, frame] of frames()) {
      const cards = (laneCards[laneId] ?? []).flatMap((id) => {
        const card = allCards[id];
        return card ? [{ x: card.x, y: card.y, w: card.size.w, h: card.size.h }] : [];
      });
      map.set(laneId, drawnLaneFrame(frame, cards));
    }
    return map;
  });

  /** Cards outside every lane: parked, or left behind by a lane removed while they moved into it. */
  const parkedIds = createMemo(() =>
    Object.entries(board.state.laneCards)
      .filter(([laneId]) => laneId === PARKED || !frames().has(laneId))
      .flatMap(([, ids]) => ids),
  );

  /** Each cluster's member card ids (clusters that no card names have none). */
  const clusterMembers = createMemo(() => {
    const members = new Map<string, string[]>();
    // Most boards have none: no walk over every card at each change then.
    if (board.state.clusters.length === 0) return members;
    for (const card of Object.values(board.plainCards())) {
      if (card.cluster) members.set(card.cluster, [...(members.get(card.cluster) ?? []), card.id]);
    }
    return members;
  });

  const rectOf = (id: string): Rect | null => {
    const card = board.state.cards[id];
    return card ? cardRect(card, frames()) : null;
  };

  const parkingArea = createMemo(() => {
    const area = parkingLotArea([...drawnFrames().values()]);
    const parked = boundsOf(parkedIds().flatMap((id) => rectOf(id) ?? []));
    return parked
      ? (boundsOf([
          area,
          {
            ...parked,
            x: parked.x - CANVAS.lanePadding,
            y: parked.y - CANVAS.lanePadding,
            w: parked.w + 2 * CANVAS.lanePadding,
            h: parked.h + 2 * CANVAS.lanePadding,
          },
        ]) ?? area)
      : area;
  });

  return {
    frames,
    drawnFrame: (laneId: string) => drawnFrames().get(laneId) ?? null,
    setLaneOffset,
    rectOf,
    /** The cards grouped into a cluster. */
    membersOf: (clusterId: string): string[] => clusterMembers().get(clusterId) ?? [],
    parkedCount: () => parkedIds().length,
    parkingStyle: () => {
      const area = parkingArea();
      return { transform: `translate(${area.x}px, ${area.y}px)`, width: `${area.w}px`, height: `${area.h}px` };
    },
    /** Everything on the board, for "fit all". */
    boardBounds: (): Rect | null => {
      index.version();
      return boundsOf([...drawnFrames().values(), ...index.rects()]);
    },
    /** The topmost card at a canvas point (blocks painted far out are not DOM to hit). */
    cardAt: (point: Point): string | null => {
      const hits = index.search({ x: point.x, y: point.y, w: 0, h: 0 }).flatMap((id) => board.state.cards[id] ?? []);
      return hits.sort(compareStacking).at(-1)?.id ?? null;
    },
    /** Where a new note's corner goes so that it is centred on a point. */
    noteCornerAt: (point: Point): Point => ({ x: Math.round(point.x - CANVAS.card.default.w / 2), y: Math.round(point.y - CANVAS.card.default.h / 2) }),
  };
}

export type CanvasGeometry = ReturnType<typeof createCanvasGeometry>;
