/**
 * Resolving a capability token to a role on a board. The same rules serve the API (Bearer)
 * and WebSocket upgrades (`?k=`): 401 when no token is presented, 403 when it is wrong or
 * was rotated away, 404 when the board does not exist.
 */
import { isBoardId } from '../../shared/board/ids';
import type { Role } from '../../shared/board/types';
import { hashLinkToken, isWellFormedToken, roleForToken } from '../auth/linkTokens';
import { AppError } from '../errors';
import type { BoardRecord, DocStore } from '../store/DocStore';

export interface Authorized {
  board: BoardRecord;
  role: Role;
  linkHash: string;
}

export async function authorize(store: DocStore, boardId: string, token: string | undefined): Promise<Authorized> {
  if (!isBoardId(boardId)) throw new AppError('not-found', 'no such board');
  if (!token) throw new AppError('unauthorized', 'this board needs a link token');
  const board = await store.getBoard(boardId);
  if (!board) throw new AppError('not-found', 'no such board');
  const role = isWellFormedToken(token) ? roleForToken(token, board.linkHashes) : null;
  if (!role) throw new AppError('forbidden', 'this link is not valid for the board (it may have been replaced)');
  return { board, role, linkHash: hashLinkToken(token) };
}

/** The token of an `Authorization: Bearer <token>` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}
