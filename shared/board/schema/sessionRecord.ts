/**
 * The session document's state: facilitation (phase, timer, lock, modes, voting rules, scoring
 * criteria, reveal flags) and, written by the server only, the revealed vote totals and expert
 * results. Times are server epoch milliseconds, so every participant sees the same countdown.
 */
import * as z from 'zod/mini';
import { PHASES } from '../types';
import { mapped, value, valueMap } from './fields';
import { defineRecord } from './record';
import { between, boundedText, canvasAreaSchema, entityIdSchema, LIMITS, trimmedText, wholeBetween } from './values';

/** Ten minutes: a typical breakout round. */
export const DEFAULT_TIMER_MS = 10 * 60_000;
/** Longest countdown: a day. */
export const MAX_TIMER_MS = 24 * 60 * 60_000;

const duration = between(0, MAX_TIMER_MS);
const storedTimer = z.object({ durationMs: duration, remainingMs: duration, endsAt: z.nullable(z.number()) });

/** A timer as far as it can be read: odd durations fall back to ten minutes, odd remainders to the duration. */
function readTimer(raw: unknown): z.output<typeof storedTimer> {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  const durationMs = finite(value.durationMs) && value.durationMs >= 0 ? value.durationMs : DEFAULT_TIMER_MS;
  return {
    durationMs,
    remainingMs: finite(value.remainingMs) && value.remainingMs >= 0 ? value.remainingMs : durationMs,
    endsAt: finite(value.endsAt) ? value.endsAt : null,
  };
}

/** Dot-voting rules: votes per participant, and at most this many on one card. */
export const votingRulesSchema = z.object({ perParticipant: wholeBetween(1, 100), maxPerCard: wholeBetween(1, 100) });
/** Five dots each, at most three on one card. */
export const DEFAULT_VOTING_RULES = { perParticipant: 5, maxPerCard: 3 } as const;

function readVotingRules(raw: unknown): z.output<typeof votingRulesSchema> {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const positive = (n: unknown, fallback: number) => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : fallback);
  return {
    perParticipant: positive(value.perParticipant, DEFAULT_VOTING_RULES.perParticipant),
    maxPerCard: positive(value.maxPerCard, DEFAULT_VOTING_RULES.maxPerCard),
  };
}

/** One scoring criterion: relative weight 1..10; "inverted" where a high mark is bad (resource intensity). */
export const criterionSchema = z.object({
  id: entityIdSchema,
  title: trimmedText(1, LIMITS.title),
  weight: wholeBetween(1, 10),
  inverted: z.boolean(),
});
/** The facilitator's criteria: 1 to 12 with unique ids. */
export const criteriaSchema = z.array(criterionSchema).check(
  z.minLength(1),
  z.maxLength(12),
  z.refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'criterion ids must be unique'),
);

/** Where everyone's view follows a facilitator's. */
const storedFollow = z.object({
  leader: boundedText(LIMITS.author),
  laneId: z.nullable(entityIdSchema),
  cardId: z.nullable(entityIdSchema),
  slide: z.nullable(z.int().check(z.minimum(0))),
  /** The part of the canvas on the leader's screen; followers on the canvas frame the same. Absent before the canvas. */
  area: z._default(z.nullable(canvasAreaSchema), null),
});

function readFollow(raw: unknown): z.output<typeof storedFollow> | null {
  const value = raw as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null || typeof value.leader !== 'string') return null;
  const id = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : null);
  const slide = typeof value.slide === 'number' && Number.isInteger(value.slide) && value.slide >= 0 ? value.slide : null;
  const area = canvasAreaSchema.safeParse(value.area);
  return { leader: value.leader, laneId: id(value.laneId), cardId: id(value.cardId), slide, area: area.success ? area.data : null };
}

const criterionResultSchema = z.object({ mean: z.number(), min: z.number(), max: z.number(), sd: z.number(), count: z.int().check(z.minimum(0)) });
/** Expert results of one card: weighted mean on the 1..5 scale, how many experts, and per criterion the spread. */
export const scoreResultSchema = z.object({
  weighted: z.number(),
  experts: z.int().check(z.minimum(0)),
  criteria: z.record(z.string(), criterionResultSchema),
});

/** Null is never stored: commands delete the key instead (the defaults apply, nobody leads). */
function storedOrDeleted<T>(value: T | null): T {
  if (value === null) throw new Error('null is written by deleting the key');
  return value;
}

export const sessionRecord = defineRecord('session', {
  /** While locked, only facilitators change the board's content. */
  locked: value('locked', z.boolean(), false),
  phase: value('phase', z.enum(PHASES), 'ideas'),
  /** `{durationMs, remainingMs, endsAt}` as one value, so start/pause never mix. */
  timer: mapped('timer', storedTimer, readTimer(undefined), { plain: storedTimer, decode: (t) => t, encode: (t) => t, read: readTimer }),
  /** Play a sound when the timer reaches zero. */
  timerSound: value('timerSound', z.boolean(), true),
  votingRules: mapped('votingRules', votingRulesSchema, readVotingRules(undefined), {
    plain: votingRulesSchema,
    decode: (r) => r,
    encode: (r) => r,
    read: readVotingRules,
  }),
  votesRevealed: value('votesRevealed', z.boolean(), false),
  /** Card id → votes, written by the server while votes are revealed. */
  voteTotals: valueMap('voteTotals', z.int().check(z.positive()), LIMITS.cards),
  /** Criteria as one list value; null while the defaults (in the board's language) apply. */
  criteria: mapped('scoringCriteria', criteriaSchema, null as z.output<typeof criteriaSchema> | null, {
    plain: z.nullable(criteriaSchema),
    decode: (list) => list.map((c) => ({ ...c })),
    encode: storedOrDeleted,
  }),
  scoresRevealed: value('scoresRevealed', z.boolean(), false),
  /** Card id → expert results, written by the server while scores are revealed. */
  scoreResults: valueMap('scoreResults', scoreResultSchema, LIMITS.cards),
  /** Breakout groups work on their own tracks; false means plenary (the whole board). */
  breakout: value('breakout', z.boolean(), false),
  /** Set while everyone is asked to follow a facilitator's view. */
  follow: mapped('follow', storedFollow, null as z.output<typeof storedFollow> | null, {
    plain: z.nullable(storedFollow),
    decode: (f) => f,
    encode: storedOrDeleted,
    read: readFollow,
  }),
  /** New ideas stay in each participant's browser until the facilitator reveals them. */
  privateMode: value('privateMode', z.boolean(), false),
});
