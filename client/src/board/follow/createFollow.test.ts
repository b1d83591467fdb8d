import { createRoot, createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { observeSession, readSession, setFollow } from '../../../../shared/board';
import type { FollowState } from '../../../../shared/board/types';
import { createFollow } from './createFollow';

/** One participant's view over a shared session document, the way the board store feeds it. */
function person(sessionDoc: Y.Doc, name: string, isFacilitator: boolean) {
  return createRoot((dispose) => {
    const [state, setState] = createStore({ follow: readSession(sessionDoc).follow as FollowState | null });
    const stop = observeSession(sessionDoc, (next) => setState('follow', reconcile(next.follow)));
    const [focusedLaneId, setFocusedLaneId] = createSignal<string | null>(null);
    const [openCardId, setOpenCardId] = createSignal<string | null>(null);
    const [slide, setSlide] = createSignal<number | null>(null);
    const shown: string[] = [];
    const follow = createFollow({
      sessionDoc,
      follow: () => state.follow,
      isFacilitator,
      name,
      focusedLaneId,
      openCardId,
      showLane: (laneId) => void shown.push(laneId),
      openCard: setOpenCardId,
      slide,
      showSlide: setSlide,
    });
    return {
      follow,
      setFocusedLaneId,
      setOpenCardId,
      openCardId,
      slide,
      setSlide,
      shown,
      dispose: () => {
        stop();
        dispose();
      },
    };
  });
}

describe('follow me', () => {
  it('publishes the leader’s lane and card, and followers go there until they step out', () => {
    const doc = new Y.Doc();
    const olga = person(doc, 'Ольга', true);
    const anna = person(doc, 'Анна', false);
    olga.setFocusedLaneId('lane-2');
    olga.follow.lead();
    expect(readSession(doc).follow).toEqual({ leader: 'Ольга', laneId: 'lane-2', cardId: null, slide: null });
    expect(olga.follow.leading()).toBe(true);
    expect(anna.follow.following()).toBe(true);
    expect(anna.shown).toEqual(['lane-2']);

    olga.setOpenCardId('card-7');
    expect(anna.openCardId()).toBe('card-7');
    olga.setOpenCardId(null);
    expect(anna.openCardId()).toBeNull();

    anna.follow.stepOut();
    olga.setFocusedLaneId('lane-4');
    olga.setOpenCardId('card-9');
    expect(anna.openCardId()).toBeNull();
    expect(anna.shown).toEqual(['lane-2']);
    anna.follow.rejoin();
    expect(anna.openCardId()).toBe('card-9');
    expect(anna.shown.at(-1)).toBe('lane-4');

    // Presenting: followers see the same slide.
    olga.setSlide(2);
    expect(anna.slide()).toBe(2);
    olga.setSlide(null);
    expect(anna.slide()).toBeNull();

    olga.follow.stopLeading();
    expect(readSession(doc).follow).toBeNull();
    expect(anna.follow.following()).toBe(false);
    olga.dispose();
    anna.dispose();
  });

  it('asks everyone again when another facilitator takes the lead, and nobody but the leader publishes', () => {
    const doc = new Y.Doc();
    const olga = person(doc, 'Ольга', true);
    const ivan = person(doc, 'Иван', true);
    const anna = person(doc, 'Анна', false);
    olga.follow.lead();
    anna.follow.stepOut();
    expect(anna.follow.following()).toBe(false);
    // Ivan follows Olga: his own moves are not published.
    ivan.setFocusedLaneId('lane-3');
    expect(readSession(doc).follow?.laneId).toBeNull();
    setFollow(doc, { leader: 'Иван', laneId: 'lane-3', cardId: null, slide: null });
    expect(anna.follow.following()).toBe(true);
    expect(ivan.follow.leading()).toBe(true);
    expect(olga.follow.following()).toBe(true);
    for (const p of [olga, ivan, anna]) p.dispose();
  });
});
