import { describe, expect, it } from 'vitest';
import type { Card, Lane, SessionState } from '../../../../shared/board/types';
import { buildSlides, fitList, rankCards, slideForKey } from './slides';

const lane = (id: string, title: string) => ({ id, title, color: 'blue', order: 'a0', groupId: null }) as Lane;
const card = (id: string, laneId: string, status: Card['status']) => ({ id, laneId, title: id, status }) as Card;
const session = (over: Partial<SessionState> = {}) =>
  ({ scoresRevealed: false, scoreResults: {}, votesRevealed: false, voteTotals: {}, ...over }) as SessionState;

describe('presentation slides', () => {
  it('makes one slide per track with its priority initiatives, then the summary', () => {
    const lanes = [lane('l1', 'Городская среда'), lane('l2', 'Инфраструктура')];
    const cards = [card('parking', 'l1', 'priority'), card('idea', 'l1', 'idea'), card('crossing', 'l1', 'shortlisted'), card('wind', 'l2', 'shortlisted')];
    const slides = buildSlides(lanes, (id) => cards.filter((c) => c.laneId === id), session());
    expect(slides.map((s) => s.kind)).toEqual(['track', 'track', 'summary']);
    expect(slides[0]!.kind === 'track' && slides[0]!.initiatives.map((c) => c.id)).toEqual(['parking']);
    // No priority yet in this track: its shortlist is presented.
    expect(slides[1]!.kind === 'track' && slides[1]!.initiatives.map((c) => c.id)).toEqual(['wind']);
    expect(slides[2]!.kind === 'summary' && slides[2]!.ranked.map((c) => c.id)).toEqual(['parking', 'crossing', 'wind']);
  });

  it('ranks by revealed scores, then revealed votes, never by hidden ones', () => {
    const cards = [card('a', 'l', 'shortlisted'), card('b', 'l', 'shortlisted'), card('c', 'l', 'priority')];
    const scoreResults = { a: { weighted: 3, experts: 2, criteria: {} }, b: { weighted: 4.5, experts: 2, criteria: {} } };
    expect(rankCards(cards, session({ scoreResults, voteTotals: { a: 9 } })).map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(rankCards(cards, session({ voteTotals: { a: 9 }, votesRevealed: true })).map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(rankCards(cards, session({ scoreResults, scoresRevealed: true })).map((c) => c.id)).toEqual(['b', 'a', 'c']);
  });

  it('moves with arrows, page keys (clickers), space, Home and End, within the deck', () => {
    expect(slideForKey('PageDown', 0, 3)).toBe(1);
    expect(slideForKey('ArrowRight', 2, 3)).toBe(2);
    expect(slideForKey('PageUp', 0, 3)).toBe(0);
    expect(slideForKey('ArrowLeft', 2, 3)).toBe(1);
    expect(slideForKey('End', 0, 3)).toBe(2);
    expect(slideForKey('Home', 2, 3)).toBe(0);
    expect(slideForKey('a', 1, 3)).toBeNull();
  });

  it('fits a list to its lines: whole when it fits, else the first ones and how many more', () => {
    expect(fitList([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(fitList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], more: 3 });
    expect(fitList([], 3)).toEqual({ shown: [], more: 0 });
  });
});
