import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  hasFinishedScoring,
  BoardModelError,
  cardSpread,
  computeResults,
  defaultCriteria,
  isFullyScored,
  marksProblem,
  readCriteria,
  scoringProgress,
  setCriteria,
  storeMarks,
} from './index';

describe('expert scoring', () => {
  const criteria = [
    { id: 'effect', title: 'Эффект', weight: 3, inverted: false },
    { id: 'resources', title: 'Ресурсоёмкость', weight: 1, inverted: true },
  ];

  it('weights criteria, turns inverted ones around, and shows the spread', () => {
    const doc = new Y.Doc();
    storeMarks(doc, 'e1', 'wind', { effect: 5, resources: 4 });
    storeMarks(doc, 'e2', 'wind', { effect: 3, resources: 2 });
    storeMarks(doc, 'e1', 'lng', { effect: 2 });
    const results = computeResults(doc, criteria, () => true);
    expect(results.wind).toEqual({
      weighted: 3.75, // (3·4 + 1·(6−3)) / 4
      experts: 2,
      criteria: { effect: { mean: 4, min: 3, max: 5, sd: 1, count: 2 }, resources: { mean: 3, min: 2, max: 4, sd: 1, count: 2 } },
    });
    expect(results.lng).toMatchObject({ weighted: 2, experts: 1 });
    expect(computeResults(doc, criteria, (id) => id !== 'lng').lng).toBeUndefined();
  });

  it('lets an expert change their marks without counting twice', () => {
    const doc = new Y.Doc();
    storeMarks(doc, 'e1', 'wind', { effect: 1 });
    storeMarks(doc, 'e1', 'wind', { effect: 5 });
    expect(computeResults(doc, criteria, () => true).wind).toMatchObject({ weighted: 5, experts: 1 });
  });

  it('checks marks and criteria', () => {
    expect(marksProblem({ effect: 3 }, criteria)).toBeNull();
    expect(marksProblem({}, criteria)).toBe('give at least one mark');
    expect(marksProblem({ effect: 6 }, criteria)).toBe('marks are whole numbers from 1 to 5');
    expect(marksProblem({ effect: 2.5 }, criteria)).toBe('marks are whole numbers from 1 to 5');
    expect(marksProblem({ beauty: 3 }, criteria)).toBe('unknown criterion beauty');
    const session = new Y.Doc();
    expect(readCriteria(session, 'ru').map((c) => c.title)).toEqual(defaultCriteria('ru').map((c) => c.title));
    expect(readCriteria(session, 'en')[2]).toMatchObject({ title: 'Resource intensity', inverted: true });
    setCriteria(session, criteria);
    expect(readCriteria(session, 'en')).toEqual(criteria);
    expect(() => setCriteria(session, [])).toThrow(BoardModelError);
    expect(() => setCriteria(session, [criteria[0]!, criteria[0]!])).toThrow(BoardModelError);
    expect(() => setCriteria(session, [{ ...criteria[0]!, weight: 0 }])).toThrow(BoardModelError);
  });
});

describe('custom criteria', () => {
  it('reads null while the defaults apply, the set list after, and null again after a reset', async () => {
    const { customCriteria, resetCriteria, setCriteria, readCriteria } = await import('./scoring');
    const Y = await import('yjs');
    const doc = new Y.Doc();
    expect(customCriteria(doc)).toBeNull();
    setCriteria(doc, [
      { id: 'effect', title: ' Эффект ', weight: 5, inverted: false },
      { id: 'cost', title: 'Затраты', weight: 1, inverted: true },
    ]);
    expect(customCriteria(doc)).toEqual([
      { id: 'effect', title: 'Эффект', weight: 5, inverted: false },
      { id: 'cost', title: 'Затраты', weight: 1, inverted: true },
    ]);
    expect(readCriteria(doc, 'ru')).toHaveLength(2);
    resetCriteria(doc);
    expect(customCriteria(doc)).toBeNull();
    expect(readCriteria(doc, 'en')[0]?.title).toBe('Effect for the territory');
  });
});

describe('the spread of a card', () => {
  const line = (sd: number) => ({ mean: 3, min: 1, max: 5, sd, count: 2 });
  const criteria = [
    { id: 'effect', title: 'Эффект', weight: 3, inverted: false },
    { id: 'feasibility', title: 'Реализуемость', weight: 1, inverted: false },
    { id: 'cost', title: 'Затраты', weight: 2, inverted: true },
  ];

  it('is the weighted mean of its criteria’s standard deviations', () => {
    const result = { weighted: 3, experts: 2, criteria: { effect: line(1), feasibility: line(0), cost: line(0.5) } };
    // (3·1 + 1·0 + 2·0.5) / 6 = 0.666…
    expect(cardSpread(result, criteria)).toBe(0.67);
  });

  it('counts only criteria with marks, and is 0 with none', () => {
    expect(cardSpread({ weighted: 3, experts: 1, criteria: { feasibility: line(0.4) } }, criteria)).toBe(0.4);
    expect(cardSpread({ weighted: 3, experts: 1, criteria: { gone: line(2) } }, criteria)).toBe(0);
  });
});

describe('how far an expert is', () => {
  const criteria = defaultCriteria('ru');
  const all = { effect: 5, feasibility: 4, resources: 2, alignment: 3, investment: 1 };

  it('counts a card scored only once every criterion has a mark', () => {
    expect(isFullyScored(all, criteria)).toBe(true);
    expect(isFullyScored({ effect: 5, feasibility: 4 }, criteria)).toBe(false);
    expect(isFullyScored(undefined, criteria)).toBe(false);
    // No criteria: nothing can be scored, rather than everything counting as done.
    expect(isFullyScored(all, [])).toBe(false);
  });

  it('counts scored and started initiatives among those shortlisted, ignoring marks on cards no longer in it', () => {
    const marks = { a: all, b: { effect: 2 }, gone: all };
    expect(scoringProgress(marks, ['a', 'b', 'c'], criteria)).toEqual({ scored: 1, started: 2, total: 3 });
    expect(scoringProgress({}, ['a'], criteria)).toEqual({ scored: 0, started: 0, total: 1 });
  });

  it('an expert has finished once every initiative is scored, and not while there is none', () => {
    expect(hasFinishedScoring({ scored: 3, total: 3 })).toBe(true);
    expect(hasFinishedScoring({ scored: 2, total: 3 })).toBe(false);
    expect(hasFinishedScoring({ scored: 0, total: 0 })).toBe(false);
  });

  it('a criterion added later makes a finished card unfinished again', () => {
    const more = [...criteria, { id: 'risk', title: 'Риски', weight: 1, inverted: true }];
    expect(isFullyScored(all, more)).toBe(false);
  });
});
