/**
 * Reading Y.Maps into plain records, by their descriptions in `schema/`. Remote documents can
 * hold anything (an old client, a bug, a hostile peer the relay refused too late), so readers
 * fall back to defaults instead of throwing, and what they return always has the types and
 * enums of `types.ts`.
 */
import type * as Y from 'yjs';
import { cardRecord } from './schema/cardRecord';
import { clusterRecord } from './schema/clusterRecord';
import { commentRecord } from './schema/commentRecord';
import { groupRecord } from './schema/groupRecord';
import { laneRecord } from './schema/laneRecord';
import { metaRecord } from './schema/metaRecord';
import { readRecord } from './schema/record';
import { sessionRecord } from './schema/sessionRecord';
import type { BoardMeta, Card, CardId, Cluster, ClusterId, Comment, CommentId, Group, GroupId, Lane, LaneId, SessionState } from './types';

export { readPosition } from './schema/cardRecord';

/** A lane record; `groupId` is null when unset (groups that no longer exist: see `listLanes`). */
export function readLane(id: string, map: Y.Map<unknown>): Lane {
  return { id: id as LaneId, ...readRecord(laneRecord, map)! };
}

/** A card, or null when it has no usable position (it cannot be shown anywhere). */
export function readCard(id: string, map: Y.Map<unknown>): Card | null {
  const card = readRecord(cardRecord, map);
  return card ? { id: id as CardId, ...card } : null;
}

/** A comment record. */
export function readComment(id: string, map: Y.Map<unknown>): Comment {
  return { id: id as CommentId, ...readRecord(commentRecord, map)! };
}

/** A breakout group record, members sorted by name. */
export function readGroup(id: string, map: Y.Map<unknown>): Group {
  return { id: id as GroupId, ...readRecord(groupRecord, map)! };
}

/** A cluster record. */
export function readCluster(id: string, map: Y.Map<unknown>): Cluster {
  return { id: id as ClusterId, ...readRecord(clusterRecord, map)! };
}

/** The board's meta map; defaults for anything missing (an empty doc reads as version 0). */
export function readMetaMap(map: Y.Map<unknown>): BoardMeta {
  return readRecord(metaRecord, map)!;
}

/** The session state map; defaults for anything missing or malformed. */
export function readSessionMap(map: Y.Map<unknown>): SessionState {
  return readRecord(sessionRecord, map)!;
}
