/**
 * A card: an idea or a project initiative, with its resources needed and key stages (entries
 * of their own). Scalar fields are last-writer-wins one by one; the description is a Y.Text;
 * lane and order are one stored value, so concurrent moves land the card in exactly one place.
 */
import { z } from 'zod';
import { compareOrdered, isOrderKey } from '../order';
import { CARD_KINDS, CARD_STATUSES, type CardOrigin, type LaneId, RESOURCE_KINDS, ROADMAP_STATUSES, type ResourceId, type StageId } from '../types';
import { entries, mapped, spread, text, value } from './fields';
import { defineEntry, defineRecord } from './record';
import {
  boundedText,
  colorSchema,
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
} from './values';

/** One line of "resources needed". Amount is meaningful for money and people. */
export const resourceEntry = defineEntry(
  {
    kind: value('kind', z.enum(RESOURCE_KINDS), 'other', { input: z.enum(RESOURCE_KINDS) }),
    description: value('description', boundedText(LIMITS.resourceDescription), '', { input: z.string().trim().max(LIMITS.resourceDescription) }),
    /** Money: amount in `currency`; people: head count; others: optional quantity. */
    amount: value('amount', z.number().min(0).nullable(), null, { input: z.number().min(0).nullable() }),
    /** ISO 4217 code for money (e.g. RUB), otherwise null. */
    currency: value('currency', currencySchema.nullable(), null, { input: currencySchema.nullable() }),
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
export const roadmapSchema = z.enum(ROADMAP_STATUSES).nullable();

/** The past session a card came from. The title may be empty (a board record's default). */
export const cardOriginSchema = z.object({
  boardId: entityIdSchema.nullable(),
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

/** Where a card sits: `{lane, order}` as stored. */
export const storedPositionSchema = z.object({ lane: entityIdSchema, order: orderKeySchema });

/**
 * The `{lane, order}` of a card as far as it can be read: without a lane it cannot be placed at
 * all; a garbage order alone sorts with the default key rather than hiding the card.
 */
export function readPosition(raw: unknown): { lane: string; order: string } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { lane, order } = raw as { lane?: unknown; order?: unknown };
  if (typeof lane !== 'string' || lane === '') return null;
  return { lane, order: isOrderKey(order) ? order : 'a0' };
}

export const cardRecord = defineRecord(
  'card',
  {
    kind: value('kind', z.enum(CARD_KINDS), 'idea', { input: z.enum(CARD_KINDS) }),
    position: spread('pos', storedPositionSchema, {
      plain: z.object({ laneId: idOf<LaneId>(), order: orderKeySchema }),
      decode: (stored) => ({ laneId: stored.lane as LaneId, order: stored.order }),
      encode: (plain) => ({ lane: plain.laneId, order: plain.order }),
      read: (raw) => {
        const position = readPosition(raw);
        return position ? { laneId: position.lane as LaneId, order: position.order } : undefined;
      },
    }),
    title: value('title', boundedText(LIMITS.title), '', { input: titleSchema }),
    /** Plain text of the collaborative description. */
    description: text('description', LIMITS.description),
    owner: value('owner', boundedText(LIMITS.owner), '', { input: z.string().trim().max(LIMITS.owner) }),
    partners: value('partners', storedListSchema, [] as string[], { input: stringListSchema }),
    resources: entries('resources', resourceEntry, LIMITS.listEntries),
    stages: entries('stages', stageEntry, LIMITS.listEntries),
    tags: value('tags', storedListSchema, [] as string[], { input: stringListSchema }),
    status: value('status', z.enum(CARD_STATUSES), 'idea', { input: z.enum(CARD_STATUSES) }),
    color: value('color', colorSchema, 'yellow', { input: colorSchema }),
    /** Display name of whoever created it. */
    author: value('author', boundedText(LIMITS.author), ''),
    /** Roadmap status of an initiative carried over from a past session; null for any other card. */
    roadmap: value('roadmap', roadmapSchema, null, { input: roadmapSchema }),
    /** The past session the initiative came from; null for a card made on this board. */
    origin: mapped('origin', cardOriginSchema.nullable(), null as CardOrigin | null, {
      plain: cardOriginSchema.nullable(),
      decode: (stored) => stored,
      encode: (plain) => plain,
      read: readOrigin,
    }),
    createdAt: value('createdAt', timestampSchema, 0),
    updatedAt: value('updatedAt', timestampSchema, (card) => (typeof card.createdAt === 'number' ? card.createdAt : 0)),
  },
  // Exports made before roadmaps existed have neither field and still import.
  { addedLater: ['roadmap', 'origin'] },
);
