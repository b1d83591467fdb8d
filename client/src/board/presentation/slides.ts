/**
 * The presentation as data: one slide per track with its priority initiatives, then the ranked
 * summary, ranked as the report ranks them (shared/results/ranking.ts) from what the
 * facilitator has revealed; otherwise the track's own order.
 */
import type { Card, Lane, SessionState } from '../../../../shared/board/types';
import { isShortlisted } from '../../../../shared/board/rules';
import { compareRank, type RankKey } from '../../../../shared/results/ranking';
import type { BoardState } from '../store/createBoardStore';

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

/** Each lane's cards in board order, for `buildSlides` and `rankedInitiatives`. */
export const laneCardsOf =
  (state: Pick<BoardState, 'laneCards' | 'cards'>) =>
  (laneId: string): Card[] =>
    (state.laneCards[laneId] ?? []).flatMap((id) => state.cards[id] ?? []);

/** Slides for these lanes; `cardsByLane` lists each lane's cards in board order. */
export function buildSlides(lanes: Lane[], cardsByLane: (laneId: string) => Card[], session: SessionState): Slide[] {
  const slides: Slide[] = lanes.map((lane) => {
    const cards = cardsByLane(lane.id);
    // Priority initiatives are what the track presents; before the shortlist is final, the shortlist.
    const priority = cards.filter((card) => card.status === 'priority');
    return { kind: 'track', lane, initiatives: rankCards(priority.length > 0 ? priority : cards.filter((card) => card.status === 'shortlisted'), session) };
  });
  slides.push({ kind: 'summary', ranked: rankedInitiatives(lanes, cardsByLane, session) });
  return slides;
}

/** Every shortlisted and priority initiative of these lanes, best first: the summary slide's and the projector's ranking. */
export function rankedInitiatives(lanes: Lane[], cardsByLane: (laneId: string) => Card[], session: SessionState): Card[] {
  return rankCards(
    lanes.flatMap((lane) => cardsByLane(lane.id).filter(isShortlisted)),
    session,
  );
}

/**
 * How many of each list a 16:9 screen holds in its type size (slides and projector): beyond
 * that, the first ones and a line saying how many more, never a scrollbar.
 */
export const SCREEN_FIT = { initiatives: 3, ranking: 8, parts: 4, spotlightParts: 5, laneCards: 6 } as const;

/**
 * The first items of a list that fit `max` lines, with the count of the rest: a full list is
 * shown whole; a longer one gives its last line to «+ ещё K».
 */
export function fitList<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  if (items.length <= max) return { shown: [...items], more: 0 };
  return { shown: items.slice(0, max - 1), more: items.length - (max - 1) };
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
