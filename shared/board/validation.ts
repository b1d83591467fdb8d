/**
 * Input schemas of the board commands. Commands parse their input first and throw a
 * `BoardModelError` before touching the document, so a bad input never writes half a change.
 */
import { z } from 'zod';
import { BoardModelError } from './BoardModelError';
import { CARD_KINDS, CARD_STATUSES, COLORS, LOCALES, RESOURCE_KINDS, ROADMAP_STATUSES, TEMPLATES } from './types';

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
} as const;

/** A title of a board, lane, card, stage or group: trimmed, 1 to 200 characters. */
export const titleSchema = z.string().trim().min(1, 'must not be empty').max(LIMITS.title);
/** A person's display name (presence, group membership): trimmed, 1 to 100 characters. */
export const nameSchema = z.string().trim().min(1, 'must not be empty').max(LIMITS.author);
/** A per-device member key: URL-safe, 8 to 64 characters. */
export const memberKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 URL-safe characters');
/** A colour of the named palette. */
export const colorSchema = z.enum(COLORS);
/** A calendar date as YYYY-MM-DD (checked for real days), or '' for "not set". */
export const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);
/** A position in a sorted list; values past the end mean "at the end". */
export const indexSchema = z.number().int().min(0);
/** ISO 4217 currency code, e.g. RUB. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like RUB');
/** Partners or tags: at most 50 entries of 1 to 100 characters. */
export const stringListSchema = z.array(z.string().trim().min(1).max(LIMITS.listEntry)).max(LIMITS.listEntries);
/** A collaborative description as a whole (typing goes through the Y.Text). */
export const descriptionSchema = z.string().max(LIMITS.description);
const authorSchema = z.string().trim().max(LIMITS.author);

// Field schemas without defaults, so a patch never resets a field it does not mention.
const resourceFields = {
  kind: z.enum(RESOURCE_KINDS),
  description: z.string().trim().max(LIMITS.resourceDescription),
  // zod 4 numbers are finite: NaN and ±Infinity are refused without asking.
  amount: z.number().min(0).nullable(),
  currency: currencySchema.nullable(),
};
/** A new line of "resources needed"; only `kind` is required. */
export const resourceInputSchema = z.object({
  kind: resourceFields.kind,
  description: resourceFields.description.default(''),
  amount: resourceFields.amount.default(null),
  currency: resourceFields.currency.default(null),
});
/** Input of `addResource`. */
export type ResourceInput = z.input<typeof resourceInputSchema>;
/** Fields `updateResource` may change; the others keep their value. */
export const resourcePatchSchema = z.object(resourceFields).partial();

const stageFields = { title: titleSchema, due: isoDateOrEmpty, done: z.boolean() };
/** A new key stage; only `title` is required. */
export const stageInputSchema = z.object({
  title: stageFields.title,
  due: stageFields.due.default(''),
  done: stageFields.done.default(false),
});
/** Input of `addStage`. */
export type StageInput = z.input<typeof stageInputSchema>;
/** Fields `updateStage` may change (e.g. `{done: true}`). */
export const stagePatchSchema = z.object(stageFields).partial();

/** A roadmap status, or null for a card that is not on the roadmap. */
export const roadmapSchema = z.enum(ROADMAP_STATUSES).nullable();
/**
 * The past session a card came from. The title may be empty: it is copied from a board
 * record, whose reader defaults a missing title to ''.
 */
export const cardOriginSchema = z.object({
  boardId: z.string().min(1).max(64).nullable(),
  title: z.string().max(LIMITS.title),
  date: isoDateOrEmpty,
});

/** The scalar and list fields of a card that `updateCard` may change. */
export const cardFieldsSchema = z.object({
  title: titleSchema,
  kind: z.enum(CARD_KINDS),
  owner: z.string().trim().max(LIMITS.owner),
  partners: stringListSchema,
  tags: stringListSchema,
  status: z.enum(CARD_STATUSES),
  color: colorSchema,
  roadmap: roadmapSchema,
});
/** Input of `updateCard`: any subset of the card's fields. */
export type CardPatch = Partial<z.input<typeof cardFieldsSchema>>;
/** Schema of `CardPatch`. */
export const cardPatchSchema = cardFieldsSchema.partial();

/** Input of `addCard`: a lane, a title and an author; everything else has a default. */
export const newCardSchema = cardFieldsSchema.partial().extend({
  title: titleSchema,
  laneId: z.string().min(1),
  author: authorSchema.default(''),
  description: descriptionSchema.default(''),
  // Set once, when an initiative is carried over; `updateCard` never changes it.
  origin: cardOriginSchema.nullable().optional(),
  index: indexSchema.optional(),
  now: z.number().int().optional(),
});
/** Input of `addCard`. */
export type NewCard = z.input<typeof newCardSchema>;

/** Input of `addLane`. */
export const newLaneSchema = z.object({
  title: titleSchema,
  color: colorSchema.optional(),
  index: indexSchema.optional(),
});
/** Input of `addLane`. */
export type NewLane = z.input<typeof newLaneSchema>;

/** Input of `addComment`. */
export const newCommentSchema = z.object({
  cardId: z.string().min(1),
  author: authorSchema.default(''),
  text: z.string().trim().min(1, 'must not be empty').max(LIMITS.comment),
  now: z.number().int().optional(),
});
/** Input of `addComment`. */
export type NewComment = z.input<typeof newCommentSchema>;

/** Board-level fields `updateMeta` may change. */
export const metaPatchSchema = z.object({
  title: titleSchema.optional(),
  place: z.string().trim().max(LIMITS.title).optional(),
  date: isoDateOrEmpty.optional(),
  locale: z.enum(LOCALES).optional(),
});

/** Input of `initBoardContent`, checked whole before the first write. */
export const boardInitSchema = z.object({
  title: titleSchema,
  place: z.string().trim().max(LIMITS.title).default(''),
  date: isoDateOrEmpty.default(''),
  locale: z.enum(LOCALES),
  template: z.enum(TEMPLATES),
  lanes: z
    .array(z.object({ title: titleSchema }))
    .max(LIMITS.listEntries)
    .optional(),
  createdAt: z.number().int().min(0),
});

/** Parses or throws `BoardModelError('invalid-input')` naming the offending fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const detail = result.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
  throw new BoardModelError('invalid-input', detail);
}
