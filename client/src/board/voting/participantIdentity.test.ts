import { beforeEach, describe, expect, it, vi } from 'vitest';

const joins: string[] = [];
vi.mock('../../api/api', () => ({
  joinAsParticipant: async (_boardId: string, _token: string, name: string) => {
    joins.push(name);
    return { participantId: `p${joins.length}-abcdef`, participantToken: `p${joins.length}-abcdef.${'s'.repeat(20)}`, name };
  },
}));
const { joinEarly, loadOrJoin } = await import('./participantIdentity');

beforeEach(() => {
  joins.length = 0;
  const items = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
});

const link = { boardId: 'board-1', token: 'link-token' };

describe('joining a board', () => {
  it('on a first visit, joins before the role is known and uses that join once the role is', async () => {
    const early = joinEarly({ ...link, name: 'Анна' });
    expect(early).not.toBeNull();
    expect(joins).toEqual(['Анна']);
    const identity = await loadOrJoin({ ...link, role: 'editor', name: 'Анна', early });
    expect(joins).toEqual(['Анна']);
    expect(identity).toMatchObject({ id: 'p1-abcdef', name: 'Анна' });
    // Kept under the role: the next page load needs no join at all.
    expect(await loadOrJoin({ ...link, role: 'editor', name: 'Анна' })).toEqual(identity);
    expect(joins).toEqual(['Анна']);
  });

  it('does not join early on a device that holds an identity on the board, under any role', async () => {
    await loadOrJoin({ ...link, role: 'expert', name: 'Анна' });
    expect(joinEarly({ ...link, name: 'Анна' })).toBeNull();
    expect(joins).toEqual(['Анна']);
  });

  it('joins again when the early join was made under another name', async () => {
    const early = joinEarly({ ...link, name: 'Анна' });
    const identity = await loadOrJoin({ ...link, role: 'editor', name: 'Анна Петровна', early });
    expect(joins).toEqual(['Анна', 'Анна Петровна']);
    expect(identity.name).toBe('Анна Петровна');
  });
});
