/**
 * Likely duplicates among a track's notes, for the facilitator to merge or dismiss. Two cards
 * are alike when the stems of their titles (Russian and English Snowball stemmers) overlap:
 * the Dice coefficient of their stem sets reaches `DUPLICATE_THRESHOLD`. Stems also match when
 * one is a long prefix of the other, since Russian adjectives and nouns stem apart
 * («парковочных» / «парковка»). Cards are compared within one track only: the same words in
 * two tracks are two angles on a topic, not a duplicate. Pure, so it is tested without a board.
 */
import snowball from 'snowball-stemmers';
import type { Card, CardId } from '../../shared/board/types';

/** From this similarity (0..1) on, a pair is suggested. */
export const DUPLICATE_THRESHOLD = 0.5;
/** At most this many suggestions at once: the most alike first. */
export const MAX_SUGGESTIONS = 50;

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

/** Words too common to say two ideas are the same. */
const STOP_WORDS = new Set(
  [
    'и в во на для с со по к ко о об от до из за не но а или у при как что это все его её их без над под через про также',
    'the a an and or of for to in on at by with from into as is are be this that new our',
  ]
    .join(' ')
    .split(' '),
);

/** The stems of a text's words: lower-cased, stop words and one-letter words left out. */
export function stems(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replaceAll('ё', 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [
    ...new Set(
      words
        .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
        .map((word) => (/\p{Script=Cyrillic}/u.test(word) ? russian.stem(word) : /^[a-z]+$/.test(word) ? english.stem(word) : word)),
    ),
  ];
}

/** Two stems name one word: equal, or sharing most of the shorter one (at least five letters). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.max(5, Math.ceil(0.8 * Math.min(a.length, b.length)));
}

/** Dice coefficient of two stem sets, a stem of one matching at most one of the other. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const unmatched = [...b];
  let matches = 0;
  for (const stem of a) {
    const at = unmatched.findIndex((other) => sameWord(stem, other));
    if (at >= 0) {
      matches++;
      unmatched.splice(at, 1);
    }
  }
  return (2 * matches) / (a.length + b.length);
}

export interface DuplicatePair {
  a: CardId;
  b: CardId;
  /** Similarity, 0..1, rounded to two decimals. */
  score: number;
}

/** The key of a pair, whichever way round it is named. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Pairs of cards in the same track alike enough to be one idea, most alike first (ties by
 * ids), leaving out pairs in `dismissed` (their `pairKey`s). `a` is the older card of a pair.
 */
export function suggestDuplicates(
  cards: ReadonlyArray<Pick<Card, 'id' | 'laneId' | 'title' | 'createdAt'>>,
  dismissed: ReadonlySet<string> = new Set(),
): DuplicatePair[] {
  const byLane = new Map<string, Array<{ card: (typeof cards)[number]; stems: string[] }>>();
  for (const card of cards) {
    const lane = card.laneId ?? '';
    byLane.set(lane, [...(byLane.get(lane) ?? []), { card, stems: stems(card.title) }]);
  }
  const pairs: DuplicatePair[] = [];
  for (const items of byLane.values()) {
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const [x, y] = [items[i]!, items[j]!];
        if (dismissed.has(pairKey(x.card.id, y.card.id))) continue;
        const score = similarity(x.stems, y.stems);
        if (score < DUPLICATE_THRESHOLD) continue;
        const [a, b] = x.card.createdAt <= y.card.createdAt ? [x.card, y.card] : [y.card, x.card];
        pairs.push({ a: a.id, b: b.id, score: Math.round(score * 100) / 100 });
      }
    }
  }
  return pairs.sort((p, q) => q.score - p.score || pairKey(p.a, p.b).localeCompare(pairKey(q.a, q.b))).slice(0, MAX_SUGGESTIONS);
}
