/**
 * The schema of a whole board as plain data (`BoardContent`), for JSON import. It accepts
 * what `readBoardContent` produces: readers already map garbage to defaults, so an export of
 * any document re-imports. Titles may be empty here (a reader's default), but every enum,
 * date, order key and size limit is checked, and ids are unique.
 */
import * as z from 'zod/mini';
import { BoardModelError } from './BoardModelError';
import { cardRecord } from './schema/cardRecord';
import { clusterRecord } from './schema/clusterRecord';
import { commentRecord } from './schema/commentRecord';
import { groupRecord } from './schema/groupRecord';
import { laneRecord } from './schema/laneRecord';
import { metaRecord } from './schema/metaRecord';
import { idOf } from './schema/values';
import type { BoardContent, Card, Cluster, Comment, Group, Lane } from './types';
import { parseInput } from './validation';

/** A record with its id, as a plain schema. */
const withId = <R extends { id: string }>(record: { plain: z.ZodMiniType<Omit<R, 'id'>> }) =>
  z.extend(record.plain as unknown as z.ZodMiniObject, { id: idOf<R['id']>() }) as unknown as z.ZodMiniType<R>;

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
    meta: metaRecord.plain,
    lanes: z.array(withId<Lane>(laneRecord)),
    cards: z.array(withId<Card>(cardRecord)),
    comments: z.array(withId<Comment>(commentRecord)),
    groups: z.array(withId<Group>(groupRecord)),
    // Exports from before clusters have none.
    clusters: z._default(z.array(withId<Cluster>(clusterRecord)), []),
  })
  .check(
    z.superRefine((content, ctx) => {
      for (const key of ['lanes', 'cards', 'comments', 'groups', 'clusters'] as const) {
        for (const dup of duplicates(content[key])) ctx.addIssue({ code: 'custom', path: [key], message: `duplicate id ${dup}` });
      }
      content.cards.forEach((card, i) => {
        for (const part of ['resources', 'stages'] as const) {
          for (const dup of duplicates(card[part])) ctx.addIssue({ code: 'custom', path: ['cards', i, part], message: `duplicate id ${dup}` });
        }
      });
    }),
  );

/** Parses plain data as a board, or throws `BoardModelError('invalid-input')` naming the fields. */
export function parseBoardContent(value: unknown): BoardContent {
  return parseInput(boardContentSchema, value) as BoardContent;
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
  return parseBoardContent(envelope?.format === BOARD_EXPORT.format ? envelope.board : value);
}

/**
 * The envelope the JSON export writes around a board: `{format, version, exportedAt, board}`.
 * Version 2 has the canvas (lane frames, card positions, sizes, stacking); version 1 exports
 * still import, their cards laid out where the board puts them.
 */
export const BOARD_EXPORT = { format: 'stratboard-board', version: 2, reads: [1, 2] } as const;

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
  if (!(BOARD_EXPORT.reads as readonly unknown[]).includes(version)) {
    throw new BoardModelError(
      'invalid-input',
      `unsupported export version ${JSON.stringify(version ?? null)}: this server reads versions ${BOARD_EXPORT.reads.join(' and ')}`,
    );
  }
  const result = boardContentSchema.safeParse(board);
  if (result.success) return result.data as BoardContent;
  const problems = result.error.issues.map((issue) => `${['board', ...issue.path].join('.')}: ${issue.message}`);
  const more = problems.length > MAX_NAMED_PROBLEMS ? ` (and ${problems.length - MAX_NAMED_PROBLEMS} more)` : '';
  throw new BoardModelError('invalid-input', `invalid board in the export: ${problems.slice(0, MAX_NAMED_PROBLEMS).join('; ')}${more}`);
}
