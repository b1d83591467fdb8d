/**
 * The past session a new board continues from (`POST /api/boards` with `from` or `import`):
 * another board on this server, opened with any of its link tokens, or a JSON export the
 * creator uploaded. Both end up as the same plain `BoardContent`.
 */
import { z } from 'zod';
import { BoardModelError } from '../../shared/board/BoardModelError';
import { parseBoardExport } from '../../shared/board/contentSchema';
import { readBoardContent } from '../../shared/board/read';
import { sessionOrigin } from '../../shared/board/roadmap';
import type { BoardContent } from '../../shared/board/types';
import type { PastSession } from '../boards/createBoard';
import { AppError } from '../errors';
import type { ServerDeps } from '../ServerDeps';
import { authorize } from './authorize';

/**
 * Body fields naming the past session. `import` is checked by `parseBoardExport` rather than
 * here, so a foreign file is told "not a Stratboard export" instead of a list of zod paths.
 */
export const pastSessionFields = {
  from: z.object({ boardId: z.string().min(1).max(64), token: z.string().min(1).max(256) }).optional(),
  import: z.unknown().optional(),
};

export interface PastSessionInput {
  from?: { boardId: string; token: string };
  import?: unknown;
}

/**
 * Loads the past session, or null when the request names none. Throws 400 for both sources
 * at once or an unusable export, and, for `from`, what `authorize` throws: 403 for a wrong
 * token, 404 for an unknown board.
 */
export async function loadPastSession(deps: ServerDeps, input: PastSessionInput): Promise<PastSession | null> {
  const { from, import: exported } = input;
  if (from && exported !== undefined) throw new AppError('invalid-request', 'give either "from" or "import", not both');
  if (from) {
    await authorize(deps.store, from.boardId, from.token);
    const content = await deps.relay.withBoard(from.boardId, (room) => readBoardContent(room.content.doc));
    return { content, origin: sessionOrigin(content.meta, from.boardId) };
  }
  if (exported !== undefined) {
    const content = parseImport(exported);
    // An export does not name its board, so the origin cannot either.
    return { content, origin: sessionOrigin(content.meta, null) };
  }
  return null;
}

function parseImport(value: unknown): BoardContent {
  try {
    return parseBoardExport(value);
  } catch (error) {
    if (error instanceof BoardModelError) throw new AppError('invalid-request', `import: ${error.message}`);
    throw error;
  }
}
