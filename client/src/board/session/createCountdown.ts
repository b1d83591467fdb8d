/** The session countdown, re-read four times a second in server time: what is left, and whether it ran out. */
import { createSignal, onCleanup } from 'solid-js';
import { timerRemaining } from '../../../../shared/board';
import type { TimerState } from '../../../../shared/board/types';

export function createCountdown(timer: () => TimerState, clock: { now: () => number }) {
  const [now, setNow] = createSignal(clock.now());
  const tick = setInterval(() => setNow(clock.now()), 250);
  onCleanup(() => clearInterval(tick));
  const remaining = () => timerRemaining(timer(), now());
  const running = () => timer().endsAt !== null;
  return { remaining, running, timeUp: () => running() && remaining() === 0 };
}
