/**
 * Starting a board from a past session, without the UI: which recent boards can serve as one,
 * reading an uploaded export, the request fields, and the words for the server's refusals.
 */
import { ApiError, type NewBoardInput } from '../api/api';
import { parseBoardLocation } from '../local/boardLink';
import type { RecentBoard } from '../local/recentBoards';

/** A past session picked on the home page. */
export type PastSource = { kind: 'recent'; boardId: string; token: string } | { kind: 'file'; name: string; data: unknown };

/** A recent board that can start a session: its link still carries a token. */
export interface RecentSource {
  board: RecentBoard;
  boardId: string;
  token: string;
}

/** Recent boards whose remembered link holds a token (any role can read a board's content). */
export function recentSources(boards: readonly RecentBoard[]): RecentSource[] {
  const sources: RecentSource[] = [];
  for (const board of boards) {
    let link: URL;
    try {
      link = new URL(board.link, 'http://local');
    } catch {
      continue;
    }
    const parsed = parseBoardLocation(link.pathname, link.hash);
    if (parsed?.token && !parsed.projector) sources.push({ board, boardId: parsed.boardId, token: parsed.token });
  }
  return sources;
}

/** The file's JSON, or null when it is not JSON (the server judges whether it is an export). */
export async function readExportFile(file: Blob): Promise<unknown | null> {
  try {
    return JSON.parse(await file.text()) as unknown;
  } catch {
    return null;
  }
}

/** The request fields that name the past session. */
export function pastSessionFields(source: PastSource): Pick<NewBoardInput, 'from' | 'import'> {
  return source.kind === 'recent' ? { from: { boardId: source.boardId, token: source.token } } : { import: source.data };
}

/** A dictionary key (and its parameters) for a refusal that concerns the past session. */
export type PastSessionProblem =
  | { key: 'roadmap.errorForbidden' | 'roadmap.errorNotFound' | 'roadmap.errorTooLarge' }
  | { key: 'roadmap.errorInvalid'; message: string };

/**
 * How to tell the creator that the past session was refused, or null when the error is about
 * something else (the title, the network), which the form reports as usual.
 */
export function pastSessionProblem(error: unknown): PastSessionProblem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'forbidden' || error.code === 'unauthorized') return { key: 'roadmap.errorForbidden' };
  if (error.code === 'not-found') return { key: 'roadmap.errorNotFound' };
  if (error.code === 'payload-too-large') return { key: 'roadmap.errorTooLarge' };
  // The server prefixes what it found wrong with an uploaded export with "import:".
  const match = error.code === 'invalid-request' ? /^import:\s*(.*)$/s.exec(error.message) : null;
  return match ? { key: 'roadmap.errorInvalid', message: match[1]! } : null;
}
