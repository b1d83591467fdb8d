/** Lanes: one per thematic track, ordered left to right. */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { cardsMap, commentsMap, entity, groupsMap, lanesMap } from './docMaps';
import { newLaneId } from './ids';
import { CARD, COMMENT, LANE } from './keys';
import { compareOrdered, keyAt } from './order';
import { readLane, readPosition } from './records';
import { LANE_PALETTE } from './templates';
import type { Color, GroupId, Lane, LaneId } from './types';
import { colorSchema, indexSchema, newLaneSchema, parseInput, titleSchema, type NewLane } from './validation';

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

/** Moves a lane to `toIndex` among the other lanes. Only its own order key is written. */
export function moveLane(doc: Y.Doc, id: LaneId, toIndex: number): void {
  const index = parseInput(indexSchema, toIndex);
  const map = laneMapOrThrow(doc, id);
  const others = listLanes(doc).filter((lane) => lane.id !== id);
  doc.transact(() => map.set(LANE.order, keyAt(others, index)));
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
