/**
 * The server's clock as seen from this browser: a few `/api/time` round trips, keeping the
 * one with the shortest delay, give the offset. Countdowns use it so they end together.
 */
import { createSignal, onCleanup } from 'solid-js';
import { getServerTime } from '../../api/api';

/** Offset estimate from one round trip: server time minus local time at the midpoint. */
export function offsetFromSample(sentAt: number, serverNow: number, receivedAt: number): { offset: number; delay: number } {
  const delay = receivedAt - sentAt;
  return { offset: serverNow - (sentAt + delay / 2), delay };
}

export function createServerClock(samples = 4) {
  const [offset, setOffset] = createSignal(0);
  let best = Infinity;
  let stopped = false;
  const sample = async () => {
    const sentAt = Date.now();
    const { now } = await getServerTime();
    const estimate = offsetFromSample(sentAt, now, Date.now());
    if (estimate.delay < best) {
      best = estimate.delay;
      setOffset(estimate.offset);
    }
  };
  void (async () => {
    for (let i = 0; i < samples && !stopped; i++) await sample().catch(() => undefined);
  })();
  onCleanup(() => (stopped = true));
  return { now: () => Date.now() + offset(), offset };
}

export type ServerClock = ReturnType<typeof createServerClock>;
