/**
 * Lanes: one per thematic track, ordered left to right in the list view and drawn as frames
 * on the canvas. The list's order follows the frames: moving a frame sideways reorders the
 * track, and reordering a track in the list lines the frames up again in the new order.
 */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { cardsMap, commentsMap, entity, groupsMap, lanesMap } from './docMaps';
import { newLaneId } from './ids';
import { CARD, COMMENT, LANE } from './keys';
import type { Point, Rect } from './geometry';
import { CANVAS, nextLaneFrame, sizeWithin } from './layout';
import { compareOrdered, keyAt } from './order';
import { readLane, readPosition } from './records';
import { LANE_PALETTE } from './templates';
import type { Color, GroupId, Lane, LaneId } from './types';
import { laneFrameSchema } from './schema/values';
import { colorSchema, indexSchema, newLaneSchema, parseInput, pointSchema, titleSchema, type NewLane } from './validation';

/**
 * A lane record whose group is known to exist: a group removed while someone assigned a lane
 * to it leaves a dangling id behind, which reads as "no group".
 */
function readLaneIn(doc: Y.Doc, id: string, map: Y.Map<unknown>): Lane {
  const lane = readLane(id, map);
  return lane.groupId !== null && !entity(groupsMap(doc), lane.groupId) ? { ...lane, groupId: null } : lane;
}

/** All lanes, left to right. */
export function listLanes(doc: Y.Doc): Lane[] {
  const lanes: Lane[] = [];
  lanesMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map) lanes.push(readLaneIn(doc, id, map));
  });
  return lanes.sort(compareOrdered);
}

/** One lane, or null when there is no such lane. */
export function getLane(doc: Y.Doc, id: LaneId): Lane | null {
  const map = entity(lanesMap(doc), id);
  return map ? readLaneIn(doc, id, map) : null;
}

/** Adds a lane at `index` (default: rightmost); its colour defaults to the next of the palette. */
export function addLane(doc: Y.Doc, input: NewLane): LaneId {
  const { title, color, index } = parseInput(newLaneSchema, input);
  const lanes = listLanes(doc);
  const id = newLaneId();
  const map = new Y.Map<unknown>();
  map.set(LANE.title, title);
  map.set(LANE.color, color ?? LANE_PALETTE[lanes.length % LANE_PALETTE.length]!);
  map.set(LANE.order, keyAt(lanes, index));
  map.set(LANE.groupId, '');
  map.set(LANE.frame, nextLaneFrame(lanes.map((lane) => lane.frame)));
  doc.transact(() => lanesMap(doc).set(id, map));
  return id;
}

function laneMapOrThrow(doc: Y.Doc, id: LaneId): Y.Map<unknown> {
  const map = entity(lanesMap(doc), id);
  if (!map) throw new BoardModelError('not-found', `no lane ${id}`);
  return map;
}

/** Renames a lane (title trimmed, 1..200 characters). */
export function renameLane(doc: Y.Doc, id: LaneId, title: string): void {
  const parsed = parseInput(titleSchema, title);
  const map = laneMapOrThrow(doc, id);
  doc.transact(() => map.set(LANE.title, parsed));
}

/** Sets a lane's colour. */
export function setLaneColor(doc: Y.Doc, id: LaneId, color: Color): void {
  const parsed = parseInput(colorSchema, color);
  const map = laneMapOrThrow(doc, id);
  doc.transact(() => map.set(LANE.color, parsed));
}

/**
 * Moves a lane to `toIndex` among the other lanes (the list view's move). Its order key is
 * written, and the frames are lined up left to right in the new order, each keeping its width,
 * starting where the leftmost was.
 */
export function moveLane(doc: Y.Doc, id: LaneId, toIndex: number): void {
  const index = parseInput(indexSchema, toIndex);
  const map = laneMapOrThrow(doc, id);
  const lanes = listLanes(doc);
  const others = lanes.filter((lane) => lane.id !== id);
  const order = keyAt(others, index);
  const moved = lanes.find((lane) => lane.id === id)!;
  const row = [...others.slice(0, index), { ...moved, order }, ...others.slice(index)];
  doc.transact(() => {
    map.set(LANE.order, order);
    let x = Math.min(...lanes.map((lane) => lane.frame.x));
    for (const lane of row) {
      if (lane.frame.x !== x)
        lanesMap(doc)
          .get(lane.id)
          ?.set(LANE.frame, { ...lane.frame, x });
      x += lane.frame.w + CANVAS.laneGap;
    }
  });
}

/**
 * Moves a lane's frame on the canvas (its cards come along: they sit relative to it). The
 * track's place in the list follows the frame's left edge.
 */
export function moveLaneFrame(doc: Y.Doc, id: LaneId, to: Point): void {
  const { x, y } = parseInput(pointSchema, { x: Math.round(to.x), y: Math.round(to.y) });
  const map = laneMapOrThrow(doc, id);
  const lanes = listLanes(doc);
  const lane = lanes.find((candidate) => candidate.id === id)!;
  const others = lanes.filter((other) => other.id !== id);
  // Its list index: how many other frames start left of it (in list order, which follows x).
  const index = others.filter((other) => other.frame.x < x).length;
  doc.transact(() => {
    map.set(LANE.frame, { ...lane.frame, x, y });
    if (lanes.indexOf(lane) !== index) map.set(LANE.order, keyAt(others, index));
  });
}

/** Resizes a lane's frame to a canvas rectangle (a drag on any edge), within the lane size limits. */
export function resizeLaneFrame(doc: Y.Doc, id: LaneId, rect: Rect): void {
  const map = laneMapOrThrow(doc, id);
  const frame = parseInput(laneFrameSchema, { x: Math.round(rect.x), y: Math.round(rect.y), ...sizeWithin(rect, CANVAS.lane) });
  doc.transact(() => map.set(LANE.frame, frame));
}

/** Assigns a lane to a breakout group, or to none with `null`. */
export function setLaneGroup(doc: Y.Doc, id: LaneId, groupId: GroupId | null): void {
  const map = laneMapOrThrow(doc, id);
  if (groupId !== null && !entity(groupsMap(doc), groupId)) throw new BoardModelError('not-found', `no group ${groupId}`);
  doc.transact(() => map.set(LANE.groupId, groupId ?? ''));
}

/** Removes a lane together with its cards and their comments, in one undoable step. */
export function removeLane(doc: Y.Doc, id: LaneId): void {
  laneMapOrThrow(doc, id);
  doc.transact(() => {
    const cards = cardsMap(doc);
    const doomed = new Set<string>();
    cards.forEach((card, cardId) => {
      if (card instanceof Y.Map && readPosition(card.get(CARD.position))?.lane === id) doomed.add(cardId);
    });
    for (const cardId of doomed) cards.delete(cardId);
    const comments = commentsMap(doc);
    const doomedComments: string[] = [];
    comments.forEach((comment, commentId) => {
      if (comment instanceof Y.Map && doomed.has(comment.get(COMMENT.cardId) as string)) doomedComments.push(commentId);
    });
    for (const commentId of doomedComments) comments.delete(commentId);
    lanesMap(doc).delete(id);
  });
}
