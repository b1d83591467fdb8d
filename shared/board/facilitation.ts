/**
 * Facilitation modes held in the session document: breakout vs plenary, "follow me", and
 * private idea mode. Only facilitators write the session document; the relay enforces that.
 */
import type * as Y from 'yjs';
import { sessionMap } from './docMaps';
import { SESSION_STATE } from './keys';
import { readSessionField } from './session';
import { sameRect } from './geometry';
import type { FollowState } from './types';

/** Breakout groups work on their own tracks (true), or everyone sees the whole board (false). */
export function setBreakout(doc: Y.Doc, on: boolean): void {
  doc.transact(() => sessionMap(doc).set(SESSION_STATE.breakout, on));
}

export const readBreakout = (doc: Y.Doc): boolean => readSessionField(doc, 'breakout');

/** The follow state, or null when nobody leads (or the stored value is malformed). */
export function readFollow(doc: Y.Doc): FollowState | null {
  return readSessionField(doc, 'follow');
}

/**
 * Starts (or moves) "follow me": everyone's view goes where the leader's is. Written as one
 * value so a lane change and a card change never mix two moments.
 */
export function setFollow(doc: Y.Doc, follow: FollowState): void {
  const current = readFollow(doc);
  if (
    current &&
    current.leader === follow.leader &&
    current.laneId === follow.laneId &&
    current.cardId === follow.cardId &&
    current.slide === follow.slide &&
    sameRect(current.area, follow.area)
  )
    return;
  doc.transact(() => sessionMap(doc).set(SESSION_STATE.follow, { ...follow }));
}

/** Ends "follow me": everyone moves freely again. */
export function stopFollow(doc: Y.Doc): void {
  if (!sessionMap(doc).has(SESSION_STATE.follow)) return;
  doc.transact(() => sessionMap(doc).delete(SESSION_STATE.follow));
}

/** Turns private idea mode on, or off — off is the reveal: every browser publishes its ideas. */
export function setPrivateMode(doc: Y.Doc, on: boolean): void {
  doc.transact(() => sessionMap(doc).set(SESSION_STATE.privateMode, on));
}

export const readPrivateMode = (doc: Y.Doc): boolean => readSessionField(doc, 'privateMode');
