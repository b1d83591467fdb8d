import { describe, expect, it } from 'vitest';
import { KeyedLimiter } from './KeyedLimiter';

describe('KeyedLimiter', () => {
  it('throttles each key on its own, and never a request without a key', () => {
    let now = 0;
    const limiter = new KeyedLimiter(1, 3, () => now);
    for (let i = 0; i < 3; i++) expect(limiter.take('10.0.0.1')).toBe(true);
    expect(limiter.take('10.0.0.1')).toBe(false);
    expect(limiter.take('10.0.0.2')).toBe(true);
    for (let i = 0; i < 10; i++) expect(limiter.take(undefined)).toBe(true);
    now += 1000;
    expect(limiter.take('10.0.0.1')).toBe(true);
    expect(limiter.take('10.0.0.1')).toBe(false);
  });

  it('forgets the least recently used keys past its size', () => {
    const limiter = new KeyedLimiter(0, 1, () => 0);
    expect(limiter.take('first')).toBe(true);
    for (let i = 0; i < 10_000; i++) limiter.take(`other-${i}`);
    // Forgotten, so it starts with a full bucket again.
    expect(limiter.take('first')).toBe(true);
  });
});
