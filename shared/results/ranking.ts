/**
 * How initiatives are ranked, in the report and the presentation: by weighted expert score
 * where scores are revealed, then by votes, then by status (priority before shortlisted). Ties share a rank ("1, 2, 2, 4"),
 * because an official list must not pretend that the order of equals means something.
 */
import type { CardStatus } from '../board/types';

/** What a card is ranked by; `null` where that result is not revealed (or, for a score, absent). */
export interface RankKey {
  score: number | null;
  votes: number | null;
  status: CardStatus;
}

const STATUS_RANK: Record<CardStatus, number> = { priority: 0, shortlisted: 1, idea: 2 };

/**
 * Orders two cards best first. A scored card comes before an unscored one; an unrevealed
 * count is no count at all, so it never separates two cards.
 */
export function compareRank(a: RankKey, b: RankKey): number {
  if (a.score !== b.score) {
    if (a.score === null) return 1;
    if (b.score === null) return -1;
    return b.score - a.score;
  }
  const votes = (b.votes ?? 0) - (a.votes ?? 0);
  return votes !== 0 ? votes : STATUS_RANK[a.status] - STATUS_RANK[b.status];
}

/**
 * Sorts items best first (stable, so equal items keep the board's order) and gives each its
 * competition rank: equal keys share a rank and the next rank skips the tied places.
 */
export function rankItems<T>(items: T[], key: (item: T) => RankKey): Array<{ item: T; rank: number }> {
  const sorted = [...items].sort((a, b) => compareRank(key(a), key(b)));
  const ranked: Array<{ item: T; rank: number }> = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    const tied = previous !== undefined && compareRank(key(previous.item), key(item)) === 0;
    ranked.push({ item, rank: tied ? previous.rank : index + 1 });
  });
  return ranked;
}
