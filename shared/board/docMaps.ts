/**
 * Typed handles on the top-level shared types of a board's documents. Getting a top-level map
 * by name creates it if missing, so these never fail, even on an empty (not yet synced) doc.
 */
import * as Y from 'yjs';
import { CONTENT, SESSION } from './keys';

/** A top-level map of entities keyed by id, each entity a nested Y.Map. */
export type EntityMap = Y.Map<Y.Map<unknown>>;

/** The content document's meta map (title, place, date, locale, schema version). */
export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(CONTENT.meta);
/** laneId → lane Y.Map. */
export const lanesMap = (doc: Y.Doc): EntityMap => doc.getMap<Y.Map<unknown>>(CONTENT.lanes);
/** cardId → card Y.Map. */
export const cardsMap = (doc: Y.Doc): EntityMap => doc.getMap<Y.Map<unknown>>(CONTENT.cards);
/** commentId → comment Y.Map. */
export const commentsMap = (doc: Y.Doc): EntityMap => doc.getMap<Y.Map<unknown>>(CONTENT.comments);
/** groupId → breakout group Y.Map. */
export const groupsMap = (doc: Y.Doc): EntityMap => doc.getMap<Y.Map<unknown>>(CONTENT.groups);
/** The content document's clusters of notes. */
export const clustersMap = (doc: Y.Doc): EntityMap => doc.getMap<Y.Map<unknown>>(CONTENT.clusters);
/** The session document's state map (lock, phase, timer, voting). */
export const sessionMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(SESSION.state);

/**
 * A nested entity map, if present and really a Y.Map. A remote peer may have written anything
 * under an id, so callers never trust the value's type.
 */
export function entity(map: EntityMap, id: string): Y.Map<unknown> | null {
  const value: unknown = map.get(id);
  return value instanceof Y.Map ? value : null;
}
