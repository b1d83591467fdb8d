import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readSession, setBreakout, setFollow, setPrivateMode, stopFollow } from './index';
import { sessionMap } from './docMaps';
import { SESSION_STATE } from './keys';

describe('facilitation modes', () => {
  it('starts in plenary, without follow or private mode', () => {
    const state = readSession(new Y.Doc());
    expect(state.breakout).toBe(false);
    expect(state.follow).toBeNull();
    expect(state.privateMode).toBe(false);
  });

  it('switches breakout and private mode on and off', () => {
    const doc = new Y.Doc();
    setBreakout(doc, true);
    setPrivateMode(doc, true);
    expect(readSession(doc)).toMatchObject({ breakout: true, privateMode: true });
    setBreakout(doc, false);
    setPrivateMode(doc, false);
    expect(readSession(doc)).toMatchObject({ breakout: false, privateMode: false });
  });

  it('moves the follow position as one value and stops it', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    setFollow(doc, { leader: 'Ольга', laneId: 'lane-1', cardId: null, slide: null, area: { x: 0, y: 0, w: 1200, h: 800 } });
    setFollow(doc, { leader: 'Ольга', laneId: 'lane-1', cardId: null, slide: null, area: { x: 0, y: 0, w: 1200, h: 800 } });
    expect(updates).toBe(1);
    // The camera moved: a new position.
    setFollow(doc, { leader: 'Ольга', laneId: 'lane-1', cardId: null, slide: null, area: { x: 300, y: 0, w: 1200, h: 800 } });
    expect(updates).toBe(2);
    setFollow(doc, { leader: 'Ольга', laneId: 'lane-2', cardId: 'card-9', slide: 2, area: null });
    expect(readSession(doc).follow).toEqual({ leader: 'Ольга', laneId: 'lane-2', cardId: 'card-9', slide: 2, area: null });
    stopFollow(doc);
    expect(readSession(doc).follow).toBeNull();
  });

  it('reads malformed follow values as no follow, and bad fields as absent', () => {
    const doc = new Y.Doc();
    sessionMap(doc).set(SESSION_STATE.follow, 'everyone');
    expect(readSession(doc).follow).toBeNull();
    sessionMap(doc).set(SESSION_STATE.follow, { leader: 'Ольга', laneId: 42, cardId: 'x'.repeat(100), slide: -1, area: { x: 0, y: 0, w: -5, h: 1 } });
    expect(readSession(doc).follow).toEqual({ leader: 'Ольга', laneId: null, cardId: null, slide: null, area: null });
    // Written before the canvas: no area at all.
    sessionMap(doc).set(SESSION_STATE.follow, { leader: 'Ольга', laneId: 'lane-1', cardId: null, slide: null });
    expect(readSession(doc).follow).toEqual({ leader: 'Ольга', laneId: 'lane-1', cardId: null, slide: null, area: null });
  });
});
