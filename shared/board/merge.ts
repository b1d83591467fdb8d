/**
 * Merging duplicates: several cards become one that keeps everything they held. The card that
 * stays is chosen by one rule (`mergeTarget`), so the UI can say which before anyone merges.
 * The server merges (`POST /cards/merge`): it moves the ballots and marks of the merged cards
 * in the private document too (`mergeBallots`, `mergeMarks`), which no client can reach.
 */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { partsMap } from './cardParts';
import { cardMapOrThrow, getCard } from './cards';
import { removeEmptyClusters } from './clusters';
import { cardsMap, clustersMap, commentsMap } from './docMaps';
import { newResourceId, newStageId } from './ids';
import { CARD, COMMENT } from './keys';
import { keyAt } from './order';
import { CARD_STATUSES, type Card, type CardId } from './types';
import { LIMITS } from './validation';

/** At most this many cards are merged at once (a merge is a deliberate, reviewed act). */
export const MAX_MERGED = 20;

const statusRank = (card: Pick<Card, 'status'>) => CARD_STATUSES.indexOf(card.status);

/**
 * The card the others merge into: an initiative before a note, further along the funnel
 * first, then the oldest (the idea first written down), ties by id.
 */
export function mergeTarget<C extends Pick<Card, 'id' | 'kind' | 'status' | 'createdAt'>>(cards: readonly C[]): C | null {
  const rank = (card: C) => [card.kind === 'initiative' ? 0 : 1, -statusRank(card), card.createdAt] as const;
  return (
    [...cards].sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    })[0] ?? null
  );
}

/** Distinct non-empty entries in first-seen order, at most `max`. */
const union = (lists: ReadonlyArray<readonly string[]>, max: number, except: readonly string[] = []) =>
  [...new Set(lists.flat().filter((entry) => entry && !except.includes(entry)))].slice(0, max);

/** The survivor's description followed by each merged card's title (where it differs) and description. */
function mergedDescription(target: Card, merged: readonly Card[]): string {
  const parts = [target.description.trim()];
  for (const card of merged) {
    const title = card.title.trim() !== target.title.trim() ? card.title.trim() : '';
    const text = [title, card.description.trim()].filter(Boolean).join('\n');
    if (text) parts.push(card.author ? `${text} (${card.author})` : text);
  }
  return parts.filter(Boolean).join('\n\n').slice(0, LIMITS.description);
}

/**
 * Merges `ids` (two or more cards) into the one `mergeTarget` picks, in one transaction: its
 * title stays; the others' titles and descriptions are added to its description with their
 * authors' names; their authors join its co-authors; their comments, resources, stages,
 * partners and tags move to it; it keeps the furthest status and becomes an initiative if any
 * of them was one, and its cluster (or the first one a merged card had). The merged cards are
 * removed. Returns the card that stays and the ones merged into it.
 */
export function mergeCardsContent(doc: Y.Doc, ids: readonly CardId[], now = Date.now()): { into: CardId; merged: CardId[] } {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new BoardModelError('invalid-input', 'cards: merge at least two');
  if (unique.length > MAX_MERGED) throw new BoardModelError('invalid-input', `cards: merge at most ${MAX_MERGED} at once`);
  const cards = unique.map((id) => {
    cardMapOrThrow(doc, id);
    const card = getCard(doc, id);
    if (!card) throw new BoardModelError('not-found', `no readable card ${id}`);
    return card;
  });
  const target = mergeTarget(cards)!;
  const merged = cards.filter((card) => card.id !== target.id);
  const map = cardMapOrThrow(doc, target.id);
  doc.transact(() => {
    const description = map.get(CARD.description);
    const text = mergedDescription(target, merged);
    if (description instanceof Y.Text) {
      description.delete(0, description.length);
      description.insert(0, text);
    } else map.set(CARD.description, new Y.Text(text));
    map.set(CARD.coauthors, union([target.coauthors, ...merged.flatMap((card) => [[card.author], card.coauthors])], LIMITS.listEntries, [target.author]));
    map.set(CARD.partners, union([target.partners, ...merged.map((card) => card.partners)], LIMITS.listEntries));
    map.set(CARD.tags, union([target.tags, ...merged.map((card) => card.tags)], LIMITS.listEntries));
    const furthest = [target, ...merged].reduce((best, card) => (statusRank(card) > statusRank(best) ? card : best));
    map.set(CARD.status, furthest.status);
    if (merged.some((card) => card.kind === 'initiative')) map.set(CARD.kind, 'initiative');
    if (!target.cluster) {
      const cluster = merged.find((card) => card.cluster && clustersMap(doc).has(card.cluster))?.cluster;
      if (cluster) map.set(CARD.cluster, cluster);
    }
    for (const [key, own, entries, newId] of [
      [CARD.resources, target.resources, merged.flatMap((card) => card.resources), newResourceId],
      [CARD.stages, target.stages, merged.flatMap((card) => card.stages), newStageId],
    ] as const) {
      const list = partsMap(map, key);
      // After the survivor's own lines (the reader gives them in order), in the order the merged cards had them.
      const ordered: Array<{ id: string; order: string }> = [...own];
      for (const { id: _id, ...entry } of entries) {
        if (list.size >= LIMITS.listEntries) break;
        const order = keyAt(ordered);
        ordered.push({ id: '', order });
        list.set(newId(), { ...entry, order });
      }
    }
    const gone = new Set<string>(merged.map((card) => card.id));
    commentsMap(doc).forEach((comment) => {
      if (comment instanceof Y.Map && gone.has(comment.get(COMMENT.cardId) as string)) comment.set(COMMENT.cardId, target.id);
    });
    for (const card of merged) cardsMap(doc).delete(card.id);
    // A cluster that only merged cards were in goes with them.
    removeEmptyClusters(
      doc,
      merged.flatMap((card) => card.cluster ?? []),
    );
    map.set(CARD.updatedAt, now);
  });
  return { into: target.id, merged: merged.map((card) => card.id) };
}
