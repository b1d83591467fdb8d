import { describe, expect, it } from 'vitest';
import { compareOrdered, isOrderKey, keyAt, type Ordered } from './order';

/** Builds a sorted list by inserting each id at the given index, like a user would. */
function build(steps: Array<[string, number | undefined]>): Ordered[] {
  const list: Ordered[] = [];
  for (const [id, index] of steps) {
    list.push({ id, order: keyAt(list, index) });
    list.sort(compareOrdered);
  }
  return list;
}

describe('order keys', () => {
  it('inserts at the start, middle and end of a sorted list', () => {
    const list = build([
      ['b', undefined],
      ['d', undefined],
      ['a', 0],
      ['c', 2],
      ['e', 99],
    ]);
    expect(list.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(list.every((item) => isOrderKey(item.order))).toBe(true);
  });

  it('clamps indexes outside the list', () => {
    const list = build([
      ['a', undefined],
      ['b', undefined],
    ]);
    expect(keyAt(list, -5) < list[0]!.order).toBe(true);
    expect(keyAt(list, 1_000) > list[1]!.order).toBe(true);
  });

  it('breaks ties between equal keys by id, and can still insert next to a tie', () => {
    const tie: Ordered[] = [
      { id: 'y', order: 'a1' },
      { id: 'x', order: 'a1' },
      { id: 'z', order: 'a2' },
    ].sort(compareOrdered);
    expect(tie.map((item) => item.id)).toEqual(['x', 'y', 'z']);
    const between = keyAt(tie, 1);
    // No key fits strictly between two equal keys; the new one goes after the tie, before z.
    expect(between > 'a1' && between < 'a2').toBe(true);
  });

  it('sorts by key first, then by id, the same way whatever the input order', () => {
    const items: Ordered[] = [
      { id: 'b', order: 'a0' },
      { id: 'a', order: 'a1' },
      { id: 'c', order: 'a0' },
    ];
    const sorted = [...items].sort(compareOrdered).map((item) => item.id);
    expect(sorted).toEqual(['b', 'c', 'a']);
    expect(
      [...items]
        .reverse()
        .sort(compareOrdered)
        .map((item) => item.id),
    ).toEqual(sorted);
  });

  it('recognises usable keys only', () => {
    expect(isOrderKey('a0')).toBe(true);
    expect(isOrderKey('a0V')).toBe(true);
    for (const bad of ['', 'a00', '!!', 42, null, 'x'.repeat(201)]) expect(isOrderKey(bad)).toBe(false);
  });
});
