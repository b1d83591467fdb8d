/**
 * Input schemas of the board commands, made from the input rules of the record descriptions in
 * `schema/`. Commands parse their input first and throw a `BoardModelError` before touching the
 * document, so a bad input never writes half a change.
 */
import * as z from 'zod/mini';
import { BoardModelError } from './BoardModelError';
import { cardOriginSchema, cardRecord, resourceEntry, roadmapSchema, stageEntry } from './schema/cardRecord';
import { commentRecord } from './schema/commentRecord';
import { laneRecord } from './schema/laneRecord';
import { metaRecord } from './schema/metaRecord';
import { boundedText, cardSizeSchema, coordinateSchema, entityIdSchema, LIMITS, titleSchema, trimmedText } from './schema/values';
import { TEMPLATES } from './types';

export {
  colorSchema,
  currencySchema,
  isoDateOrEmpty,
  LIMITS,
  memberKeySchema,
  nameSchema,
  stringListSchema,
  titleSchema,
} from './schema/values';
export { cardOriginSchema, roadmapSchema };

/** A position in a sorted list; values past the end mean "at the end". */
export const indexSchema = z.int().check(z.minimum(0));
/** A collaborative description as a whole (typing goes through the Y.Text). */
export const descriptionSchema = boundedText(LIMITS.description);
const authorSchema = trimmedText(0, LIMITS.author);

const resource = resourceEntry.fields;
/** A new line of "resources needed"; only `kind` is required. */
export const resourceInputSchema = z.object({
  kind: resource.kind.input,
  description: z._default(resource.description.input, ''),
  amount: z._default(resource.amount.input, null),
  currency: z._default(resource.currency.input, null),
});
/** Input of `addResource`. */
export type ResourceInput = z.input<typeof resourceInputSchema>;
/** Fields `updateResource` may change; the others keep their value. */
export const resourcePatchSchema = resourceEntry.patch;

const stage = stageEntry.fields;
/** A new key stage; only `title` is required. */
export const stageInputSchema = z.object({
  title: stage.title.input,
  due: z._default(stage.due.input, ''),
  done: z._default(stage.done.input, false),
});
/** Input of `addStage`. */
export type StageInput = z.input<typeof stageInputSchema>;
/** Fields `updateStage` may change (e.g. `{done: true}`). */
export const stagePatchSchema = stageEntry.patch;

/** The fields of a card that `updateCard` may change: title, kind, owner, partners, tags, status, colour, roadmap. */
export const cardPatchSchema = cardRecord.patch;
/** Input of `updateCard`: any subset of the card's fields. */
export type CardPatch = z.input<typeof cardPatchSchema>;

/** A point on the canvas. */
export const pointSchema = z.object({ x: coordinateSchema, y: coordinateSchema });
export { cardSizeSchema };

/**
 * Input of `addCard`: a lane (null: the parking lot), a title and an author; everything else
 * has a default. `at` is the card's top-left corner relative to the lane's frame (canvas
 * coordinates in the parking lot); without it the card takes the lane's first free slot.
 */
export const newCardSchema = z.extend(cardPatchSchema, {
  title: titleSchema,
  laneId: z.nullable(entityIdSchema),
  at: z.optional(pointSchema),
  size: z.optional(cardSizeSchema),
  author: z._default(authorSchema, ''),
  description: z._default(descriptionSchema, ''),
  // Set once, when an initiative is carried over; `updateCard` never changes it.
  origin: z.optional(z.nullable(cardOriginSchema)),
  index: z.optional(indexSchema),
  now: z.optional(z.int()),
});
/** Input of `addCard`. */
export type NewCard = z.input<typeof newCardSchema>;

/** Input of `addLane`. */
export const newLaneSchema = z.object({
  title: laneRecord.fields.title.input,
  color: z.optional(laneRecord.fields.color.input),
  index: z.optional(indexSchema),
});
/** Input of `addLane`. */
export type NewLane = z.input<typeof newLaneSchema>;

/** Input of `addComment`. */
export const newCommentSchema = z.object({
  cardId: z.string().check(z.minLength(1)),
  author: z._default(authorSchema, ''),
  text: commentRecord.fields.text.input,
  now: z.optional(z.int()),
});
/** Input of `addComment`. */
export type NewComment = z.input<typeof newCommentSchema>;

/** Board-level fields `updateMeta` may change: title, place, date; locale too, for imports. */
export const metaPatchSchema = metaRecord.patch;

const meta = metaRecord.fields;
/** Input of `initBoardContent`, checked whole before the first write. */
export const boardInitSchema = z.object({
  title: meta.title.input,
  place: z._default(meta.place.input, ''),
  date: z._default(meta.date.input, ''),
  locale: meta.locale.input,
  template: z.enum(TEMPLATES),
  lanes: z.optional(z.array(z.object({ title: titleSchema })).check(z.maxLength(LIMITS.listEntries))),
  createdAt: z.int().check(z.minimum(0)),
});

/** Parses or throws `BoardModelError('invalid-input')` naming the offending fields. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const detail = result.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
  throw new BoardModelError('invalid-input', detail);
}
