import { describe, expect, it } from 'vitest';
import { readingOrder, stepThrough } from './readingOrder';

describe('reading order on the canvas', () => {
  it('walks track by track, rows top to bottom and left to right, the parking lot last', () => {
    const order = readingOrder([
      { id: 'parked', lane: -1, x: 0, y: 0 },
      { id: 'second-track', lane: 1, x: 0, y: 0 },
      { id: 'low', lane: 0, x: 0, y: 300 },
      { id: 'right', lane: 0, x: 200, y: 10 },
      { id: 'left', lane: 0, x: 0, y: 20 },
    ]);
    expect(order).toEqual(['left', 'right', 'low', 'second-track', 'parked']);
  });

  it('steps forward and back, and ends at either end', () => {
    const order = ['a', 'b', 'c'];
    expect(stepThrough(order, 'a', 1)).toBe('b');
    expect(stepThrough(order, 'b', -1)).toBe('a');
    expect(stepThrough(order, 'c', 1)).toBeNull();
    expect(stepThrough(order, 'a', -1)).toBeNull();
    expect(stepThrough(order, 'gone', 1)).toBe('a');
  });
});
