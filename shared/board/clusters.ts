/**
 * Clusters: notes a group pulled together under a title. A cluster holds no geometry; its
 * members are the cards that name it and its frame is drawn around them (`clusterFrame`), so
 * it moves when they move, and tidying it is moving them. A card names at most one cluster;
 * a cluster left with no members is removed by the command that emptied it.
 */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { moveCards, rectsOf } from './canvas';
import { laneFrames } from './placement';
import { cardMapOrThrow } from './cards';
import { cardsMap, clustersMap, entity } from './docMaps';
import { boundsOf, intersects, type Rect } from './geometry';
import { newClusterId } from './ids';
import { CARD, CLUSTER } from './keys';
import { CANVAS } from './layout';
import { readCluster } from './records';
import { clusterRecord } from './schema/clusterRecord';
import type { CardId, Cluster, ClusterId } from './types';
import { parseInput } from './validation';

/** Space around a cluster's notes, and the height of its title bar above them. */
export const CLUSTER_FRAME = { padding: 16, header: 44 } as const;

/** Every cluster, by id (display order is the canvas's: where their notes are). */
export function listClusters(doc: Y.Doc): Cluster[] {
  const clusters: Cluster[] = [];
  clustersMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map) clusters.push(readCluster(id, map));
  });
  return clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Ids of the cards that name a cluster (including ones whose cluster is gone: readers check). */
function memberIds(doc: Y.Doc, clusterId: string): CardId[] {
  const ids: CardId[] = [];
  cardsMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map && map.get(CARD.cluster) === clusterId) ids.push(id as CardId);
  });
  return ids;
}

/** Removes those of `candidates` that no card names any more (a command that took cards out of them calls it). */
export function removeEmptyClusters(doc: Y.Doc, candidates: Iterable<string>): void {
  for (const id of new Set(candidates)) if (id && memberIds(doc, id).length === 0) clustersMap(doc).delete(id);
}

/**
 * Groups cards into a new cluster titled `title` (may be empty: the UI names it then), moving
 * them down where its title bar would cover a lane's. Cards already in another cluster leave
 * it; a cluster emptied that way is removed. One transaction, so one undo step.
 */
export function groupCards(doc: Y.Doc, ids: readonly CardId[], title = ''): ClusterId {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new BoardModelError('invalid-input', 'cards: group at least two');
  const maps = unique.map((id) => cardMapOrThrow(doc, id));
  const name = parseInput(clusterRecord.fields.title.input, title);
  const id = newClusterId();
  doc.transact(() => {
    const cluster = new Y.Map<unknown>();
    cluster.set(CLUSTER.title, name);
    cluster.set(CLUSTER.color, 'grey');
    clustersMap(doc).set(id, cluster);
    const left = maps.map((map) => map.get(CARD.cluster) as string);
    for (const map of maps) map.set(CARD.cluster, id);
    removeEmptyClusters(
      doc,
      left.filter((other) => typeof other === 'string'),
    );
    // Notes at the top of a lane move down a little, so the new title bar leaves the lane's in view.
    const rects = rectsOf(doc, unique);
    placeWithTitle(
      doc,
      rects.map(({ id: card, rect }) => ({ id: card, to: { x: rect.x, y: rect.y } })),
      rects,
    );
  });
  return id;
}

/** Takes cards out of their clusters; clusters left empty are removed. */
export function ungroupCards(doc: Y.Doc, ids: readonly CardId[]): void {
  const maps = [...new Set(ids)].map((id) => cardMapOrThrow(doc, id));
  doc.transact(() => {
    const left = maps.map((map) => map.get(CARD.cluster)).filter((other): other is string => typeof other === 'string');
    for (const map of maps) if (map.get(CARD.cluster)) map.set(CARD.cluster, '');
    removeEmptyClusters(doc, left);
  });
}

/** Dissolves a cluster: its notes stay where they are. */
export function removeCluster(doc: Y.Doc, id: ClusterId): void {
  if (!entity(clustersMap(doc), id)) throw new BoardModelError('not-found', `no cluster ${id}`);
  doc.transact(() => {
    for (const cardId of memberIds(doc, id)) cardsMap(doc).get(cardId)!.set(CARD.cluster, '');
    clustersMap(doc).delete(id);
  });
}

