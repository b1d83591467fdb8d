import { BOARD_EXPORT } from '../../shared/board/contentSchema';
import type { BoardContent } from '../../shared/board/types';
import type { ReportResults } from './reportResults';

/**
 * Complete, re-importable JSON of a board's content. `results` adds what the facilitator
 * revealed (vote totals, expert results with the criteria) and the participant count; results
 * still hidden are `null`, never the counts.
 */
export function toJson(content: BoardContent, exportedAt: Date, results?: ReportResults): string {
  const extra = results
    ? { results: { participants: results.participants, votes: results.votes, scores: results.scores, criteria: results.scores ? results.criteria : null } }
    : {};
  return JSON.stringify(
    { format: BOARD_EXPORT.format, version: BOARD_EXPORT.version, exportedAt: exportedAt.toISOString(), board: content, ...extra },
    null,
    2,
  );
}
