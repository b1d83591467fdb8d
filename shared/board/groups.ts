/** Breakout groups: named teams that lanes (tracks) can be assigned to. */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { entity, groupsMap, lanesMap } from './docMaps';
import { newGroupId } from './ids';
import { GROUP, LANE } from './keys';
import { readGroup } from './records';
import type { Color, Group, GroupId } from './types';
import { colorSchema, parseInput, titleSchema } from './validation';

/**
 * A fixed collation, not the runtime's default locale: the server, a Russian browser and an
 * English one must list groups (and export them) in the same order.
 */
const byName = new Intl.Collator('ru', { numeric: true });

/** All breakout groups by name ("Группа 2" before "Группа 10"), ties by id. */
export function listGroups(doc: Y.Doc): Group[] {
  const groups: Group[] = [];
  groupsMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map) groups.push(readGroup(id, map));
  });
  return groups.sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Adds a breakout group (name trimmed, 1..200 characters; colour defaults to violet). */
export function addGroup(doc: Y.Doc, input: { name: string; color?: Color }): GroupId {
  const name = parseInput(titleSchema, input.name);
  const color = parseInput(colorSchema.default('violet'), input.color);
  const id = newGroupId();
  const map = new Y.Map<unknown>();
  map.set(GROUP.name, name);
  map.set(GROUP.color, color);
  doc.transact(() => groupsMap(doc).set(id, map));
  return id;
}

/** Renames a breakout group. */
export function renameGroup(doc: Y.Doc, id: GroupId, name: string): void {
  const parsed = parseInput(titleSchema, name);
  const map = entity(groupsMap(doc), id);
  if (!map) throw new BoardModelError('not-found', `no group ${id}`);
  doc.transact(() => map.set(GROUP.name, parsed));
}

/**
 * Removes a group; its lanes stay, unassigned. A lane assigned to it concurrently keeps a
 * dangling id, which `listLanes` reads as no group.
 */
export function removeGroup(doc: Y.Doc, id: GroupId): void {
  if (!entity(groupsMap(doc), id)) throw new BoardModelError('not-found', `no group ${id}`);
  doc.transact(() => {
    lanesMap(doc).forEach((lane) => {
      if (lane instanceof Y.Map && lane.get(LANE.groupId) === id) lane.set(LANE.groupId, '');
    });
    groupsMap(doc).delete(id);
  });
}
