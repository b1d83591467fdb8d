/**
 * What a report may say about the session beyond the cards: revealed votes and expert
 * results, the criteria, and how many people took part. Any role may export, so votes and
 * scores appear only once the facilitator has revealed them; they are then counted from the
 * ballots and marks themselves, never taken from the session document (which a facilitator's
 * client writes, and which only mirrors the totals for the live board).
 */
import type * as Y from 'yjs';
import { getCard } from '../../shared/board/cards';
import { countParticipants } from '../../shared/board/participants';
import { computeResults, readCriteria, type Criterion, type ScoreResult } from '../../shared/board/scoring';
import { readSession } from '../../shared/board/session';
import type { CardId } from '../../shared/board/types';
import { tallyVotes } from '../../shared/board/voting';
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

/** Reads the report's results from a loaded board, at one moment. */
export function readReportResults(docs: { content: Y.Doc; session: Y.Doc; private: Y.Doc }, locale: Locale): ReportResults {
  const session = readSession(docs.session);
  const criteria = readCriteria(docs.session, locale);
  const onBoard = (cardId: string) => getCard(docs.content, cardId as CardId) !== null;
  return {
    votes: session.votesRevealed ? tallyVotes(docs.private, onBoard) : null,
    scores: session.scoresRevealed ? computeResults(docs.private, criteria, onBoard) : null,
    criteria,
    participants: countParticipants(docs.private),
  };
}
