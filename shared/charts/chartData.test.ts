import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../board/scoring';
import type { Card, Lane, Resource } from '../board/types';
import { bubbleRadius, CHART_COLORS, impactMatrix, MAX_VOTE_BARS, votesPerCard } from './chartData';

const lanes = [
  { id: 'econ', title: 'Экономика', color: 'blue' },
  { id: 'city', title: 'Городская среда', color: 'green' },
] as Lane[];

const card = (id: string, title: string, laneId = 'econ', resources: Partial<Resource>[] = []): Card =>
  ({
    id,
    title,
    laneId,
    resources: resources.map((r, i) => ({ id: `${id}-r${i}`, kind: 'other', amount: null, currency: null, description: '', order: String(i), ...r })),
  }) as Card;

const money = (amount: number | null, currency: string | null = 'RUB'): Partial<Resource> => ({ kind: 'money', amount, currency });

const result = (effect?: number, feasibility?: number): ScoreResult => {
  const criteria: ScoreResult['criteria'] = {};
  if (effect !== undefined) criteria.effect = { mean: effect, min: 1, max: 5, sd: 0, count: 1 };
  if (feasibility !== undefined) criteria.feasibility = { mean: feasibility, min: 1, max: 5, sd: 0, count: 1 };
  return { weighted: 3, experts: 1, criteria };
};

describe('votesPerCard', () => {
  it('sorts by votes, then by title in Russian order, and carries the lane', () => {
    // By code point Ё comes before А; the Russian collator puts it after Е.
    const cards = [card('a', 'Яхт-клуб'), card('b', 'Ёлочный базар', 'city'), card('c', 'Аэропорт'), card('d', 'Ветропарк'), card('e', 'Жильё')];
    const bars = votesPerCard(cards, lanes, { a: 3, b: 3, c: 3, d: 1, e: 5 });
    expect(bars.map((b) => b.title)).toEqual(['Жильё', 'Аэропорт', 'Ёлочный базар', 'Яхт-клуб', 'Ветропарк']);
    expect(bars[2]).toEqual({ cardId: 'b', title: 'Ёлочный базар', laneTitle: 'Городская среда', color: 'green', votes: 3 });
  });

  it('leaves out cards with no votes or a zero total', () => {
    const bars = votesPerCard([card('a', 'A'), card('b', 'B'), card('c', 'C')], lanes, { a: 2, b: 0 });
    expect(bars.map((b) => b.cardId)).toEqual(['a']);
  });

  it('keeps only the top 20', () => {
    const cards = Array.from({ length: 25 }, (_, i) => card(`c${i}`, `Card ${String(i).padStart(2, '0')}`));
    const totals = Object.fromEntries(cards.map((c, i) => [c.id, i + 1]));
    const bars = votesPerCard(cards, lanes, totals);
    expect(bars).toHaveLength(MAX_VOTE_BARS);
    expect(bars[0]!.votes).toBe(25);
    expect(bars.at(-1)!.votes).toBe(6);
  });

  it('shows a card whose lane is gone in grey', () => {
    expect(votesPerCard([card('a', 'A', 'gone')], lanes, { a: 1 })[0]).toMatchObject({ laneTitle: '', color: 'grey' });
  });
});

describe('impactMatrix', () => {
  it('places scored cards at (feasibility, effect) and skips cards without both means', () => {
    const cards = [card('a', 'A'), card('b', 'B'), card('c', 'C'), card('d', 'D', 'city')];
    const { points } = impactMatrix(cards, lanes, { a: result(4.5, 2), b: result(4), c: result(undefined, 3), d: result(1, 5) });
    expect(points.map((p) => [p.cardId, p.x, p.y, p.color])).toEqual([
      ['a', 2, 4.5, 'blue'],
      ['d', 5, 1, 'green'],
    ]);
  });

  it('sizes by money when every money line is in one currency, largest first', () => {
    const cards = [
      card('a', 'A', 'econ', [money(100), money(50), { kind: 'people', amount: 7 }]),
      card('b', 'B', 'econ', [money(400)]),
      card('c', 'C', 'econ', [{ kind: 'land' }]),
    ];
    const data = impactMatrix(cards, lanes, { a: result(3, 3), b: result(3, 3), c: result(3, 3) });
    expect(data.measure).toEqual({ kind: 'money', currency: 'RUB' });
    expect(data.points.map((p) => [p.cardId, p.size])).toEqual([
      ['b', 400],
      ['a', 150],
      ['c', 0],
    ]);
  });

  it('falls back to counting resource lines when currencies differ or one is missing', () => {
    const mixed = [card('a', 'A', 'econ', [money(100), money(5)]), card('b', 'B', 'econ', [money(400, 'EUR')])];
    const data = impactMatrix(mixed, lanes, { a: result(3, 3), b: result(3, 3) });
    expect(data.measure).toEqual({ kind: 'count' });
    expect(data.points.map((p) => [p.cardId, p.size])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    const noCurrency = [card('a', 'A', 'econ', [money(100, null)])];
    expect(impactMatrix(noCurrency, lanes, { a: result(3, 3) }).measure).toEqual({ kind: 'count' });
  });

  it('ignores the currencies of cards that are not on the chart', () => {
    const cards = [card('a', 'A', 'econ', [money(100)]), card('b', 'B', 'econ', [money(400, 'EUR')])];
    expect(impactMatrix(cards, lanes, { a: result(3, 3) }).measure).toEqual({ kind: 'money', currency: 'RUB' });
  });

  it('counts when there is no money at all', () => {
    const data = impactMatrix([card('a', 'A')], lanes, { a: result(3, 3) });
    expect(data).toEqual({ measure: { kind: 'count' }, points: [expect.objectContaining({ size: 0 })] });
  });
});

describe('bubbleRadius', () => {
  it('gives the floor to zero and the ceiling to the largest', () => {
    expect(bubbleRadius(0, 100)).toBe(6);
    expect(bubbleRadius(100, 100)).toBe(36);
    expect(bubbleRadius(0, 0)).toBe(6);
    expect(bubbleRadius(5, 10, 2, 20)).toBeCloseTo(20 * Math.SQRT1_2);
  });

  it('scales area, not radius, with size', () => {
    expect(bubbleRadius(25, 100)).toBeCloseTo(18);
  });

  it('is monotonic and stays within bounds', () => {
    const radii = [0, 0.5, 1, 3, 10, 50, 99, 100, 250].map((size) => bubbleRadius(size, 100));
    for (let i = 1; i < radii.length; i++) expect(radii[i]!).toBeGreaterThanOrEqual(radii[i - 1]!);
    expect(Math.min(...radii)).toBe(6);
    expect(Math.max(...radii)).toBe(36);
    expect(bubbleRadius(50, 100)).toBeGreaterThan(bubbleRadius(10, 100));
  });
});

describe('colours', () => {
  it('has a hex colour for every lane colour', () => {
    for (const hex of Object.values(CHART_COLORS)) expect(hex).toMatch(/^#[0-9a-f]{6}$/);
    expect(Object.keys(CHART_COLORS)).toHaveLength(9);
  });
});
