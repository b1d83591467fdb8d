import { createEffect, createRoot, on } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { joinGroup, setBreakout } from '../../../../shared/board';
import { createBreakout } from '../groups/createBreakout';
import { boardWithGroupOnThirdTrack } from '../groups/groupedBoard';
import { createBoardStore } from '../store/createBoardStore';
import type { CameraRequest } from './createBoardView';

// Scrolling the list to a track waits for a frame; there is no list here.
vi.stubGlobal('requestAnimationFrame', () => 0);
const { createBoardView } = await import('./createBoardView');

/** Anna's screen, with her group on the third track. */
function setup() {
  const { content, session, lanes, group } = boardWithGroupOnThirdTrack();
  joinGroup(content, group, { key: 'device-anna-1', name: 'Анна' });
  return createRoot((dispose) => {
    const store = createBoardStore(content, session);
    const breakout = createBreakout(store.state, 'device-anna-1');
    const editing: Array<string | null> = [];
    const view = createBoardView({ cards: store.plainCards, breakout, setEditing: (cardId) => void editing.push(cardId) });
    const requests: CameraRequest[] = [];
    createEffect(on(view.cameraRequest, (request) => request && void requests.push(request), { defer: true }));
    return {
      session,
      lanes,
      breakout,
      view,
      editing,
      requests,
      dispose: () => {
        store.dispose();
        dispose();
      },
    };
  });
}

describe('createBoardView', () => {
  it('takes a group member to their track when the breakout starts', () => {
    const { session, lanes, view, requests, dispose } = setup();
    expect(view.focusedLaneId()).toBeNull();
    setBreakout(session, true);
    expect(view.focusedLaneId()).toBe(lanes[2]!.id);
    expect(requests).toEqual([{ kind: 'lane', laneId: lanes[2]!.id }]);
    dispose();
  });

  it('shows the whole board to reach a track the breakout hides', () => {
    const { session, lanes, breakout, view, dispose } = setup();
    setBreakout(session, true);
    expect(breakout.visibleLanes().map((lane) => lane.id)).toEqual([lanes[2]!.id]);
    view.showLane(lanes[0]!.id);
    expect(breakout.showWholeBoard()).toBe(true);
    expect(view.focusedLaneId()).toBe(lanes[0]!.id);
    dispose();
  });

  it('shows others which card this person has open', () => {
    const { view, editing, dispose } = setup();
    view.openCard('card-1');
    expect(view.openCardId()).toBe('card-1');
    view.openCard(null);
    expect(editing).toEqual(['card-1', null]);
    dispose();
  });
});
