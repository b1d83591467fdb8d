import { describe, expect, it } from 'vitest';
import { formatCountdown } from './countdown';
import { offsetFromSample } from './createServerClock';

describe('formatCountdown', () => {
  it('shows minutes and seconds, rounding up', () => {
    expect(formatCountdown(600_000)).toBe('10:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(59_000)).toBe('0:59');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5)).toBe('0:00');
    expect(formatCountdown(3_726_000)).toBe('1:02:06');
  });
});

describe('offsetFromSample', () => {
  it('puts the server reading at the midpoint of the round trip', () => {
    expect(offsetFromSample(1000, 5100, 1200)).toEqual({ offset: 4000, delay: 200 });
  });
});
