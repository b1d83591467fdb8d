/** This expert's marks and the criteria, through the API. */
import { createSignal } from 'solid-js';
import { ApiError, getMyScores, submitScores, type Criterion } from '../../api/api';

/** `onUnknownIdentity`: the server no longer knows this person's identity (see `participantIdentity.ts`). */
export function createScoring(options: { boardId: string; token: string; participant: string; onUnknownIdentity: () => void }) {
  const [criteria, setCriteria] = createSignal<Criterion[]>([]);
  const [marks, setMarks] = createSignal<Record<string, Record<string, number>>>({});
  const [error, setError] = createSignal('');
  const refresh = async () => {
    try {
      const mine = await getMyScores(options.boardId, options.token, options.participant);
      setCriteria(mine.criteria);
      setMarks(mine.marks);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'identity-unknown') options.onUnknownIdentity();
    }
  };
  // Marks are sent one request at a time, each with everything marked so far on that card:
  // two quick clicks must not race and drop the first mark.
  let queue: Promise<void> = Promise.resolve();
  // Marks sent and not yet answered: the sheet says "saving", and leaving the page meanwhile asks first.
  const [pending, setPending] = createSignal(0);
  const mark = (cardId: string, criterionId: string, value: number) => {
    setError('');
    setMarks({ ...marks(), [cardId]: { ...(marks()[cardId] ?? {}), [criterionId]: value } });
    setPending((n) => n + 1);
    queue = queue.then(async () => {
      try {
        const saved = await submitScores(options.boardId, options.token, options.participant, cardId, marks()[cardId] ?? {});
        // Only the last answer replaces local state; earlier ones would undo newer clicks.
        if (pending() === 1) setMarks(saved.marks);
      } catch (e) {
        setError(e instanceof ApiError ? e.message : String(e));
        // Show what the server really holds instead of the refused click.
        if (pending() === 1) await refresh();
      } finally {
        setPending((n) => n - 1);
      }
    });
    return queue;
  };
  const saving = () => pending() > 0;
  return { criteria, marks, error, saving, refresh, mark };
}

export type ScoringHandle = ReturnType<typeof createScoring>;
