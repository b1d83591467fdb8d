/**
 * A card: an idea or a project initiative, with its resources needed and key stages (entries
 * of their own). Scalar fields are last-writer-wins one by one; the description is a Y.Text;
 * lane, order and canvas position are one stored value, so concurrent moves land the card in
 * exactly one place; its size and stacking order are values of their own.
 */
import * as z from 'zod/mini';
import { compareOrdered, isOrderKey } from '../order';
import {
  CARD_KINDS,
  CARD_STATUSES,
  type CardOrigin,
  type ClusterId,
  type LaneId,
  RESOURCE_KINDS,
  ROADMAP_STATUSES,
  type ResourceId,
  type StageId,
} from '../types';
import { CANVAS } from '../layout';
import { entries, mapped, spread, text, value } from './fields';
import { defineEntry, defineRecord } from './record';
import {
  boundedText,
  cardSizeSchema,
  colorSchema,
  coordinateSchema,
  currencySchema,
  entityIdSchema,
  idOf,
  isoDateOrEmpty,
  LIMITS,
  orderKeySchema,
  storedListSchema,
  stringListSchema,
  timestampSchema,
  titleSchema,
  trimmedText,
} from './values';

/** One line of "resources needed". Amount is meaningful for money and people. */
export const resourceEntry = defineEntry(
  {
    kind: value('kind', z.enum(RESOURCE_KINDS), 'other', { input: z.enum(RESOURCE_KINDS) }),
    description: value('description', boundedText(LIMITS.resourceDescription), '', { input: trimmedText(0, LIMITS.resourceDescription) }),
    /** Money: amount in `currency`; people: head count; others: optional quantity. */
    amount: value('amount', z.nullable(z.number().check(z.minimum(0))), null, { input: z.nullable(z.number().check(z.minimum(0))) }),
    /** ISO 4217 code for money (e.g. RUB), otherwise null. */
    currency: value('currency', z.nullable(currencySchema), null, { input: z.nullable(currencySchema) }),
    order: value('order', orderKeySchema, 'a0'),
  },
  { idKey: 'id', id: idOf<ResourceId>(), compare: compareOrdered },
);

/** A dated milestone of an initiative. */
export const stageEntry = defineEntry(
  {
    title: value('title', boundedText(LIMITS.title), '', { input: titleSchema }),
    /** ISO date (YYYY-MM-DD) or '' when not yet planned. */
    due: value('due', isoDateOrEmpty, '', { input: isoDateOrEmpty }),
    done: value('done', z.boolean(), false, { input: z.boolean() }),
    order: value('order', orderKeySchema, 'a0'),
  },
  { idKey: 'id', id: idOf<StageId>(), compare: compareOrdered },
);

/** A roadmap status, or null for a card that is not on the roadmap. */
export const roadmapSchema = z.nullable(z.enum(ROADMAP_STATUSES));

/** The past session a card came from. The title may be empty (a board record's default). */
export const cardOriginSchema = z.object({
  boardId: z.nullable(entityIdSchema),
  title: boundedText(LIMITS.title),
  date: isoDateOrEmpty,
});

/** An origin as far as it can be read: odd ids become null, odd titles and dates empty. */
function readOrigin(raw: unknown): CardOrigin | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { boardId, title, date } = raw as Record<string, unknown>;
  return {
    boardId: entityIdSchema.safeParse(boardId).success ? (boardId as string) : null,
    title: typeof title === 'string' ? title.slice(0, LIMITS.title) : '',
    date: isoDateOrEmpty.safeParse(date).success ? (date as string) : '',
  };
}

/**
 * Where a card sits, as stored: its lane ('' for the parking lot), its order in the lane's list
 * and its position on the canvas (relative to the lane's frame; canvas coordinates in the
 * parking lot). One value, so of two concurrent moves one wins whole.
 */
export const storedPositionSchema = z.strictObject({
  lane: z.union([z.literal(''), entityIdSchema]),
  order: orderKeySchema,
  x: coordinateSchema,
  y: coordinateSchema,
});

/** A stored position as far as it can be read. */
export interface StoredPosition {
  /** '' for the parking lot. */
  lane: string;
  order: string;
  x: number;
  y: number;
}

const readCoordinate = (raw: unknown): number => (coordinateSchema.safeParse(raw).success ? (raw as number) : 0);

