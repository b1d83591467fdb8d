/**
 * The session document: facilitation state (phase, timer, lock). Only facilitators write it;
 * the relay enforces that. Times are server epoch milliseconds, so every participant sees
 * the same countdown whatever their own clock says.
 */
import type * as Y from 'yjs';
import { sessionMap } from './docMaps';
import { SESSION_STATE } from './keys';
import { PHASES, type Phase, type SessionState, type TimerState } from './types';
import { BoardModelError } from './BoardModelError';
import { readSessionMap } from './records';
import { DEFAULT_TIMER_MS, MAX_TIMER_MS, sessionRecord } from './schema/sessionRecord';

export { DEFAULT_TIMER_MS };

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The session state as plain data; defaults for anything missing or malformed. */
export function readSession(doc: Y.Doc): SessionState {
  return readSessionMap(sessionMap(doc));
}

/** One field of the session state (cheaper than the whole state in hot paths). */
export function readSessionField<K extends keyof SessionState>(doc: Y.Doc, name: K): SessionState[K] {
  const map = sessionMap(doc);
  return sessionRecord.readField(name, (key) => map.get(key));
}

/** While locked, only facilitators change the board's content. */
export function isLocked(doc: Y.Doc): boolean {
  return readSessionField(doc, 'locked');
}

/** Locks or unlocks the board's content for everyone but facilitators. */
export function setLocked(doc: Y.Doc, locked: boolean): void {
  doc.transact(() => sessionMap(doc).set(SESSION_STATE.locked, locked));
}

/** Moves the session to a phase (ideas, shortlist, voting, scoring, presentation, closed). */
export function setPhase(doc: Y.Doc, phase: Phase): void {
  if (!PHASES.includes(phase)) throw new BoardModelError('invalid-input', `phase: unknown phase ${String(phase)}`);
  doc.transact(() => sessionMap(doc).set(SESSION_STATE.phase, phase));
}

/** Milliseconds left at server time `now`. */
export function timerRemaining(timer: TimerState, now: number): number {
  return timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

function writeTimer(doc: Y.Doc, timer: TimerState): void {
  doc.transact(() => sessionMap(doc).set(SESSION_STATE.timer, timer));
}

/** Starts (or resumes) the countdown at server time `now`. */
export function startTimer(doc: Y.Doc, now: number): void {
  const timer = readSessionField(doc, 'timer');
  if (timer.endsAt !== null) return;
  writeTimer(doc, { ...timer, endsAt: now + timer.remainingMs });
}

/** Pauses the countdown at server time `now`, keeping what is left. */
export function pauseTimer(doc: Y.Doc, now: number): void {
  const timer = readSessionField(doc, 'timer');
  if (timer.endsAt === null) return;
  writeTimer(doc, { ...timer, remainingMs: timerRemaining(timer, now), endsAt: null });
}

/** Adds (or with a negative number, takes away) minutes, running or not. */
export function addTimerMinutes(doc: Y.Doc, minutes: number, now: number): void {
  if (!Number.isInteger(minutes) || minutes === 0) throw new BoardModelError('invalid-input', 'minutes: a non-zero whole number');
  const timer = readSessionField(doc, 'timer');
  const delta = minutes * 60_000;
  const remaining = Math.min(MAX_TIMER_MS, Math.max(0, timerRemaining(timer, now) + delta));
  writeTimer(doc, {
    durationMs: Math.min(MAX_TIMER_MS, Math.max(0, timer.durationMs + delta)),
    remainingMs: remaining,
    endsAt: timer.endsAt === null ? null : now + remaining,
  });
}

/** Stops the countdown and sets it to `durationMs` (default: the last duration). */
export function resetTimer(doc: Y.Doc, durationMs?: number): void {
  const duration = durationMs ?? readSessionField(doc, 'timer').durationMs;
  if (!finite(duration) || duration < 0 || duration > MAX_TIMER_MS) throw new BoardModelError('invalid-input', 'duration: between 0 and 24 hours');
  writeTimer(doc, { durationMs: duration, remainingMs: duration, endsAt: null });
}

/** Whether clients play a sound when the countdown reaches zero. */
export function setTimerSound(doc: Y.Doc, on: boolean): void {
  doc.transact(() => sessionMap(doc).set(SESSION_STATE.timerSound, on));
}

/** Calls `listener` after every change of the session state; returns an unsubscribe function. */
export function observeSession(doc: Y.Doc, listener: (state: SessionState) => void): () => void {
  const map = sessionMap(doc);
  const handler = () => listener(readSession(doc));
  map.observeDeep(handler);
  return () => map.unobserveDeep(handler);
}