/** Renames a cluster (trimmed; empty is allowed). */
export function renameCluster(doc: Y.Doc, id: ClusterId, title: string): void {
  const map = entity(clustersMap(doc), id);
  if (!map) throw new BoardModelError('not-found', `no cluster ${id}`);
  const name = parseInput(clusterRecord.fields.title.input, title);
  doc.transact(() => map.set(CLUSTER.title, name));
}

/** The cards of a cluster that exist, in stacking order. */
export const clusterCards = (doc: Y.Doc, id: ClusterId): CardId[] => rectsOf(doc, memberIds(doc, id)).map(({ id: cardId }) => cardId);

/**
 * Where tidying puts the notes: a near-square grid (reading order kept: top to bottom, then
 * left to right) from the top-left corner of their present bounds, one cell per note of the
 * largest note's size. Pure, so tests and the command agree.
 */
export function tidyLayout(rects: ReadonlyArray<{ id: CardId; rect: Rect }>): Array<{ id: CardId; to: { x: number; y: number } }> {
  const bounds = boundsOf(rects.map(({ rect }) => rect));
  if (!bounds) return [];
  const row = CANVAS.card.default.h / 2;
  const ordered = [...rects].sort((a, b) => {
    const dy = a.rect.y - b.rect.y;
    return Math.abs(dy) > row ? dy : a.rect.x - b.rect.x || (a.id < b.id ? -1 : 1);
  });
  const columns = Math.ceil(Math.sqrt(ordered.length));
  const cell = { w: Math.max(...ordered.map(({ rect }) => rect.w)), h: Math.max(...ordered.map(({ rect }) => rect.h)) };
  return ordered.map(({ id }, i) => ({
    id,
    to: { x: bounds.x + (i % columns) * (cell.w + CANVAS.cardGap), y: bounds.y + Math.floor(i / columns) * (cell.h + CANVAS.cardGap) },
  }));
}

/**
 * How far down the notes must go so that their cluster's title bar does not cover a lane's
 * title bar (notes at the top of a lane would put it there): 0 when it is clear.
 */
export function roomForTitle(members: readonly Rect[], lanes: Iterable<Rect>): number {
  const frame = clusterFrame(members);
  if (!frame) return 0;
  const header = { ...frame, h: CLUSTER_FRAME.header };
  let down = 0;
  for (const lane of lanes) {
    const title = { x: lane.x, y: lane.y, w: lane.w, h: CANVAS.laneHeader };
    if (intersects(header, title)) down = Math.max(down, title.y + title.h - frame.y);
  }
  return Math.ceil(down);
}

type Placed = ReadonlyArray<{ id: CardId; to: { x: number; y: number } }>;

/** Moves the members to `layout`, lower by what their title bar needs; nothing when that moves nothing. */
function placeWithTitle(doc: Y.Doc, layout: Placed, rects: ReadonlyArray<{ id: CardId; rect: Rect }>): void {
  const now = new Map(rects.map(({ id, rect }) => [id as string, rect]));
  const down = roomForTitle(
    layout.map(({ id, to }) => ({ ...now.get(id)!, ...to })),
    laneFrames(doc).values(),
  );
  const moved = layout.some(({ id, to }) => now.get(id)!.x !== to.x || now.get(id)!.y !== to.y);
  if (down > 0 || moved)
    moveCards(
      doc,
      layout.map(({ id, to }) => ({ id, to: { x: to.x, y: to.y + down } })),
    );
}

/** Arranges a cluster's notes in a tidy grid where they are (one undo step). */
export function tidyCluster(doc: Y.Doc, id: ClusterId): void {
  if (!entity(clustersMap(doc), id)) throw new BoardModelError('not-found', `no cluster ${id}`);
  const rects = rectsOf(doc, memberIds(doc, id));
  doc.transact(() => placeWithTitle(doc, tidyLayout(rects), rects));
}

/** The frame drawn around a cluster's notes: their bounds, padded, with the title bar on top. */
export function clusterFrame(members: readonly Rect[]): Rect | null {
  const bounds = boundsOf(members);
  if (!bounds) return null;
  const { padding, header } = CLUSTER_FRAME;
  return { x: bounds.x - padding, y: bounds.y - padding - header, w: bounds.w + 2 * padding, h: bounds.h + 2 * padding + header };
}
