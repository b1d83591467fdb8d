import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FlushPacer } from './FlushPacer';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A pacer for a room of `people`, 1,000 frames/s: its spacing is `people` ms. */
function pacer(people: number) {
  const flushes: number[] = [];
  const room = { people };
  const paced = new FlushPacer(
    () => flushes.push(performance.now()),
    () => room.people,
    setImmediate,
    { framesPerSecond: 1000, maxIntervalMs: 50 },
  );
  return { paced, flushes, room };
}

describe('FlushPacer', () => {
  it('flushes an idle room at once (in `soon`), and several requests are one flush', () => {
    const { paced, flushes } = pacer(10);
    paced.request();
    paced.request();
    expect(flushes).toHaveLength(0);
    vi.advanceTimersByTime(0);
    expect(flushes).toHaveLength(1);
  });

  it('spaces flushes of a busy room by connections / frames per second', () => {
    const { paced, flushes } = pacer(10);
    paced.request();
    vi.advanceTimersByTime(0);
    // Requests keep coming every millisecond for 100 ms: one flush per 10 ms, none lost.
    for (let t = 0; t < 100; t++) {
      paced.request();
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(20);
    expect(flushes.length).toBeGreaterThanOrEqual(10);
    expect(flushes.length).toBeLessThanOrEqual(12);
    for (let i = 1; i < flushes.length; i++) expect(flushes[i]! - flushes[i - 1]!).toBeGreaterThanOrEqual(10);
  });

  it('follows the room size and caps the spacing', () => {
    const { paced, room } = pacer(2);
    expect(paced.intervalMs()).toBe(2);
    room.people = 30;
    expect(paced.intervalMs()).toBe(30);
    room.people = 5000;
    expect(paced.intervalMs()).toBe(50);
  });

  it('forgets a waiting flush when cancelled, and works again afterwards', () => {
    const { paced, flushes } = pacer(10);
    paced.request();
    vi.advanceTimersByTime(0);
    paced.request();
    paced.cancel();
    vi.advanceTimersByTime(100);
    expect(flushes).toHaveLength(1);
    paced.request();
    vi.advanceTimersByTime(0);
    expect(flushes).toHaveLength(2);
  });
});
