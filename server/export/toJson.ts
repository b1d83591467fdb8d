import type { BoardContent } from '../../shared/board/types';

/** Complete, re-importable JSON of a board's content. */
export function toJson(content: BoardContent, exportedAt: Date): string {
  return JSON.stringify({ format: 'stratboard-board', version: 1, exportedAt: exportedAt.toISOString(), board: content }, null, 2);
}
