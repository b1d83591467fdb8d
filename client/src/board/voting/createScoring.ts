/** This expert's marks and the criteria, through the API. */
import { createSignal } from 'solid-js';
import { ApiError, getMyScores, submitScores, type Criterion } from '../../api/api';
import type { ParticipantIdentity } from './participantIdentity';

export function createScoring(options: { boardId: string; token: string; identity: ParticipantIdentity }) {
  const [criteria, setCriteria] = createSignal<Criterion[]>([]);
  const [marks, setMarks] = createSignal<Record<string, Record<string, number>>>({});
  const [error, setError] = createSignal('');
  const refresh = async () => {
    try {
      const mine = await getMyScores(options.boardId, options.token, await options.identity.get());
      setCriteria(mine.criteria);
      setMarks(mine.marks);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'unauthorized') options.identity.forget();
    }
  };
  const mark = async (cardId: string, criterionId: string, value: number) => {
    setError('');
    try {
      const next = { ...(marks()[cardId] ?? {}), [criterionId]: value };
      setMarks((await submitScores(options.boardId, options.token, await options.identity.get(), cardId, next)).marks);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return { criteria, marks, error, refresh, mark };
}

export type ScoringHandle = ReturnType<typeof createScoring>;
