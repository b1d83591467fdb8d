/**
 * This participant's ballot: the votes they placed, and voting through the API.
 */
import { createSignal } from 'solid-js';
import { ApiError, castVote, getBallot, type BallotState } from '../../api/api';
import type { ParticipantIdentity } from './participantIdentity';

export function createBallot(options: { boardId: string; token: string; identity: ParticipantIdentity }) {
  const [ballot, setBallot] = createSignal<BallotState | null>(null);
  const [error, setError] = createSignal('');
  const participant = options.identity.get;

  const refresh = async () => {
    try {
      setBallot(await getBallot(options.boardId, options.token, await participant()));
    } catch (e) {
      // A stored identity the server no longer knows (board restored, storage copied): start over.
      if (e instanceof ApiError && e.code === 'unauthorized') options.identity.forget();
    }
  };

  const vote = async (cardId: string, delta: 1 | -1) => {
    setError('');
    try {
      setBallot(await castVote(options.boardId, options.token, await participant(), cardId, delta));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return { ballot, error, refresh, vote };
}

export type BallotHandle = ReturnType<typeof createBallot>;
