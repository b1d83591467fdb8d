import { createRoot, createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { observeSession, readSession, setFollow } from '../../../../shared/board';
import type { Rect } from '../../../../shared/board';
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
    const [viewArea, setViewArea] = createSignal<Rect | null>(null);
    const shown: string[] = [];
    const areas: Rect[] = [];
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
      viewArea,
      showArea: (area) => void areas.push(area),
    });
    return {
      follow,
      setFocusedLaneId,
      setOpenCardId,
      openCardId,
      slide,
      setSlide,
      shown,
      setViewArea,
      areas,
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
    expect(readSession(doc).follow).toEqual({ leader: 'Ольга', laneId: 'lane-2', cardId: null, slide: null, area: null });
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
    setFollow(doc, { leader: 'Иван', laneId: 'lane-3', cardId: null, slide: null, area: null });
    expect(anna.follow.following()).toBe(true);
    expect(ivan.follow.leading()).toBe(true);
    expect(olga.follow.following()).toBe(true);
    for (const p of [olga, ivan, anna]) p.dispose();
  });

  it('on the canvas, followers frame what the leader’s screen shows, once per move, until they step out', () => {
    const doc = new Y.Doc();
    const olga = person(doc, 'Ольга', true);
    const anna = person(doc, 'Анна', false);
    olga.setViewArea({ x: 0, y: 0, w: 1400, h: 700 });
    olga.follow.lead();
    expect(readSession(doc).follow?.area).toEqual({ x: 0, y: 0, w: 1400, h: 700 });
    expect(anna.areas).toEqual([{ x: 0, y: 0, w: 1400, h: 700 }]);
    // The leader's camera rests somewhere else: followers go there; her lane changing alone moves nobody's camera to an area again.
    olga.setViewArea({ x: 800, y: 0, w: 700, h: 350 });
    expect(anna.areas.at(-1)).toEqual({ x: 800, y: 0, w: 700, h: 350 });
    olga.setFocusedLaneId('lane-3');
    expect(anna.areas).toHaveLength(2);
    expect(anna.shown).toEqual(['lane-3']);
    anna.follow.stepOut();
    olga.setViewArea({ x: 0, y: 900, w: 700, h: 350 });
    expect(anna.areas).toHaveLength(2);
    anna.follow.rejoin();
    expect(anna.areas.at(-1)).toEqual({ x: 0, y: 900, w: 700, h: 350 });
    // Off the canvas (the list view), the leader shares no area.
    olga.setViewArea(null);
    expect(readSession(doc).follow?.area).toBeNull();
    for (const p of [olga, anna]) p.dispose();
  });
});
