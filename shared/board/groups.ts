/** Breakout groups: named teams that lanes (tracks) can be assigned to. */
import * as Y from 'yjs';
import * as z from 'zod/mini';
import { BoardModelError } from './BoardModelError';
import { entity, groupsMap, lanesMap } from './docMaps';
import { newGroupId } from './ids';
import { GROUP, LANE } from './keys';
import { readGroup } from './records';
import type { Color, Group, GroupId, GroupMember } from './types';
import { colorSchema, memberKeySchema, nameSchema, parseInput, titleSchema } from './validation';

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
  const color = parseInput(z._default(colorSchema, 'violet'), input.color);
  const id = newGroupId();
  const map = new Y.Map<unknown>();
  map.set(GROUP.name, name);
  map.set(GROUP.color, color);
  // Created with the group, so two people joining at once never race to create it.
  map.set(GROUP.members, new Y.Map<unknown>());
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

/** The members map of a group, created on first use (groups made before membership have none). */
function membersOf(group: Y.Map<unknown>): Y.Map<unknown> {
  const existing = group.get(GROUP.members);
  if (existing instanceof Y.Map) return existing;
  const members = new Y.Map<unknown>();
  group.set(GROUP.members, members);
  return members;
}

/**
 * Puts a person into a group (by themselves, or assigned by a facilitator), taking them out of
 * any other group in the same transaction: one person works in one group at a time.
 */
export function joinGroup(doc: Y.Doc, groupId: GroupId, member: GroupMember): void {
  const key = parseInput(memberKeySchema, member.key);
  const name = parseInput(nameSchema, member.name);
  const target = entity(groupsMap(doc), groupId);
  if (!target) throw new BoardModelError('not-found', `no group ${groupId}`);
  doc.transact(() => {
    groupsMap(doc).forEach((group, id) => {
      if (id === groupId || !(group instanceof Y.Map)) return;
      const members = group.get(GROUP.members);
      if (members instanceof Y.Map && members.has(key)) members.delete(key);
    });
    const members = membersOf(target);
    const current = members.get(key) as { name?: unknown } | undefined;
    if (current?.name !== name) members.set(key, { name });
  });
}

/** Takes a person out of whatever group they are in (back to plenary for them). */
export function leaveGroups(doc: Y.Doc, memberKey: string): void {
  doc.transact(() => {
    groupsMap(doc).forEach((group) => {
      if (!(group instanceof Y.Map)) return;
      const members = group.get(GROUP.members);
      if (members instanceof Y.Map && members.has(memberKey)) members.delete(memberKey);
    });
  });
}

/** The group a person is in, or null. */
export function groupOfMember(groups: Group[], memberKey: string): Group | null {
  return groups.find((group) => group.members.some((member) => member.key === memberKey)) ?? null;
}
