/**
 * Reading Y.Maps into plain records. Remote documents can hold anything (an old client, a bug,
 * a hostile peer), so readers fall back to defaults instead of throwing, and what they return
 * always has the types and enums of `types.ts`.
 */
import * as Y from 'yjs';
import { CARD, COMMENT, GROUP, LANE } from './keys';
import { compareOrdered, isOrderKey } from './order';
import {
  CARD_KINDS,
  CARD_STATUSES,
  COLORS,
  RESOURCE_KINDS,
  ROADMAP_STATUSES,
  type Card,
  type CardId,
  type CardOrigin,
  type Color,
  type Comment,
  type CommentId,
  type Group,
  type GroupId,
  type GroupMember,
  type Lane,
  type LaneId,
  type Resource,
  type ResourceId,
  type RoadmapStatus,
  type Stage,
  type StageId,
} from './types';
import { currencySchema, isoDateOrEmpty } from './validation';

/** The value if it is a string, else `fallback`. */
export const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
/** The value if it is a finite number, else `fallback`. */
export const num = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
/** The value if it is one of `options`, else `fallback`. */
export const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T => (options.includes(value as T) ? (value as T) : fallback);
/** The value if it is a palette colour, else `fallback`. */
export const colorOf = (value: unknown, fallback: Color = 'yellow'): Color => oneOf(COLORS, value, fallback);
/** A YYYY-MM-DD date, or '' for anything else. */
export const dateOf = (value: unknown): string => (typeof value === 'string' && isoDateOrEmpty.safeParse(value).success ? value : '');

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
/** A garbage order key sorts with the default key rather than hiding its item. */
const orderOf = (value: unknown): string => (isOrderKey(value) ? value : 'a0');

/**
 * The `{lane, order}` position value of a card, or null when it names no lane (such a card
 * cannot be shown anywhere). A bad order alone is repaired, not fatal.
 */
export function readPosition(value: unknown): { lane: string; order: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { lane, order } = value as { lane?: unknown; order?: unknown };
  if (typeof lane !== 'string' || lane === '') return null;
  return { lane, order: orderOf(order) };
}

/** A lane record; `groupId` is null when unset (groups that no longer exist: see `listLanes`). */
export function readLane(id: string, map: Y.Map<unknown>): Lane {
  const group = map.get(LANE.groupId);
  return {
    id: id as LaneId,
    title: str(map.get(LANE.title)),
    color: colorOf(map.get(LANE.color), 'blue'),
    order: orderOf(map.get(LANE.order)),
    groupId: typeof group === 'string' && group !== '' ? (group as GroupId) : null,
  };
}

function readEntries<T>(value: unknown, read: (id: string, raw: Record<string, unknown>) => T): T[] {
  if (!(value instanceof Y.Map)) return [];
  const out: T[] = [];
  value.forEach((raw, id) => {
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) out.push(read(id, raw as Record<string, unknown>));
  });
  return out;
}

/** A card's "resources needed", in order. */
export function readResources(value: unknown): Resource[] {
  return readEntries(value, (id, raw) => ({
    id: id as ResourceId,
    kind: oneOf(RESOURCE_KINDS, raw.kind, 'other'),
    description: str(raw.description),
    amount: typeof raw.amount === 'number' && Number.isFinite(raw.amount) && raw.amount >= 0 ? raw.amount : null,
    currency: currencySchema.safeParse(raw.currency).success ? (raw.currency as string) : null,
    order: orderOf(raw.order),
  })).sort(compareOrdered);
}

/** A card's key stages, in order. */
export function readStages(value: unknown): Stage[] {
  return readEntries(value, (id, raw) => ({
    id: id as StageId,
    title: str(raw.title),
    due: dateOf(raw.due),
    done: raw.done === true,
    order: orderOf(raw.order),
  })).sort(compareOrdered);
}

/** A roadmap status, or null for anything else (a card that is not on the roadmap). */
export function readRoadmap(value: unknown): RoadmapStatus | null {
  return ROADMAP_STATUSES.includes(value as RoadmapStatus) ? (value as RoadmapStatus) : null;
}

/** A card's origin `{boardId, title, date}`, or null when absent or not an object. */
export function readOrigin(value: unknown): CardOrigin | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { boardId, title, date } = value as Record<string, unknown>;
  return {
    boardId: typeof boardId === 'string' && boardId !== '' && boardId.length <= 64 ? boardId : null,
    title: str(title),
    date: dateOf(date),
  };
}

/** A card, or null when it has no usable position (it cannot be shown anywhere). */
export function readCard(id: string, map: Y.Map<unknown>): Card | null {
  const position = readPosition(map.get(CARD.position));
  if (!position) return null;
  const description = map.get(CARD.description);
  const createdAt = num(map.get(CARD.createdAt));
  return {
    id: id as CardId,
    kind: oneOf(CARD_KINDS, map.get(CARD.kind), 'idea'),
    laneId: position.lane as LaneId,
    order: position.order,
    title: str(map.get(CARD.title)),
    description: description instanceof Y.Text ? description.toString() : '',
    owner: str(map.get(CARD.owner)),
    partners: strings(map.get(CARD.partners)),
    resources: readResources(map.get(CARD.resources)),
    stages: readStages(map.get(CARD.stages)),
    tags: strings(map.get(CARD.tags)),
    status: oneOf(CARD_STATUSES, map.get(CARD.status), 'idea'),
    color: colorOf(map.get(CARD.color)),
    author: str(map.get(CARD.author)),
    roadmap: readRoadmap(map.get(CARD.roadmap)),
    origin: readOrigin(map.get(CARD.origin)),
    createdAt,
    updatedAt: num(map.get(CARD.updatedAt), createdAt),
  };
}

/** A comment record. */
export function readComment(id: string, map: Y.Map<unknown>): Comment {
  return {
    id: id as CommentId,
    cardId: str(map.get(COMMENT.cardId)) as CardId,
    author: str(map.get(COMMENT.author)),
    text: str(map.get(COMMENT.text)),
    createdAt: num(map.get(COMMENT.createdAt)),
  };
}

/** A breakout group record. */
const memberCollator = new Intl.Collator('ru');

export function readGroup(id: string, map: Y.Map<unknown>): Group {
  const members: GroupMember[] = [];
  const raw = map.get(GROUP.members);
  if (raw instanceof Y.Map) {
    raw.forEach((value: unknown, key: string) => {
      const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
      if (typeof name === 'string' && name.trim()) members.push({ key, name });
    });
  }
  members.sort((a, b) => memberCollator.compare(a.name, b.name) || (a.key < b.key ? -1 : 1));
  return { id: id as GroupId, name: str(map.get(GROUP.name)), color: colorOf(map.get(GROUP.color), 'violet'), members };
}
