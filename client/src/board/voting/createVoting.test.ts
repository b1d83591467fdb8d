import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initBoardContent, setCriteria, setPhase } from '../../../../shared/board';
import { createBoardStore } from '../store/createBoardStore';

// What this participant asked the server for, in order.
const asked: string[] = [];
vi.mock('../../api/api', () => ({
  ApiError: class ApiError extends Error {},
  getBallot: async () => {
    asked.push('ballot');
    return { votes: {}, used: 0 };
  },
  getMyScores: async () => {
    asked.push('scores');
    return { criteria: [], marks: {} };
  },
}));

const { createVoting } = await import('./createVoting');

/** One participant's voting over a board whose session the test moves through its phases. */
function participant(can: { vote: boolean; score: boolean }) {
  const content = new Y.Doc();
  const session = new Y.Doc();
  initBoardContent(content, { title: 'Сессия', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  return createRoot((dispose) => {
    const store = createBoardStore(content, session);
    createVoting({
      boardId: 'b',
      token: 't',
      participant: 'p.s',
      session: () => store.state.session,
      canVote: can.vote,
      canScore: can.score,
      onUnknownIdentity: () => undefined,
    });
    return {
      session,
      dispose: () => {
        store.dispose();
        dispose();
      },
    };
  });
}

describe('createVoting', () => {
  it('fetches the ballot when voting opens, not before, and only for someone who may vote', () => {
    asked.length = 0;
    const voter = participant({ vote: true, score: false });
    const onlooker = participant({ vote: false, score: false });
    setPhase(voter.session, 'shortlist');
    expect(asked).toEqual([]);
    setPhase(voter.session, 'voting');
    setPhase(onlooker.session, 'voting');
    expect(asked).toEqual(['ballot']);
    voter.dispose();
    onlooker.dispose();
  });

  it('fetches the expert’s form when scoring opens and again when the criteria change meanwhile, not after', () => {
    asked.length = 0;
    const expert = participant({ vote: false, score: true });
    setPhase(expert.session, 'scoring');
    expect(asked).toEqual(['scores']);
    setCriteria(expert.session, [{ id: 'effect', title: 'Эффект', weight: 2, inverted: false }]);
    expect(asked).toEqual(['scores', 'scores']);
    setPhase(expert.session, 'presentation');
    setCriteria(expert.session, [{ id: 'cost', title: 'Затраты', weight: 1, inverted: true }]);
    expect(asked).toEqual(['scores', 'scores']);
    expert.dispose();
  });
});
