import { describe, expect, it } from 'vitest';
import { compareRank, rankItems, type RankKey } from './ranking';

const key = (score: number | null, votes: number | null, status: RankKey['status'] = 'shortlisted'): RankKey => ({ score, votes, status });

describe('ranking', () => {
  it('puts scored cards first by score, then votes, then priority before shortlisted', () => {
    const items = [
      { id: 'unscored-many-votes', key: key(null, 20) },
      { id: 'low-score', key: key(3.1, 50) },
      { id: 'high-score', key: key(4.5, 0) },
      { id: 'unscored-priority', key: key(null, 5, 'priority') },
      { id: 'unscored-shortlisted', key: key(null, 5) },
    ];
    expect(rankItems(items, (i) => i.key).map(({ item }) => item.id)).toEqual([
      'high-score',
      'low-score',
      'unscored-many-votes',
      'unscored-priority',
      'unscored-shortlisted',
    ]);
  });

  it('gives ties the same rank and skips the places they take', () => {
    const items = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, key: key(i === 0 ? 4 : 3.5, 2) }));
    expect(rankItems(items, (i) => i.key).map(({ item, rank }) => [item.id, rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 2],
    ]);
  });

  it('treats hidden counts as no counts, leaving the status order', () => {
    expect(compareRank(key(null, null, 'priority'), key(null, null))).toBeLessThan(0);
    expect(compareRank(key(null, null), key(null, null))).toBe(0);
  });
});
