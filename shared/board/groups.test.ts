import { describe, expect, it } from 'vitest';
import { addGroup, getLane, listGroups, listLanes, readBoardContent, removeGroup, renameGroup, setLaneGroup } from './index';
import { LANE } from './keys';
import { lanesMap, groupsMap } from './docMaps';
import { newBoard } from './test/fixtures';
import { exchange, prng, replicas } from './test/replicas';
import { groupOfMember, joinGroup, leaveGroups } from './groups';

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
    expect(listGroups(doc)).toEqual([{ id: group, name: 'Городская команда', color: 'teal', members: [] }]);
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

  it('keeps one person in one group, lists members by name, and lets them leave', () => {
    const doc = newBoard();
    const a = addGroup(doc, { name: 'Группа 1' });
    const b = addGroup(doc, { name: 'Группа 2' });
    joinGroup(doc, a, { key: 'device-ivan-1', name: 'Иван' });
    joinGroup(doc, a, { key: 'device-anna-1', name: 'Анна' });
    expect(
      listGroups(doc)
        .find((g) => g.id === a)
        ?.members.map((m) => m.name),
    ).toEqual(['Анна', 'Иван']);
    joinGroup(doc, b, { key: 'device-ivan-1', name: 'Иван П.' });
    const groups = listGroups(doc);
    expect(groups.find((g) => g.id === a)?.members.map((m) => m.key)).toEqual(['device-anna-1']);
    expect(groupOfMember(groups, 'device-ivan-1')?.id).toBe(b);
    expect(groupOfMember(groups, 'device-ivan-1')?.members[0]?.name).toBe('Иван П.');
    leaveGroups(doc, 'device-ivan-1');
    expect(groupOfMember(listGroups(doc), 'device-ivan-1')).toBeNull();
  });

  it('refuses bad member keys, empty names and unknown groups', () => {
    const doc = newBoard();
    const a = addGroup(doc, { name: 'Группа 1' });
    expect(() => joinGroup(doc, a, { key: 'x', name: 'Иван' })).toThrow(/URL-safe/);
    expect(() => joinGroup(doc, a, { key: 'device-ivan-1', name: '  ' })).toThrow(/empty/);
    expect(() => joinGroup(doc, 'nope' as never, { key: 'device-ivan-1', name: 'Иван' })).toThrow(/no group/);
  });

  it('keeps both people when two join the same group at once on different replicas', () => {
    const seed = newBoard();
    const group = addGroup(seed, { name: 'Группа 1' });
    const [one, two] = replicas(2, seed);
    joinGroup(one!.doc, group, { key: 'device-ivan-1', name: 'Иван' });
    joinGroup(two!.doc, group, { key: 'device-anna-1', name: 'Анна' });
    exchange([one!, two!], prng(7));
    for (const replica of [one!, two!]) expect(listGroups(replica.doc)[0]?.members.map((m) => m.name)).toEqual(['Анна', 'Иван']);
  });
});
