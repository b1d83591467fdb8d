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
import { readVoteTotals, readVotingRules, votesRevealed } from './voting';
import { customCriteria, readScoreResults, scoresRevealed } from './scoring';
import { readBreakout, readFollow, readPrivateMode } from './facilitation';

/** Ten minutes: a typical breakout round. */
export const DEFAULT_TIMER_MS = 10 * 60_000;
const MAX_TIMER_MS = 24 * 60 * 60_000;

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readTimer(value: unknown): TimerState {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<TimerState>;
  const durationMs = finite(raw.durationMs) && raw.durationMs >= 0 ? raw.durationMs : DEFAULT_TIMER_MS;
  return {
    durationMs,
    remainingMs: finite(raw.remainingMs) && raw.remainingMs >= 0 ? raw.remainingMs : durationMs,
    endsAt: finite(raw.endsAt) ? raw.endsAt : null,
  };
}

/** The session state as plain data; defaults for anything missing or malformed. */
export function readSession(doc: Y.Doc): SessionState {
  const map = sessionMap(doc);
  const phase = map.get(SESSION_STATE.phase);
  return {
    locked: map.get(SESSION_STATE.locked) === true,
    phase: PHASES.includes(phase as Phase) ? (phase as Phase) : 'ideas',
    timer: readTimer(map.get(SESSION_STATE.timer)),
    timerSound: map.get(SESSION_STATE.timerSound) !== false,
    votingRules: readVotingRules(doc),
    votesRevealed: votesRevealed(doc),
    voteTotals: readVoteTotals(doc),
    scoresRevealed: scoresRevealed(doc),
    scoreResults: readScoreResults(doc),
    breakout: readBreakout(doc),
    follow: readFollow(doc),
    privateMode: readPrivateMode(doc),
    criteria: customCriteria(doc),
  };
}

/** While locked, only facilitators change the board's content. */
export function isLocked(doc: Y.Doc): boolean {
  return sessionMap(doc).get(SESSION_STATE.locked) === true;
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
  const timer = readSession(doc).timer;
  if (timer.endsAt !== null) return;
  writeTimer(doc, { ...timer, endsAt: now + timer.remainingMs });
}

/** Pauses the countdown at server time `now`, keeping what is left. */
export function pauseTimer(doc: Y.Doc, now: number): void {
  const timer = readSession(doc).timer;
  if (timer.endsAt === null) return;
  writeTimer(doc, { ...timer, remainingMs: timerRemaining(timer, now), endsAt: null });
}

/** Adds (or with a negative number, takes away) minutes, running or not. */
export function addTimerMinutes(doc: Y.Doc, minutes: number, now: number): void {
  if (!Number.isInteger(minutes) || minutes === 0) throw new BoardModelError('invalid-input', 'minutes: a non-zero whole number');
  const timer = readSession(doc).timer;
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
  const duration = durationMs ?? readSession(doc).timer.durationMs;
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
