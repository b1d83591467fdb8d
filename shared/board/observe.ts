/**
 * Fine-grained change notifications: which lanes, cards and comment threads a transaction
 * touched, so a UI re-renders one card instead of two thousand.
 */
import * as Y from 'yjs';
import { cardsMap, clustersMap, commentsMap, groupsMap, lanesMap, metaMap } from './docMaps';
import { COMMENT, LANE } from './keys';
import type { CardId, LaneId } from './types';

/** What one transaction changed on a board's content document. */
export interface BoardChange {
  meta: boolean;
  /** Lanes added, removed or edited, and lanes whose group was just removed. */
  lanes: Set<LaneId>;
  /** Cards added, removed, moved or edited (fields, description, resources, stages). */
  cards: Set<CardId>;
  /** Cards whose comment thread changed. */
  comments: Set<CardId>;
  groups: boolean;
  /** Clusters added, removed or renamed (their members are in `cards`). */
  clusters: boolean;
  /** The transaction's origin (null for the local user's commands, a provider for remote). */
  origin: unknown;
  /** True when the change was made on this replica. */
  local: boolean;
}

type DeepEvents = Array<Y.YEvent<Y.AbstractType<unknown>>>;

/**
 * Ids of the top-level map's entries touched by a batch of deep events: keys changed on the
 * map itself, and for anything nested (a card's field, its description, a resource) the first
 * step of the event's path, which is the entity's id.
 */
function touchedIds(events: DeepEvents, root: unknown): string[] {
  const ids: string[] = [];
  for (const event of events) {
    if (event.target === root) ids.push(...event.changes.keys.keys());
    else if (typeof event.path[0] === 'string') ids.push(event.path[0]);
  }
  return ids;
}

/**
 * Calls `listener` once per transaction that changed the board, with the ids it touched;
 * returns an unsubscribe function. Local commands carry origin null and `local: true`.
 */
export function observeBoard(doc: Y.Doc, listener: (change: BoardChange) => void): () => void {
  const meta = metaMap(doc);
  const lanes = lanesMap(doc);
  const cards = cardsMap(doc);
  const comments = commentsMap(doc);
  const groups = groupsMap(doc);
  const clusters = clustersMap(doc);
  // Remembers each comment's card, because a deleted comment can no longer say.
  const commentCard = new Map<string, CardId>();
  comments.forEach((map, id) => {
    const cardId = map instanceof Y.Map ? map.get(COMMENT.cardId) : undefined;
    if (typeof cardId === 'string') commentCard.set(id, cardId as CardId);
  });

  let pending: BoardChange | null = null;
  const current = (): BoardChange =>
    (pending ??= { meta: false, lanes: new Set(), cards: new Set(), comments: new Set(), groups: false, clusters: false, origin: null, local: false });

  const onMeta = () => void (current().meta = true);
  const onClusters = () => void (current().clusters = true);
  const onGroups = (events: DeepEvents) => {
    const change = current();
    change.groups = true;
    // Lanes of a removed group now read as unassigned: tell whoever renders them.
    const removed = new Set<unknown>();
    for (const event of events) {
      if (event.target !== groups) continue;
      for (const [id, { action }] of event.changes.keys) if (action === 'delete') removed.add(id);
    }
    if (removed.size === 0) return;
    lanes.forEach((lane, laneId) => {
      if (lane instanceof Y.Map && removed.has(lane.get(LANE.groupId))) change.lanes.add(laneId as LaneId);
    });
  };
  const onLanes = (events: DeepEvents) => {
    for (const id of touchedIds(events, lanes)) current().lanes.add(id as LaneId);
  };
  const onCards = (events: DeepEvents) => {
    for (const id of touchedIds(events, cards)) current().cards.add(id as CardId);
  };
  const onComments = (events: DeepEvents) => {
    for (const id of touchedIds(events, comments)) {
      const map = comments.get(id);
      const live = map instanceof Y.Map ? map.get(COMMENT.cardId) : undefined;
      const cardId = typeof live === 'string' ? (live as CardId) : commentCard.get(id);
      if (typeof live === 'string') commentCard.set(id, live as CardId);
      else commentCard.delete(id);
      if (cardId) current().comments.add(cardId);
    }
  };
  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (!pending) return;
    const change = pending;
    pending = null;
    change.origin = transaction.origin;
    change.local = transaction.local;
    listener(change);
  };

  meta.observeDeep(onMeta);
  groups.observeDeep(onGroups);
  clusters.observeDeep(onClusters);
  lanes.observeDeep(onLanes);
  cards.observeDeep(onCards);
  comments.observeDeep(onComments);
  doc.on('afterTransaction', onAfterTransaction);
  return () => {
    meta.unobserveDeep(onMeta);
    groups.unobserveDeep(onGroups);
    clusters.unobserveDeep(onClusters);
    lanes.unobserveDeep(onLanes);
    cards.unobserveDeep(onCards);
    comments.unobserveDeep(onComments);
    doc.off('afterTransaction', onAfterTransaction);
  };
}
