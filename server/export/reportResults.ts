/**
 * What a report may say about the session beyond the cards: revealed votes and expert
 * results, the criteria, and how many people took part. Any role may export, so this reads
 * only what the facilitator has revealed; the private ballots and marks are never touched.
 */
import type * as Y from 'yjs';
import { countParticipants } from '../../shared/board/participants';
import { readCriteria, type Criterion, type ScoreResult } from '../../shared/board/scoring';
import { readSession } from '../../shared/board/session';
import type { Locale } from '../../shared/board/types';

/** Session results for the report; `null` where the facilitator has not revealed them. */
export interface ReportResults {
  /** Card id → votes; a card missing here had none. */
  votes: Record<string, number> | null;
  /** Card id → expert results; a card missing here was not scored. */
  scores: Record<string, ScoreResult> | null;
  /** The scoring criteria (titles and weights) in the board's language. */
  criteria: Criterion[];
  /** People who joined the board by link. */
  participants: number;
}

/** Nothing revealed and nobody joined: what a report of bare board content shows. */
export function noResults(): ReportResults {
  return { votes: null, scores: null, criteria: [], participants: 0 };
}

/**
 * Reads the report's results from a loaded board. The reveal flags gate the totals as well as
 * the server's clearing of them does, so a report taken between a hide and the clearing write
 * still shows nothing.
 */
export function readReportResults(docs: { session: Y.Doc; private: Y.Doc }, locale: Locale): ReportResults {
  const session = readSession(docs.session);
  return {
    votes: session.votesRevealed ? session.voteTotals : null,
    scores: session.scoresRevealed ? session.scoreResults : null,
    criteria: readCriteria(docs.session, locale),
    participants: countParticipants(docs.private),
  };
}