/**
 * The position of a card as far as it can be read: without a lane key it cannot be placed at
 * all; a garbage order sorts with the default key and garbage coordinates read as 0 (boards
 * from before the canvas have none until their migration lays them out).
 */
export function readPosition(raw: unknown): StoredPosition | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { lane, order, x, y } = raw as { lane?: unknown; order?: unknown; x?: unknown; y?: unknown };
  if (typeof lane !== 'string') return null;
  return { lane, order: isOrderKey(order) ? order : 'a0', x: readCoordinate(x), y: readCoordinate(y) };
}

/** A position as a card record holds it: `laneId` null in the parking lot. */
const plainPosition = z.object({
  laneId: z.nullable(idOf<LaneId>()),
  order: orderKeySchema,
  // Exports from before the canvas have no coordinates.
  x: z._default(coordinateSchema, 0),
  y: z._default(coordinateSchema, 0),
});

const decodePosition = (stored: StoredPosition) => ({
  laneId: stored.lane === '' ? null : (stored.lane as LaneId),
  order: stored.order,
  x: stored.x,
  y: stored.y,
});

export const cardRecord = defineRecord(
  'card',
  {
    kind: value('kind', z.enum(CARD_KINDS), 'idea', { input: z.enum(CARD_KINDS) }),
    position: spread('pos', storedPositionSchema, {
      plain: plainPosition,
      decode: decodePosition,
      encode: (plain) => ({ lane: plain.laneId ?? '', order: plain.order, x: plain.x, y: plain.y }),
      read: (raw) => {
        const position = readPosition(raw);
        return position ? decodePosition(position) : undefined;
      },
    }),
    /** Width and height on the canvas. */
    size: value('size', cardSizeSchema, () => ({ ...CANVAS.card.default })),
    /** Stacking order on the canvas (fractional-index key; ties by id): later keys are drawn on top. */
    z: value('z', orderKeySchema, 'a0'),
    title: value('title', boundedText(LIMITS.title), '', { input: titleSchema }),
    /** Plain text of the collaborative description. */
    description: text('description', LIMITS.description),
    owner: value('owner', boundedText(LIMITS.owner), '', { input: trimmedText(0, LIMITS.owner) }),
    partners: value('partners', storedListSchema, [] as string[], { input: stringListSchema }),
    resources: entries('resources', resourceEntry, LIMITS.listEntries),
    stages: entries('stages', stageEntry, LIMITS.listEntries),
    tags: value('tags', storedListSchema, [] as string[], { input: stringListSchema }),
    status: value('status', z.enum(CARD_STATUSES), 'idea', { input: z.enum(CARD_STATUSES) }),
    color: value('color', colorSchema, 'yellow', { input: colorSchema }),
    /** Display name of whoever created it. */
    author: value('author', boundedText(LIMITS.author), ''),
    /** Authors of the notes merged into this card (besides `author`), in merge order. */
    coauthors: value('coauthors', storedListSchema, [] as string[]),
    /** The cluster it was grouped into; stored as '' for none (see `clusterRecord`). */
    cluster: mapped('cluster', z.union([z.literal(''), entityIdSchema]), null as ClusterId | null, {
      plain: z.nullable(idOf<ClusterId>()),
      decode: (stored) => (stored === '' ? null : (stored as ClusterId)),
      encode: (clusterId) => clusterId ?? '',
    }),
    /** Roadmap status of an initiative carried over from a past session; null for any other card. */
    roadmap: value('roadmap', roadmapSchema, null, { input: roadmapSchema }),
    /** The past session the initiative came from; null for a card made on this board. */
    origin: mapped('origin', z.nullable(cardOriginSchema), null as CardOrigin | null, {
      plain: z.nullable(cardOriginSchema),
      decode: (stored) => stored,
      encode: (plain) => plain,
      read: readOrigin,
    }),
    createdAt: value('createdAt', timestampSchema, 0),
    updatedAt: value('updatedAt', timestampSchema, (card) => (typeof card.createdAt === 'number' ? card.createdAt : 0)),
  },
  // Exports made before roadmaps existed have neither field and still import.
  { addedLater: ['roadmap', 'origin', 'size', 'z', 'coauthors', 'cluster'] },
);
