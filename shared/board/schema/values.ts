/**
 * Schemas of the values records are made of (ids, order keys, dates, palette colours, bounded
 * texts) and the size limits of user input, shared by every record description.
 */
import * as z from 'zod/mini';
import { CANVAS } from '../layout';
import { isOrderKey } from '../order';
import { COLORS } from '../types';
import { mapped } from './fields';

/** Size limits of user input; the UI shows the same numbers as counters. */
export const LIMITS = {
  title: 200,
  description: 20_000,
  owner: 200,
  listEntries: 50,
  listEntry: 100,
  resourceDescription: 500,
  comment: 5_000,
  author: 100,
  /** Members of one breakout group. */
  groupMembers: 1_000,
  /** Records one board holds, kind by kind. */
  lanes: 50,
  cards: 10_000,
  comments: 20_000,
  groups: 50,
  clusters: 2_000,
} as const;

/** A number within `[min, max]`. */
export const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
/** A whole number within `[min, max]`. */
export const wholeBetween = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
/** Text as people type it: trimmed, then `min` to `max` characters (an empty one is named as such). */
export const trimmedText = (min: number, max: number) =>
  z.string().check(z.trim(), ...(min > 0 ? [z.minLength(min, 'must not be empty')] : []), z.maxLength(max));

/** An id of an entity (card, lane, comment…) or of an entry: 1 to 64 characters. */
export const entityIdSchema = z.string().check(z.minLength(1), z.maxLength(64));
/** An id as its branded type, for plain records. */
export const idOf = <T extends string>(): z.ZodMiniType<T, string> => entityIdSchema as unknown as z.ZodMiniType<T, string>;
/** A fractional-index key. */
export const orderKeySchema = z.string().check(z.refine(isOrderKey, 'must be a fractional-index key'));
/** Epoch milliseconds. */
export const timestampSchema = z.number().check(z.minimum(0));
/** Text of at most `max` characters, as stored (may be empty: a reader's default). */
export const boundedText = (max: number) => z.string().check(z.maxLength(max));
/** A title of a board, lane, card, stage or group as people type it: trimmed, 1 to 200 characters. */
export const titleSchema = trimmedText(1, LIMITS.title);
/** A person's display name (presence, group membership, authors): trimmed, 1 to 100 characters. */
export const nameSchema = trimmedText(1, LIMITS.author);
/** A participant's id (their key in breakout groups and presence): URL-safe, 8 to 64 characters. */
export const memberKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 URL-safe characters'));
/** A colour of the named palette. */
export const colorSchema = z.enum(COLORS);
/** A calendar date as YYYY-MM-DD (checked for real days), or '' for "not set". */
export const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);
/** ISO 4217 currency code, e.g. RUB. */
export const currencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like RUB'));
/** Partners or tags as stored: at most 50 entries of at most 100 characters. */
export const storedListSchema = z.array(boundedText(LIMITS.listEntry)).check(z.maxLength(LIMITS.listEntries));
/** Partners or tags as people type them: at most 50 entries of 1 to 100 characters. */
export const stringListSchema = z.array(trimmedText(1, LIMITS.listEntry)).check(z.maxLength(LIMITS.listEntries));

/** A canvas coordinate: finite, within the canvas's extent. */
export const coordinateSchema = between(-CANVAS.extent, CANVAS.extent);
/** A size within `[min, max]` on each axis. Strict, as every stored geometry: nothing rides along in it. */
const sizeWithin = (limits: { min: { w: number; h: number }; max: { w: number; h: number } }) =>
  z.strictObject({ w: between(limits.min.w, limits.max.w), h: between(limits.min.h, limits.max.h) });
/** A card's size on the canvas. */
export const cardSizeSchema = sizeWithin(CANVAS.card);
/** A stretch of the canvas someone is looking at (what a follower's camera frames): corner and size. */
export const canvasAreaSchema = z.strictObject({
  x: coordinateSchema,
  y: coordinateSchema,
  w: z.number().check(z.positive(), z.maximum(2 * CANVAS.extent)),
  h: z.number().check(z.positive(), z.maximum(2 * CANVAS.extent)),
});
/** A lane's frame on the canvas: its top-left corner and size. */
export const laneFrameSchema = z.strictObject({ x: coordinateSchema, y: coordinateSchema, ...sizeWithin(CANVAS.lane).shape });

/** A field holding the id of another entity, as its branded type (e.g. a comment's card). */
export const idField = <T extends string>(key: string) =>
  mapped(key, entityIdSchema, '' as T, { plain: idOf<T>(), decode: (id) => id as T, encode: (id) => id });
