import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addTimerMinutes,
  BoardModelError,
  DEFAULT_TIMER_MS,
  pauseTimer,
  readSession,
  resetTimer,
  setLocked,
  setPhase,
  startTimer,
  timerRemaining,
} from './index';
import { exchange, prng, replicas } from './test/replicas';

describe('session state', () => {
  it('starts in the ideas phase, unlocked, with a ten-minute timer', () => {
    expect(readSession(new Y.Doc())).toEqual({
      locked: false,
      phase: 'ideas',
      timer: { durationMs: DEFAULT_TIMER_MS, remainingMs: DEFAULT_TIMER_MS, endsAt: null },
      timerSound: true,
      votingRules: { perParticipant: 5, maxPerCard: 3 },
      votesRevealed: false,
      voteTotals: {},
      scoresRevealed: false,
      scoreResults: {},
      breakout: false,
      follow: null,
      privateMode: false,
      criteria: null,
    });
  });

  it('walks the phases and refuses unknown ones', () => {
    const doc = new Y.Doc();
    setPhase(doc, 'voting');
    expect(readSession(doc).phase).toBe('voting');
    expect(() => setPhase(doc, 'party' as never)).toThrow(BoardModelError);
    setLocked(doc, true);
    expect(readSession(doc)).toMatchObject({ phase: 'voting', locked: true });
  });

  it('counts down in server time: start, pause, resume, add minutes, reset', () => {
    const doc = new Y.Doc();
    resetTimer(doc, 5 * 60_000);
    startTimer(doc, 1_000_000);
    expect(timerRemaining(readSession(doc).timer, 1_000_000 + 60_000)).toBe(4 * 60_000);
    pauseTimer(doc, 1_000_000 + 90_000);
    expect(readSession(doc).timer).toEqual({ durationMs: 300_000, remainingMs: 210_000, endsAt: null });
    expect(timerRemaining(readSession(doc).timer, 9_999_999_999)).toBe(210_000);
    startTimer(doc, 2_000_000);
    addTimerMinutes(doc, 2, 2_000_000);
    expect(timerRemaining(readSession(doc).timer, 2_000_000)).toBe(330_000);
    expect(timerRemaining(readSession(doc).timer, 3_000_000)).toBe(0);
    addTimerMinutes(doc, -100, 2_000_000);
    expect(timerRemaining(readSession(doc).timer, 2_000_000)).toBe(0);
    resetTimer(doc);
    expect(readSession(doc).timer).toMatchObject({ endsAt: null, remainingMs: readSession(doc).timer.durationMs });
    expect(() => resetTimer(doc, -5)).toThrow(BoardModelError);
    expect(() => addTimerMinutes(doc, 0.5, 0)).toThrow(BoardModelError);
  });

  it('never mixes two facilitators’ concurrent timer actions', () => {
    const all = replicas(2);
    resetTimer(all[0]!.doc, 600_000);
    exchange(all, prng(1));
    startTimer(all[0]!.doc, 1000);
    addTimerMinutes(all[1]!.doc, 5, 1000);
    exchange(all, prng(2));
    const a = readSession(all[0]!.doc).timer;
    expect(readSession(all[1]!.doc).timer).toEqual(a);
    // One of the two actions won whole: either running 10 min, or paused at 15 min.
    expect([
      JSON.stringify({ durationMs: 600_000, remainingMs: 600_000, endsAt: 601_000 }),
      JSON.stringify({ durationMs: 900_000, remainingMs: 900_000, endsAt: null }),
    ]).toContain(JSON.stringify(a));
  });

  it('reads garbage as defaults', () => {
    const doc = new Y.Doc();
    doc.getMap('session').set('phase', 42);
    doc.getMap('session').set('timer', { endsAt: 'soon', remainingMs: -3 });
    expect(readSession(doc)).toMatchObject({ phase: 'ideas', timer: { endsAt: null, remainingMs: DEFAULT_TIMER_MS } });
  });
});
