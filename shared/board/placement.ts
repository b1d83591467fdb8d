/**
 * Where a card goes in the document when nobody dropped it somewhere: the first free slot of
 * its lane's grid, or of the parking lot below the lanes. Reads lane frames and the one lane's
 * cards it is given, never the whole card map.
 */
import * as Y from 'yjs';
import { lanesMap } from './docMaps';
import type { Point, Rect, Size } from './geometry';
import { freeSlotInLane, freeSlotInParkingLot, parkingLotArea } from './layout';
import type { Placed } from './positionIndex';
import { laneRecord } from './schema/laneRecord';

const frameOf = (map: Y.Map<unknown>): Rect => laneRecord.readField('frame', (key) => map.get(key));

/** The frame of a lane as stored (a reader's default when unusable); null when there is no such lane. */
export function laneFrameOf(doc: Y.Doc, laneId: string): Rect | null {
  const map = lanesMap(doc).get(laneId);
  return map instanceof Y.Map ? frameOf(map) : null;
}

/** Every lane's frame, by lane id. */
export function laneFrames(doc: Y.Doc): Map<string, Rect> {
  const frames = new Map<string, Rect>();
  lanesMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map) frames.set(id, frameOf(map));
  });
  return frames;
}

/**
 * The first free slot for a card of `size` in `lane` ('' for the parking lot), among the lane's
 * cards as the position index lists them (the caller reads them once, for their order too).
 * Relative to the lane's frame; canvas coordinates in the parking lot.
 */
export function freeSlot(doc: Y.Doc, lane: string, cards: readonly Placed[], size: Size): Point {
  const occupied = cards.map((card) => card.rect);
  if (lane !== '') {
    const frame = laneFrameOf(doc, lane);
    if (frame) return freeSlotInLane(frame.w, occupied, size);
  }
  return freeSlotInParkingLot(parkingLotArea([...laneFrames(doc).values()]), occupied, size);
}
