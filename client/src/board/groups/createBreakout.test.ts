import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { addGroup, joinGroup, setBreakout, setLaneGroup } from '../../../../shared/board';
import { createBoardStore } from '../store/createBoardStore';
import { createBreakout } from './createBreakout';
import { boardWithGroupOnThirdTrack } from './groupedBoard';

function setup() {
  const { content, session, lanes, group } = boardWithGroupOnThirdTrack();
  return createRoot((dispose) => {
    const store = createBoardStore(content, session);
    return { content, session, lanes, group, breakout: createBreakout(store.state, 'device-anna-1'), dispose };
  });
}

describe('createBreakout', () => {
  it('shows a member only their group’s tracks while groups work, and everything in plenary', () => {
    const { content, session, lanes, group, breakout, dispose } = setup();
    joinGroup(content, group, { key: 'device-anna-1', name: 'Анна' });
    expect(breakout.myGroup()?.name).toBe('Группа 1');
    expect(breakout.visibleLanes()).toHaveLength(4);
    setBreakout(session, true);
    expect(breakout.visibleLanes().map((lane) => lane.id)).toEqual([lanes[2]!.id]);
    breakout.setShowWholeBoard(true);
    expect(breakout.visibleLanes()).toHaveLength(4);
    // The next breakout round opens on the group's track again.
    setBreakout(session, false);
    setBreakout(session, true);
    expect(breakout.visibleLanes()).toHaveLength(1);
    setBreakout(session, false);
    expect(breakout.visibleLanes()).toHaveLength(4);
    dispose();
  });

  it('keeps the whole board for people outside groups and for groups without a track', () => {
    const { content, session, lanes, breakout, dispose } = setup();
    setBreakout(session, true);
    expect(breakout.myGroup()).toBeNull();
    expect(breakout.visibleLanes()).toHaveLength(4);
    const empty = addGroup(content, { name: 'Группа 2' });
    joinGroup(content, empty, { key: 'device-anna-1', name: 'Анна' });
    expect(breakout.focused()).toBe(false);
    expect(breakout.visibleLanes()).toHaveLength(4);
    setLaneGroup(content, lanes[0]!.id, empty);
    expect(breakout.visibleLanes().map((lane) => lane.id)).toEqual([lanes[0]!.id]);
    dispose();
  });
});
