import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';

// A server that answers slowly, in order, and keeps exactly what each request sent.
const stored: Record<string, Record<string, number>> = {};
const sent: Array<Record<string, number>> = [];
vi.mock('../../api/api', () => ({
  ApiError: class ApiError extends Error {},
  getMyScores: async () => ({ criteria: [], marks: { ...stored } }),
  submitScores: async (_board: string, _token: string, _participant: string, cardId: string, marks: Record<string, number>) => {
    sent.push({ ...marks });
    await new Promise((resolve) => setTimeout(resolve, 20));
    stored[cardId] = { ...marks };
    return { marks: { ...stored } };
  },
}));

const { createScoring } = await import('./createScoring');

describe('createScoring', () => {
  it('keeps every mark when an expert clicks faster than the server answers', async () => {
    const scoring = createRoot(() => createScoring({ boardId: 'b', token: 't', participant: 'p.s', onUnknownIdentity: () => undefined }));
    expect(scoring.saving()).toBe(false);
    void scoring.mark('wind', 'effect', 5);
    void scoring.mark('wind', 'feasibility', 4);
    expect(scoring.saving()).toBe(true);
    await scoring.mark('wind', 'investment', 2);
    expect(scoring.saving()).toBe(false);
    expect(stored.wind).toEqual({ effect: 5, feasibility: 4, investment: 2 });
    expect(sent).toHaveLength(3);
    expect(sent[2]).toEqual({ effect: 5, feasibility: 4, investment: 2 });
    expect(scoring.marks().wind).toEqual({ effect: 5, feasibility: 4, investment: 2 });
  });
});
