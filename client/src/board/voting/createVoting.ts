/**
 * Voting and scoring from this participant's side: their ballot and their expert marks, each
 * fetched when its phase opens (not before anyone needs it), and the marks' form again when
 * the facilitator edits the criteria meanwhile.
 */
import { createEffect, on } from 'solid-js';
import type { SessionState } from '../../../../shared/board/types';
import { type BallotHandle, createBallot } from './createBallot';
import { createScoring, type ScoringHandle } from './createScoring';

export interface Voting {
  ballot: BallotHandle;
  scoring: ScoringHandle;
}

export interface VotingOptions {
  boardId: string;
  token: string;
  /** The participant token the server keeps this person's ballot and marks under. */
  participant: string;
  session: () => Pick<SessionState, 'phase' | 'criteria'>;
  canVote: boolean;
  canScore: boolean;
  /** The server no longer knows this person's identity (see `participantIdentity.ts`). */
  onUnknownIdentity: () => void;
}

export function createVoting(options: VotingOptions): Voting {
  const { boardId, token, participant, onUnknownIdentity } = options;
  const ballot = createBallot({ boardId, token, participant, onUnknownIdentity });
  const scoring = createScoring({ boardId, token, participant, onUnknownIdentity });
  createEffect(
    on(
      // Criteria edited during scoring reach the experts' forms too.
      () => [options.session().phase === 'scoring' && options.canScore, JSON.stringify(options.session().criteria)] as const,
      ([scoringOpen]) => scoringOpen && void scoring.refresh(),
    ),
  );
  createEffect(
    on(
      () => options.session().phase === 'voting' && options.canVote,
      (voting) => voting && void ballot.refresh(),
    ),
  );
  return { ballot, scoring };
}
