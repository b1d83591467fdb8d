/**
 * The schema of a whole board as plain data (`BoardContent`), for JSON import. It accepts
 * what `readBoardContent` produces: readers already map garbage to defaults, so an export of
 * any document re-imports. Titles may be empty here (a reader's default), but every enum,
 * date, order key and size limit is checked, and ids are unique.
 */
import { z } from 'zod';
import { BoardModelError } from './BoardModelError';
import { isOrderKey } from './order';
import {
  CARD_KINDS,
  CARD_STATUSES,
  LOCALES,
  RESOURCE_KINDS,
  type BoardContent,
  type CardId,
  type CommentId,
  type GroupId,
  type LaneId,
  type ResourceId,
  type StageId,
} from './types';
import { cardOriginSchema, colorSchema, currencySchema, isoDateOrEmpty, LIMITS, parseInput, roadmapSchema } from './validation';

const id = <T extends string>() =>
  z
    .string()
    .min(1)
    .max(64)
    .transform((value) => value as T);
const orderKey = z.string().refine(isOrderKey, 'must be a fractional-index key');
const text = (max: number) => z.string().max(max);
const time = z.number().min(0);
const list = z.array(text(LIMITS.listEntry)).max(LIMITS.listEntries);

const resourceSchema = z.object({
  id: id<ResourceId>(),
  kind: z.enum(RESOURCE_KINDS),
  description: text(LIMITS.resourceDescription),
  amount: z.number().min(0).nullable(),
  currency: currencySchema.nullable(),
  order: orderKey,
});

const stageSchema = z.object({
  id: id<StageId>(),
  title: text(LIMITS.title),
  due: isoDateOrEmpty,
  done: z.boolean(),
  order: orderKey,
});

const cardSchema = z.object({
  id: id<CardId>(),
  kind: z.enum(CARD_KINDS),
  laneId: id<LaneId>(),
  order: orderKey,
  title: text(LIMITS.title),
  description: text(LIMITS.description),
  owner: text(LIMITS.owner),
  partners: list,
  resources: z.array(resourceSchema).max(LIMITS.listEntries),
  stages: z.array(stageSchema).max(LIMITS.listEntries),
  tags: list,
  status: z.enum(CARD_STATUSES),
  color: colorSchema,
  author: text(LIMITS.author),
  // Defaults: exports made before roadmaps existed have neither field and still import.
  roadmap: roadmapSchema.default(null),
  origin: cardOriginSchema.nullable().default(null),
  createdAt: time,
  updatedAt: time,
});

/** Ids that occur more than once in a list. */
function duplicates(items: ReadonlyArray<{ id: string }>): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const item of items) (seen.has(item.id) ? twice : seen).add(item.id);
  return [...twice];
}

/** A whole board's content; ids unique per kind. Unknown keys are dropped, not refused. */
export const boardContentSchema = z
  .object({
    meta: z.object({
      schemaVersion: z.number().int().min(0),
      title: text(LIMITS.title),
      place: text(LIMITS.title),
      date: isoDateOrEmpty,
      locale: z.enum(LOCALES),
      createdAt: time,
    }),
    lanes: z.array(z.object({ id: id<LaneId>(), title: text(LIMITS.title), color: colorSchema, order: orderKey, groupId: id<GroupId>().nullable() })),
    cards: z.array(cardSchema),
    comments: z.array(z.object({ id: id<CommentId>(), cardId: id<CardId>(), author: text(LIMITS.author), text: text(LIMITS.comment), createdAt: time })),
    groups: z.array(
      z.object({
        id: id<GroupId>(),
        name: text(LIMITS.title),
        color: colorSchema,
        members: z
          .array(z.object({ key: z.string().max(64), name: text(LIMITS.author) }))
          .max(1000)
          .default([]),
      }),
    ),
  })
  .superRefine((content, ctx) => {
    for (const key of ['lanes', 'cards', 'comments', 'groups'] as const) {
      for (const dup of duplicates(content[key])) ctx.addIssue({ code: 'custom', path: [key], message: `duplicate id ${dup}` });
    }
    content.cards.forEach((card, i) => {
      for (const part of ['resources', 'stages'] as const) {
        for (const dup of duplicates(card[part])) ctx.addIssue({ code: 'custom', path: ['cards', i, part], message: `duplicate id ${dup}` });
      }
    });
  });

// Compile-time guard: the schema's output is exactly the record type the model promises.
const _sameShape = (parsed: z.output<typeof boardContentSchema>): BoardContent => parsed;
void _sameShape;

/** Parses plain data as a board, or throws `BoardModelError('invalid-input')` naming the fields. */
export function parseBoardContent(value: unknown): BoardContent {
  return parseInput(boardContentSchema, value);
}

/**
 * Parses the text of a JSON export: either a bare `BoardContent`, or the export envelope
 * `{format: 'stratboard-board', version, board}` that the report's JSON format writes.
 */
export function parseBoardContentJson(json: string): BoardContent {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new BoardModelError('invalid-input', 'input: not valid JSON');
  }
  const envelope = value as { format?: unknown; board?: unknown } | null;
  return parseBoardContent(envelope?.format === 'stratboard-board' ? envelope.board : value);
}

/** The envelope the JSON export writes around a board: `{format, version, exportedAt, board}`. */
export const BOARD_EXPORT = { format: 'stratboard-board', version: 1 } as const;

/** At most this many field problems are named in one message; the rest are counted. */
const MAX_NAMED_PROBLEMS = 5;

/**
 * Parses a JSON export object (the envelope, as `GET /api/boards/:id/export?format=json`
 * serves it) for import. Unlike `parseBoardContentJson` it refuses a bare board: an upload is
 * checked to be a Stratboard export first, so a foreign file gets "not an export" rather than
 * a list of missing fields. Throws `BoardModelError('invalid-input')` naming the problem.
 */
export function parseBoardExport(value: unknown): BoardContent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BoardModelError('invalid-input', 'not a Stratboard board export: expected a JSON object');
  }
  const { format, version, board } = value as Record<string, unknown>;
  if (format !== BOARD_EXPORT.format) {
    throw new BoardModelError('invalid-input', `not a Stratboard board export: "format" must be "${BOARD_EXPORT.format}"`);
  }
  if (version !== BOARD_EXPORT.version) {
    throw new BoardModelError(
      'invalid-input',
      `unsupported export version ${JSON.stringify(version ?? null)}: this server reads version ${BOARD_EXPORT.version}`,
    );
  }
  const result = boardContentSchema.safeParse(board);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${['board', ...issue.path].join('.')}: ${issue.message}`);
  const more = problems.length > MAX_NAMED_PROBLEMS ? ` (and ${problems.length - MAX_NAMED_PROBLEMS} more)` : '';
  throw new BoardModelError('invalid-input', `invalid board in the export: ${problems.slice(0, MAX_NAMED_PROBLEMS).join('; ')}${more}`);
}
