// biome-ignore-all lint/suspicious/noExplicitAny: generic field descriptions are matched by shape; their stored and plain types vary per field
/**
 * The two documents a client can write, as their top-level shared types: each either one record
 * (the board's meta, the session state) or a collection of records keyed by id, with the most a
 * board may hold. The relay checks every client update against this layout.
 */
import { CONTENT, SESSION } from '../keys';
import { cardRecord } from './cardRecord';
import { clusterRecord } from './clusterRecord';
import { commentRecord } from './commentRecord';
import type { Fields } from './fields';
import { groupRecord } from './groupRecord';
import { laneRecord } from './laneRecord';
import { metaRecord } from './metaRecord';
import type { RecordDescription } from './record';
import { sessionRecord } from './sessionRecord';
import { LIMITS } from './values';

export type RootLayout = { kind: 'single'; record: RecordDescription<Fields> } | { kind: 'collection'; record: RecordDescription<Fields>; max: number };

const single = (record: RecordDescription<any>): RootLayout => ({ kind: 'single', record });
const collection = (record: RecordDescription<any>, max: number): RootLayout => ({ kind: 'collection', record, max });

/** The content document: lanes, cards, comments, groups, clusters and the board's meta. */
export const CONTENT_LAYOUT: Readonly<Record<string, RootLayout>> = {
  [CONTENT.meta]: single(metaRecord),
  [CONTENT.lanes]: collection(laneRecord, LIMITS.lanes),
  [CONTENT.cards]: collection(cardRecord, LIMITS.cards),
  [CONTENT.comments]: collection(commentRecord, LIMITS.comments),
  [CONTENT.groups]: collection(groupRecord, LIMITS.groups),
  [CONTENT.clusters]: collection(clusterRecord, LIMITS.clusters),
};

/** The session document: one state map. */
export const SESSION_LAYOUT: Readonly<Record<string, RootLayout>> = {
  [SESSION.state]: single(sessionRecord),
};
