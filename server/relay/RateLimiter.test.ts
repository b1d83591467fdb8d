import { describe, expect, it } from 'vitest';
import { RateLimiter } from './RateLimiter';

describe('RateLimiter', () => {
  it('allows a burst, then the sustained rate', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 20, () => now);
    for (let i = 0; i < 20; i++) expect(limiter.take()).toBe(true);
    expect(limiter.take()).toBe(false);
    now += 100; // 0.1 s at 10/s refills one token
    expect(limiter.take()).toBe(true);
    expect(limiter.take()).toBe(false);
    now += 60_000; // never more than the burst
    let allowed = 0;
    while (limiter.take()) allowed++;
    expect(allowed).toBe(20);
  });
});

describe('RateLimiter by cost', () => {
  it('counts bytes: a burst of a big frame, then the sustained rate', () => {
    let now = 0;
    const bytes = new RateLimiter(1000, 5000, () => now);
    expect(bytes.take(4000)).toBe(true);
    expect(bytes.take(2000)).toBe(false);
    expect(bytes.take(1000)).toBe(true);
    now += 1000;
    expect(bytes.take(1000)).toBe(true);
    expect(bytes.take(1)).toBe(false);
  });
});
