/**
 * Where a card goes in the document when nobody dropped it somewhere: the first free slot of
 * its lane's grid, or of the parking lot below the lanes. Reads lane frames and one lane's
 * cards (through the position index), never the whole card map.
 */
import * as Y from 'yjs';
import { lanesMap } from './docMaps';
import type { Point, Rect, Size } from './geometry';
import { freeSlotInLane, freeSlotInParkingLot, parkingLotArea } from './layout';
import { type Placed, positionsInLane } from './positionIndex';
import { laneRecord } from './schema/laneRecord';

/** The frame of a lane as stored (a reader's default when unusable); null when there is no such lane. */
export function laneFrameOf(doc: Y.Doc, laneId: string): Rect | null {
  const map = lanesMap(doc).get(laneId);
  return map instanceof Y.Map ? laneRecord.readField('frame', (key) => map.get(key)) : null;
}

/** Every lane's frame, by lane id. */
export function laneFrames(doc: Y.Doc): Map<string, Rect> {
  const frames = new Map<string, Rect>();
  lanesMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map)
      frames.set(
        id,
        laneRecord.readField('frame', (key) => map.get(key)),
      );
  });
  return frames;
}

/**
 * The first free slot for a card of `size` in `lane` ('' for the parking lot), leaving out the
 * card `without` (the one being moved). Relative to the lane's frame; canvas coordinates in the
 * parking lot. The caller must be inside `transaction`.
 */
export function freeSlot(transaction: Y.Transaction, lane: string, size: Size, without?: string): Point {
  return freeSlotAmong(transaction.doc, lane, positionsInLane(transaction, lane, without), size);
}

/** `freeSlot` for a caller that already holds the lane's cards (one read of the index, not two). */
export function freeSlotAmong(doc: Y.Doc, lane: string, cards: readonly Placed[], size: Size): Point {
  const occupied = cards.map((card) => card.rect);
  if (lane !== '') {
    const frame = laneFrameOf(doc, lane);
    if (frame) return freeSlotInLane(frame.w, occupied, size);
  }
  return freeSlotInParkingLot(parkingLotArea([...laneFrames(doc).values()]), occupied, size);
}
