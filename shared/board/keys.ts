/**
 * The Yjs layout of a board: which shared types each document has at its top, and under which
 * key each record keeps each field (derived from the record descriptions in `schema/`). Commands
 * and readers use these names; nothing else names a Y key.
 */
import { cardRecord } from './schema/cardRecord';
import { clusterRecord } from './schema/clusterRecord';
import { commentRecord } from './schema/commentRecord';
import { groupRecord } from './schema/groupRecord';
import { laneRecord } from './schema/laneRecord';
import { metaRecord } from './schema/metaRecord';
import { sessionRecord } from './schema/sessionRecord';

/** Top-level shared types of the content document. */
export const CONTENT = {
  meta: 'meta',
  lanes: 'lanes',
  cards: 'cards',
  comments: 'comments',
  groups: 'groups',
  clusters: 'clusters',
} as const;

/** Top-level shared types of the session document. */
export const SESSION = {
  state: 'session',
} as const;

/**
 * The private document: kept by the server, never served over WebSocket. Holds who the
 * participants are and their ballots, so counts stay secret until the facilitator reveals.
 */
export const PRIVATE = {
  participants: 'participants',
  ballots: 'ballots',
  /** expert participant id → Y.Map<cardId, {criterionId: 1..5}> */
  scores: 'scores',
  /** card or comment id → the author it was first created with (see `authorship.ts`). */
  authors: 'authors',
  /** "a|b" (card ids in order) → true: pairs the facilitator said are not duplicates. */
  distinctPairs: 'distinctPairs',
} as const;

/** Keys of the meta map. */
export const META = metaRecord.keys;
/** Keys of one lane's Y.Map. */
export const LANE = laneRecord.keys;
/** Keys of one card's Y.Map (`position` holds `{lane, order}` as one value). */
export const CARD = cardRecord.keys;
/** Keys of one comment's Y.Map. */
export const COMMENT = commentRecord.keys;
/** Keys of one breakout group's Y.Map (`members`: Y.Map<memberKey, {name}>). */
export const GROUP = groupRecord.keys;
/** Keys of one cluster's Y.Map. */
export const CLUSTER = clusterRecord.keys;
/** Keys of the session state map. */
export const SESSION_STATE = sessionRecord.keys;

/** Version-0 card keys, read only by the migration. */
export const CARD_V0 = {
  lane: 'lane',
  order: 'order',
} as const;
