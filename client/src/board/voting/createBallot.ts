/**
 * This participant's ballot: the votes they placed, and voting through the API.
 */
import { createSignal } from 'solid-js';
import { ApiError, castVote, getBallot, type BallotState } from '../../api/api';

/** `onUnknownIdentity`: the server no longer knows this person's identity (see `participantIdentity.ts`). */
export function createBallot(options: { boardId: string; token: string; participant: string; onUnknownIdentity: () => void }) {
  const [ballot, setBallot] = createSignal<BallotState | null>(null);
  const [error, setError] = createSignal('');

  const refresh = async () => {
    try {
      setBallot(await getBallot(options.boardId, options.token, options.participant));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'identity-unknown') options.onUnknownIdentity();
    }
  };

  const vote = async (cardId: string, delta: 1 | -1) => {
    setError('');
    try {
      setBallot(await castVote(options.boardId, options.token, options.participant, cardId, delta));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'identity-unknown') options.onUnknownIdentity();
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return { ballot, error, refresh, vote };
}

export type BallotHandle = ReturnType<typeof createBallot>;
