/**
 * Data behind the session charts, as pure functions of board records so they can be tested
 * without Solid or a DOM. Shared because two renderers lay out what these return: the client's
 * chart components (client/src/board/charts/) and the server's report (server/export/chartSvg.ts).
 */
import type { ScoreResult } from '../board/scoring';
import type { Card, Color, Lane } from '../board/types';

/**
 * Chart fills per lane colour. The board's own lane colours are pastel and wash out on a
 * projector, so charts use saturated tones of the same hue that still read against white.
 */
export const CHART_COLORS: Record<Color, string> = {
  yellow: '#e0a100',
  orange: '#f06d00',
  red: '#d62828',
  pink: '#d6336c',
  violet: '#7048e8',
  blue: '#1c7ed6',
  teal: '#0c8599',
  green: '#2f9e44',
  grey: '#667085',
};

/** A projector fits about this many readable bars; the rest of the tail says little. */
export const MAX_VOTE_BARS = 20;

/** One bar of the votes chart. */
export interface VoteBar {
  cardId: string;
  title: string;
  laneTitle: string;
  /** The lane's colour; a card whose lane is gone gets grey. */
  color: Color;
  votes: number;
}

/** One bubble of the impact matrix; x and y are criterion means on the 1..5 scale. */
export interface MatrixPoint {
  cardId: string;
  title: string;
  laneTitle: string;
  /** The lane's colour; a card whose lane is gone gets grey. */
  color: Color;
  /** Mean of the 'feasibility' criterion. */
  x: number;
  /** Mean of the 'effect' criterion. */
  y: number;
  /** What the bubble area stands for, in the unit given by {@link SizeMeasure}. */
  size: number;
}

/** Unit of {@link MatrixPoint.size}: money in one currency, or the number of resource lines. */
export type SizeMeasure = { kind: 'money'; currency: string } | { kind: 'count' };

/** What {@link impactMatrix} returns: the bubbles and the unit their size is in. */
export interface ImpactMatrixData {
  points: MatrixPoint[];
  measure: SizeMeasure;
}

// Titles are mostly Russian; the board sorts names with the same collator elsewhere.
const collator = new Intl.Collator('ru');

const laneIndex = (lanes: Lane[]) => new Map<string | null, Lane>(lanes.map((lane) => [lane.id, lane]));

/**
 * Cards that received votes, most voted first (ties by title), capped at {@link MAX_VOTE_BARS}.
 * Cards with no votes are left out: a zero-length bar only adds noise.
 */
export function votesPerCard(cards: Card[], lanes: Lane[], voteTotals: Record<string, number>): VoteBar[] {
  const byId = laneIndex(lanes);
  return cards
    .filter((card) => (voteTotals[card.id] ?? 0) > 0)
    .map((card) => {
      const lane = byId.get(card.laneId);
      return { cardId: card.id, title: card.title, laneTitle: lane?.title ?? '', color: lane?.color ?? 'grey', votes: voteTotals[card.id]! };
    })
    .sort((a, b) => b.votes - a.votes || collator.compare(a.title, b.title) || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0))
    .slice(0, MAX_VOTE_BARS);
}

const moneyLines = (card: Card) => card.resources.filter((r) => r.kind === 'money' && r.amount !== null);

/**
 * Bubbles for cards scored on both 'effect' and 'feasibility'. Size is the money the card
 * needs when all money lines on the chart share one currency (adding roubles to euros would
 * lie); otherwise it falls back to the number of resource lines, which is always comparable.
 * Points come largest first so that, drawn in order, small bubbles stay on top and clickable.
 */
export function impactMatrix(cards: Card[], lanes: Lane[], results: Record<string, ScoreResult>): ImpactMatrixData {
  const byId = laneIndex(lanes);
  const scored = cards.flatMap((card) => {
    const criteria = results[card.id]?.criteria;
    const effect = criteria?.effect;
    const feasibility = criteria?.feasibility;
    return effect && feasibility ? [{ card, x: feasibility.mean, y: effect.mean }] : [];
  });
  // A money line without a currency counts as its own currency, so it forces the count measure.
  const currencies = new Set(scored.flatMap(({ card }) => moneyLines(card).map((r) => r.currency)));
  const only = currencies.size === 1 ? [...currencies][0] : null;
  const measure: SizeMeasure = only ? { kind: 'money', currency: only } : { kind: 'count' };
  const points = scored.map(
    ({ card, x, y }): MatrixPoint => ({
      cardId: card.id,
      title: card.title,
      laneTitle: byId.get(card.laneId)?.title ?? '',
      color: byId.get(card.laneId)?.color ?? 'grey',
      x,
      y,
      size: measure.kind === 'money' ? moneyLines(card).reduce((sum, r) => sum + Math.max(0, r.amount ?? 0), 0) : card.resources.length,
    }),
  );
  return { points: points.sort((a, b) => b.size - a.size || collator.compare(a.title, b.title)), measure };
}

/**
 * Bubble radius with area proportional to size, since readers compare bubbles by area.
 * The floor `minR` keeps tiny or zero-sized bubbles visible and clickable; the result is
 * always within [minR, maxR].
 */
export function bubbleRadius(size: number, maxSize: number, minR = 6, maxR = 36): number {
  if (!(size > 0) || !(maxSize > 0)) return minR;
  const r = maxR * Math.sqrt(Math.min(size, maxSize) / maxSize);
  return Math.max(minR, r);
}
