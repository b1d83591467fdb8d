/**
 * Where each card sits, kept per document: lane id ('' for the parking lot) → that lane's cards
 * sorted by (order, id), each with its rectangle in the lane. `moveCard`, `addCard` and the
 * canvas commands read one lane through it instead of scanning the whole card map.
 *
 * Why an index rather than a cheaper scan: on a 5,000-card board the scan cost 2 to 5 ms per
 * move, and almost all of it went on visiting 5,000 card maps to read one key each. Sorting and
 * checking the ~1,250 keys of one lane costs ~0.05 ms. No scan of every card gets well under
 * 1 ms. With the index a move costs ~0.04 ms: a copy of one lane plus a binary search.
 *
 * Why it does not go stale: it never guesses what a command wrote. It reads cards again from
 * the document, and Yjs says which ones to read. Every change to the cards runs in a Yjs
 * transaction (local, remote, undo or migration). `transaction.changed` names each id added,
 * deleted or replaced in the cards map, and each older card map whose keys were written. A card
 * map made in the same transaction is not named, but its id in the cards map is. The index
 * follows each transaction that starts after it was built (`beforeTransaction`), and the one it
 * was built in. It catches up when a transaction ends (`afterTransaction`). It also catches up
 * before every read while a transaction is still open or its observers are running, so a read
 * inside a transaction sees that transaction's own writes. Reading a card again is idempotent,
 * so doing it twice is harmless. Only a missed transaction could hurt, and none is missed.
 *
 * Inside one long transaction (a bulk import calling `addCard` in a loop), each read checks
 * again every card that transaction has touched so far. That costs no more than the old scan.
 */
import type * as Y from 'yjs';
import { cardsMap, entity, type EntityMap } from './docMaps';
import type { Rect } from './geometry';
import { CARD } from './keys';
import { compareOrdered, type Ordered } from './order';
import { readPosition } from './records';
import { cardRecord } from './schema/cardRecord';

/**
 * A card's place: its lane and order key, with its id as the tie-break, and its rectangle
 * (relative to the lane's frame; canvas coordinates in the parking lot). Frozen once made.
 */
export interface Placed extends Ordered {
  readonly lane: string;
  readonly rect: Readonly<Rect>;
}

interface PositionIndex {
  readonly cards: EntityMap;
  /** Card id → its place; a card with no readable position is absent. */
  readonly placed: Map<string, Placed>;
  /** Lane id → its cards sorted by (order, id). A lane with no cards is absent. */
  readonly lanes: Map<string, Placed[]>;
  /** Card map → card id, to name the card when only the card's own keys changed. */
  readonly idOf: WeakMap<object, string>;
  /** Transactions whose changes may not all have been read yet. */
  readonly open: Set<Y.Transaction>;
}

const indexes = new WeakMap<Y.Doc, PositionIndex>();

/**
 * Ids and order keys of one lane's cards, sorted by (order, id) as `listCards` orders them.
 * `without` leaves out one card (the card being moved). The caller must be inside
 * `transaction`. The index is built in that transaction, so it also sees the transaction's
 * later writes. Costs O(lane size). The first call on a document costs one scan of every card.
 */
export function positionsInLane(transaction: Y.Transaction, laneId: string, without?: string): Placed[] {
  const index = indexes.get(transaction.doc) ?? build(transaction);
  for (const open of index.open) catchUp(index, open);
  const lane = index.lanes.get(laneId) ?? [];
  return without === undefined ? lane.slice() : lane.filter((card) => card.id !== without);
}

function build(transaction: Y.Transaction): PositionIndex {
  const doc = transaction.doc;
  const index: PositionIndex = { cards: cardsMap(doc), placed: new Map(), lanes: new Map(), idOf: new WeakMap(), open: new Set([transaction]) };
  for (const id of index.cards.keys()) reread(index, id);
  doc.on('beforeTransaction', (started: Y.Transaction) => index.open.add(started));
  doc.on('afterTransaction', (ended: Y.Transaction) => {
    catchUp(index, ended);
    index.open.delete(ended);
  });
  // Destroying a doc drops its listeners; should it still be written to, start over.
  doc.on('destroy', () => indexes.delete(doc));
  indexes.set(doc, index);
  return index;
}

/** Reads again every card that `transaction` touched (so far, if it is still running). */
function catchUp(index: PositionIndex, transaction: Y.Transaction): void {
  transaction.changed.forEach((keys, type: object) => {
    if (type === index.cards) {
      for (const id of keys) if (id !== null) reread(index, id);
    } else if (keys.has(CARD.position) || keys.has(CARD.size)) {
      const id = index.idOf.get(type);
      if (id !== undefined) reread(index, id);
    }
  });
}

/** Puts the card where the document says it is now (nowhere, if it is gone or unplaceable). */
function reread(index: PositionIndex, id: string): void {
  const map = entity(index.cards, id);
  // Reading a WeakMap is cheaper than writing it, and a long transaction rereads the same cards.
  if (map && index.idOf.get(map) !== id) index.idOf.set(map, id);
  const raw: unknown = map?.get(CARD.position);
  const old = index.placed.get(id);
  // The cheap check first: a long transaction rereads the same unchanged cards many times.
  if (old && isAt(raw, old) && hasSize(map?.get(CARD.size), old.rect)) return;
  const size = map ? cardRecord.readField('size', (key) => map.get(key)) : null;
  const position = readPosition(raw);
  if (old) {
    const lane = index.lanes.get(old.lane)!;
    lane.splice(lowerBound(lane, old), 1);
    if (lane.length === 0) index.lanes.delete(old.lane);
    index.placed.delete(id);
  }
  if (position && size) {
    const rect = Object.freeze({ x: position.x, y: position.y, w: size.w, h: size.h });
    const card: Placed = Object.freeze({ id, lane: position.lane, order: position.order, rect });
    const lane = index.lanes.get(card.lane);
    if (lane) lane.splice(lowerBound(lane, card), 0, card);
    else index.lanes.set(card.lane, [card]);
    index.placed.set(id, card);
  }
}

/**
 * True when a raw position value still says `place`. This is the common case when a long
 * transaction is read again. `place.order` already passed `readPosition`, so an equal raw key
 * needs no second validation.
 */
function isAt(raw: unknown, place: Placed): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { lane, order, x, y } = raw as { lane?: unknown; order?: unknown; x?: unknown; y?: unknown };
  return lane === place.lane && order === place.order && x === place.rect.x && y === place.rect.y;
}

/** True when a raw size value still says the rectangle's size. */
function hasSize(raw: unknown, rect: Readonly<Rect>): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { w, h } = raw as { w?: unknown; h?: unknown };
  return w === rect.w && h === rect.h;
}

/** First position in `lane` whose card does not sort before `card`. */
function lowerBound(lane: readonly Ordered[], card: Ordered): number {
  let low = 0;
  let high = lane.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareOrdered(lane[mid]!, card) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
