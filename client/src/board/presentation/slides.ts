/**
 * The presentation as data: one slide per track with its priority initiatives, then the ranked
 * summary, ranked as the report ranks them (shared/results/ranking.ts) from what the
 * facilitator has revealed; otherwise the track's own order.
 */
import type { Card, Lane, SessionState } from '../../../../shared/board/types';
import { isShortlisted } from '../../../../shared/board/rules';
import { compareRank, type RankKey } from '../../../../shared/results/ranking';

export type Slide = { kind: 'track'; lane: Lane; initiatives: Card[] } | { kind: 'summary'; ranked: Card[] };

/** Orders cards best first by revealed score, then revealed votes, then status (stable otherwise). */
export function rankCards(cards: Card[], session: Pick<SessionState, 'scoresRevealed' | 'scoreResults' | 'votesRevealed' | 'voteTotals'>): Card[] {
  const key = (card: Card): RankKey => ({
    score: session.scoresRevealed ? (session.scoreResults[card.id]?.weighted ?? null) : null,
    votes: session.votesRevealed ? (session.voteTotals[card.id] ?? 0) : null,
    status: card.status,
  });
  return [...cards].sort((a, b) => compareRank(key(a), key(b)));
}

/** Slides for these lanes; `cardsByLane` lists each lane's cards in board order. */
export function buildSlides(lanes: Lane[], cardsByLane: (laneId: string) => Card[], session: SessionState): Slide[] {
  const slides: Slide[] = [];
  const all: Card[] = [];
  for (const lane of lanes) {
    const cards = cardsByLane(lane.id);
    // Priority initiatives are what the track presents; before the shortlist is final, the shortlist.
    const priority = cards.filter((card) => card.status === 'priority');
    const initiatives = rankCards(priority.length > 0 ? priority : cards.filter((card) => card.status === 'shortlisted'), session);
    slides.push({ kind: 'track', lane, initiatives });
    all.push(...cards.filter(isShortlisted));
  }
  slides.push({ kind: 'summary', ranked: rankCards(all, session) });
  return slides;
}

/** Where a presenter's key press takes the deck, or null when the key is not for the deck. */
export function slideForKey(key: string, current: number, count: number): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return Math.min(last, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
