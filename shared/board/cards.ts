/**
 * Cards: ideas and project initiatives. Scalar fields are last-writer-wins one by one, so two
 * people editing different fields of one card both keep their change; the description is a
 * Y.Text and merges character by character (`description.ts`); the position is one value, so
 * concurrent moves land the card in exactly one place.
 */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { cardsMap, commentsMap, entity, lanesMap } from './docMaps';
import { newCardId } from './ids';
import { CARD, COMMENT } from './keys';
import { CANVAS } from './layout';
import { compareOrdered, keyAt } from './order';
import { freeSlot } from './placement';
import { positionsInLane } from './positionIndex';
import { readCard } from './records';
import type { Card, CardId, CardStatus, LaneId } from './types';
import { cardPatchSchema, indexSchema, newCardSchema, parseInput, type CardPatch, type NewCard } from './validation';

/**
 * Cards of one lane in display order, or of the whole board grouped by lane id. A card whose
 * lane was removed while someone moved it there is still listed (reports show it as
 * unassigned) rather than lost.
 */
export function listCards(doc: Y.Doc, laneId?: LaneId | null): Card[] {
  const cards: Card[] = [];
  cardsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const card = readCard(id, map);
    if (card && (laneId === undefined || card.laneId === laneId)) cards.push(card);
  });
  const lane = (card: Card) => card.laneId ?? '';
  return cards.sort(laneId === undefined ? (a, b) => (lane(a) < lane(b) ? -1 : lane(a) > lane(b) ? 1 : compareOrdered(a, b)) : compareOrdered);
}

/** One card as plain data, or null when there is no such (readable) card. */
export function getCard(doc: Y.Doc, id: CardId): Card | null {
  const map = entity(cardsMap(doc), id);
  return map ? readCard(id, map) : null;
}

/** The card's Y.Map or a `not-found` error; the card-part and description commands use it. */
export function cardMapOrThrow(doc: Y.Doc, id: CardId): Y.Map<unknown> {
  const map = entity(cardsMap(doc), id);
  if (!map) throw new BoardModelError('not-found', `no card ${id}`);
  return map;
}

/** Throws `not-found` unless the lane exists; null (the parking lot) always does. */
export function requireLane(doc: Y.Doc, laneId: string | null): void {
  if (laneId !== null && !entity(lanesMap(doc), laneId)) throw new BoardModelError('not-found', `no lane ${laneId}`);
}

/**
 * Adds a card at `index` of its lane's sorted list (default: bottom), on the canvas at `at` or
 * in the lane's first free slot. The card's map is filled before it joins the document, so
 * peers never see a half-made card.
 */
export function addCard(doc: Y.Doc, input: NewCard): CardId {
  const card = parseInput(newCardSchema, input);
  requireLane(doc, card.laneId);
  const now = card.now ?? Date.now();
  const id = newCardId();
  // The lane is read inside the transaction that writes the card: see `positionIndex.ts`.
  doc.transact((transaction) => {
    const map = new Y.Map<unknown>();
    const lane = card.laneId ?? '';
    const size = card.size ?? CANVAS.card.default;
    const siblings = positionsInLane(transaction, lane);
    const at = card.at ?? freeSlot(doc, lane, siblings, size);
    map.set(CARD.kind, card.kind ?? 'idea');
    map.set(CARD.position, { lane, order: keyAt(siblings, card.index), x: at.x, y: at.y });
    map.set(CARD.size, { w: size.w, h: size.h });
    map.set(CARD.title, card.title);
    map.set(CARD.description, new Y.Text(card.description));
    map.set(CARD.owner, card.owner ?? '');
    map.set(CARD.partners, card.partners ?? []);
    map.set(CARD.resources, new Y.Map());
    map.set(CARD.stages, new Y.Map());
    map.set(CARD.tags, card.tags ?? []);
    map.set(CARD.status, card.status ?? 'idea');
    map.set(CARD.color, card.color ?? 'yellow');
    map.set(CARD.author, card.author);
    // Only carried-over initiatives hold these; other cards leave them out (readers say null).
    if (card.roadmap) map.set(CARD.roadmap, card.roadmap);
    if (card.origin) map.set(CARD.origin, card.origin);
    map.set(CARD.createdAt, now);
    map.set(CARD.updatedAt, now);
    cardsMap(doc).set(id, map);
  });
  return id;
}

/**
 * Changes the given fields only, each as its own key, so a concurrent edit of another field
 * survives. Partners and tags are replaced as whole lists; `roadmap: null` takes a card off
 * the roadmap. Bumps `updatedAt`.
 */
export function updateCard(doc: Y.Doc, id: CardId, patch: CardPatch, now = Date.now()): void {
  const fields = parseInput(cardPatchSchema, patch);
  const map = cardMapOrThrow(doc, id);
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) map.set(CARD[key as keyof typeof fields], value);
    }
    map.set(CARD.updatedAt, now);
  });
}

/** Moves a card along the funnel: idea → shortlisted → priority (or back). */
export function setCardStatus(doc: Y.Doc, id: CardId, status: CardStatus, now = Date.now()): void {
  updateCard(doc, id, { status }, now);
}

/**
 * Moves a card to `index` of `laneId`'s sorted list (null: the parking lot), counted without
 * the card itself: the list view's move. On the canvas it keeps its place within its lane, and
 * takes the first free slot of another. Lane, order and place are written as one value: of two
 * concurrent moves one wins whole.
 */
export function moveCard(doc: Y.Doc, id: CardId, to: { laneId: LaneId | null; index: number }): void {
  const index = parseInput(indexSchema, to.index);
  const map = cardMapOrThrow(doc, id);
  requireLane(doc, to.laneId);
  const lane = to.laneId ?? '';
  doc.transact((transaction) => {
    const card = readCard(id, map);
    const others = positionsInLane(transaction, lane, id);
    const stays = card !== null && (card.laneId ?? '') === lane;
    const at = stays ? { x: card.x, y: card.y } : freeSlot(doc, lane, others, card?.size ?? CANVAS.card.default);
    map.set(CARD.position, { lane, order: keyAt(others, index), x: at.x, y: at.y });
  });
}

/**
 * Deletes a card and its comments. Edits made concurrently inside the card die with it (they
 * live in the deleted map), so a deleted card never comes back.
 */
export function deleteCard(doc: Y.Doc, id: CardId): void {
  cardMapOrThrow(doc, id);
  doc.transact(() => {
    cardsMap(doc).delete(id);
    const comments = commentsMap(doc);
    const doomed: string[] = [];
    comments.forEach((comment, commentId) => {
      if (comment instanceof Y.Map && comment.get(COMMENT.cardId) === id) doomed.push(commentId);
    });
    for (const commentId of doomed) comments.delete(commentId);
  });
}
