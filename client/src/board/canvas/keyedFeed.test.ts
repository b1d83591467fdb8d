import { createComputed, createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createKeyedFeed } from './keyedFeed';

describe('createKeyedFeed', () => {
  it('re-runs a reader of one key only when that key’s entry changes, appears or goes', () => {
    createRoot((dispose) => {
      const [drags, setDrags] = createSignal<ReadonlyMap<string, { dx: number }>>(new Map([['a', { dx: 1 }]]));
      const dragOf = createKeyedFeed(drags, (x, y) => x.dx === y.dx);
      const seen: Record<string, Array<number | null>> = { a: [], b: [] };
      for (const key of ['a', 'b'] as const) createComputed(() => seen[key]!.push(dragOf(key)?.dx ?? null));
      expect(seen).toEqual({ a: [1], b: [null] });
      // A new map whose "a" is equal and "b" new: only b's reader runs.
      setDrags(
        new Map([
          ['a', { dx: 1 }],
          ['b', { dx: 5 }],
        ]),
      );
      expect(seen).toEqual({ a: [1], b: [null, 5] });
      setDrags(
        new Map([
          ['a', { dx: 2 }],
          ['b', { dx: 5 }],
        ]),
      );
      expect(seen).toEqual({ a: [1, 2], b: [null, 5] });
      // Gone from the map: null.
      setDrags(new Map([['b', { dx: 5 }]]));
      expect(seen).toEqual({ a: [1, 2, null], b: [null, 5] });
      // A key read for the first time starts from what the map holds now.
      expect(dragOf('b')).toEqual({ dx: 5 });
      dispose();
    });
  });
});
