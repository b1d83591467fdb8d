import { describe, expect, it } from 'vitest';
import { addGroup, getLane, listGroups, listLanes, readBoardContent, removeGroup, renameGroup, setLaneGroup } from './index';
import { LANE } from './keys';
import { lanesMap, groupsMap } from './docMaps';
import { newBoard } from './test/fixtures';

describe('breakout groups', () => {
  it('lists groups by name in one fixed collation, numbers in numeric order', () => {
    const doc = newBoard();
    for (const name of ['Группа 10', 'Группа 2', 'Аналитики', 'Experts']) addGroup(doc, { name });
    expect(listGroups(doc).map((g) => g.name)).toEqual(['Аналитики', 'Группа 2', 'Группа 10', 'Experts']);
  });

  it('renames groups, assigns lanes and clears them when the group goes', () => {
    const doc = newBoard();
    const [a, b] = listLanes(doc);
    const group = addGroup(doc, { name: 'Группа 1', color: 'teal' });
    setLaneGroup(doc, a!.id, group);
    setLaneGroup(doc, b!.id, group);
    renameGroup(doc, group, 'Городская команда');
    expect(listGroups(doc)).toEqual([{ id: group, name: 'Городская команда', color: 'teal' }]);
    setLaneGroup(doc, b!.id, null);
    expect(getLane(doc, b!.id)?.groupId).toBeNull();
    removeGroup(doc, group);
    expect(listLanes(doc).map((lane) => lane.groupId)).toEqual([null, null, null, null]);
    expect(lanesMap(doc).get(a!.id)?.get(LANE.groupId)).toBe('');
  });

  it('reads a lane pointing at a group that no longer exists as unassigned', () => {
    const doc = newBoard();
    const lane = listLanes(doc)[0]!.id;
    lanesMap(doc).get(lane)!.set(LANE.groupId, 'ghost');
    expect(getLane(doc, lane)?.groupId).toBeNull();
    expect(readBoardContent(doc).lanes[0]!.groupId).toBeNull();
    expect(groupsMap(doc).size).toBe(0);
  });
});
