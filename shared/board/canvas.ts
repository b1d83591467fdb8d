/**
 * Canvas commands on cards: place, move many at once, resize, restack, align and distribute.
 * Callers speak canvas coordinates; the document keeps each card relative to its lane's frame
 * (canvas coordinates in the parking lot), and the lane a card belongs to is the frame that
 * holds its centre when it is dropped. Each command is one transaction, so one undo step.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { cardMapOrThrow, getCard } from './cards';
import { cardsMap } from './docMaps';
import { boundsOf, clamp, frameAt, type Point, type Rect } from './geometry';
import { CARD } from './keys';
import { CANVAS, sizeWithin } from './layout';
import { keyAt } from './order';
import { laneFrames } from './placement';
import { positionsInLane } from './positionIndex';
import { readCard } from './records';
import type { Card, CardId, LaneId } from './types';
import { parseInput, pointSchema } from './validation';

/** A card's rectangle in canvas coordinates, given the frames of the lanes (by id). */
export function cardRect(card: Pick<Card, 'laneId' | 'x' | 'y' | 'size'>, frames: ReadonlyMap<string, Rect>): Rect {
  const frame = card.laneId === null ? undefined : frames.get(card.laneId);
  return { x: (frame?.x ?? 0) + card.x, y: (frame?.y ?? 0) + card.y, w: card.size.w, h: card.size.h };
}

/** Where a card whose canvas rectangle is `rect` belongs: the lane holding its centre, and its stored coordinates. */
export function placementAt(frames: ReadonlyMap<string, Rect>, rect: Rect): { laneId: LaneId | null; x: number; y: number } {
  const lane = frameAt(
    [...frames].map(([id, frame]) => ({ id, frame })),
    rect,
  );
  const x = clampCoordinate(rect.x - (lane?.frame.x ?? 0));
  const y = clampCoordinate(rect.y - (lane?.frame.y ?? 0));
  return { laneId: (lane?.id ?? null) as LaneId | null, x, y };
}

const clampCoordinate = (value: number) => clamp(Math.round(value), -CANVAS.extent, CANVAS.extent);

/** One card's target: its new top-left corner in canvas coordinates. */
export interface CardMove {
  id: CardId;
  to: Point;
}

/**
 * Moves cards to new canvas positions in one transaction (a multi-move is one undo step). A
 * card dropped into another lane joins that track; its place in the lane's list follows
 * reading order (top to bottom, then left to right). Outside every lane it goes to the
 * parking lot.
 */
export function moveCards(doc: Y.Doc, moves: readonly CardMove[]): void {
  const targets = moves.map((move) => ({ id: move.id, to: parseInput(pointSchema, move.to), map: cardMapOrThrow(doc, move.id) }));
  const frames = laneFrames(doc);
  doc.transact((transaction) => {
    for (const { id, to, map } of targets) {
      const card = readCard(id, map);
      if (!card) continue;
      const placed = placementAt(frames, { ...to, w: card.size.w, h: card.size.h });
      const lane = placed.laneId ?? '';
      let order = card.order;
      if (lane !== (card.laneId ?? '')) {
        const others = positionsInLane(transaction, lane, id);
        const before = others.filter((other) => readsBefore(other.rect, placed)).length;
        order = keyAt(others, before);
      }
      map.set(CARD.position, { lane, order, x: placed.x, y: placed.y });
    }
  });
}

/** Whether a card at `a` comes before one at `b` when a lane is read row by row. */
function readsBefore(a: Point, b: Point): boolean {
  const row = CANVAS.card.default.h / 2;
  return a.y < b.y - row || (Math.abs(a.y - b.y) <= row && a.x < b.x);
}

/**
 * Resizes a card to a canvas rectangle (a drag on its left or top edge moves it too), within
 * the card size limits. It stays in its lane: a resize is not a move to another track.
 */
export function resizeCard(doc: Y.Doc, id: CardId, rect: Rect): void {
  const map = cardMapOrThrow(doc, id);
  const card = readCard(id, map);
  if (!card) throw new BoardModelError('not-found', `no readable card ${id}`);
  const { w, h } = sizeWithin(rect, CANVAS.card);
  const origin = cardRect(card, laneFrames(doc));
  const { x, y } = parseInput(pointSchema, { x: clampCoordinate(card.x + rect.x - origin.x), y: clampCoordinate(card.y + rect.y - origin.y) });
  doc.transact(() => {
    map.set(CARD.size, { w, h });
    if (x !== card.x || y !== card.y) map.set(CARD.position, { lane: card.laneId ?? '', order: card.order, x, y });
  });
}

/** The cards with these ids that exist, in stacking order (bottom first). */
function stacked(doc: Y.Doc, ids: readonly CardId[]): Card[] {
  return [...new Set(ids)].flatMap((id) => getCard(doc, id) ?? []).sort(compareStacking);
}

/** Stacking order: by z key, then id (as the canvas draws). */
export function compareStacking(a: Pick<Card, 'z' | 'id'>, b: Pick<Card, 'z' | 'id'>): number {
  if (a.z !== b.z) return a.z < b.z ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The lowest and highest z keys on the board. */
function zRange(doc: Y.Doc): { lowest: string | null; highest: string | null } {
  let lowest: string | null = null;
  let highest: string | null = null;
  cardsMap(doc).forEach((map) => {
    if (!(map instanceof Y.Map)) return;
    const z = map.get(CARD.z);
    if (typeof z !== 'string') return;
    if (lowest === null || z < lowest) lowest = z;
    if (highest === null || z > highest) highest = z;
  });
  return { lowest, highest };
}

/** `count` ascending stacking keys above every card on the board. */
export function keysOnTop(doc: Y.Doc, count: number): string[] {
  return generateNKeysBetween(zRange(doc).highest ?? 'a0', null, count);
}

/** Puts the cards above every other card, keeping their order among themselves. */
export function bringToFront(doc: Y.Doc, ids: readonly CardId[]): void {
  restack(doc, stacked(doc, ids), (count) => keysOnTop(doc, count));
}

/** Puts the cards below every other card, keeping their order among themselves. */
export function sendToBack(doc: Y.Doc, ids: readonly CardId[]): void {
  restack(doc, stacked(doc, ids), (count) => generateNKeysBetween(null, zRange(doc).lowest ?? 'a0', count));
}

/** Gives the cards (in stacking order) the ascending keys `keysFor` makes, in one transaction. */
function restack(doc: Y.Doc, cards: readonly Card[], keysFor: (count: number) => string[]): void {
  if (cards.length === 0) return;
  const keys = keysFor(cards.length);
  doc.transact(() => {
    cards.forEach((card, i) => {
      cardsMap(doc).get(card.id)!.set(CARD.z, keys[i]!);
    });
  });
}

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';

/** Lines the cards up along one edge or centre line of their common bounds (one undo step). */
export function alignCards(doc: Y.Doc, ids: readonly CardId[], alignment: Alignment): void {
  const rects = rectsOf(doc, ids);
  const bounds = boundsOf(rects.map(({ rect }) => rect));
  if (!bounds || rects.length < 2) return;
  const to = ({ rect }: { rect: Rect }): Point => {
    switch (alignment) {
      case 'left':
        return { x: bounds.x, y: rect.y };
      case 'center':
        return { x: bounds.x + (bounds.w - rect.w) / 2, y: rect.y };
      case 'right':
        return { x: bounds.x + bounds.w - rect.w, y: rect.y };
      case 'top':
        return { x: rect.x, y: bounds.y };
      case 'middle':
        return { x: rect.x, y: bounds.y + (bounds.h - rect.h) / 2 };
      case 'bottom':
        return { x: rect.x, y: bounds.y + bounds.h - rect.h };
    }
  };
  moveCards(
    doc,
    rects.map((item) => ({ id: item.id, to: to(item) })),
  );
}

/**
 * Spaces three or more cards evenly between the first and the last along an axis (equal gaps
 * between neighbours, as Miro and Figma do), in one undo step.
 */
export function distributeCards(doc: Y.Doc, ids: readonly CardId[], axis: 'horizontal' | 'vertical'): void {
  const rects = rectsOf(doc, ids);
  if (rects.length < 3) return;
  const [start, size] = axis === 'horizontal' ? (['x', 'w'] as const) : (['y', 'h'] as const);
  rects.sort((a, b) => a.rect[start] - b.rect[start] || (a.id < b.id ? -1 : 1));
  const first = rects[0]!.rect;
  const last = rects[rects.length - 1]!.rect;
  const occupied = rects.reduce((sum, { rect }) => sum + rect[size], 0);
  const gap = (last[start] + last[size] - first[start] - occupied) / (rects.length - 1);
  let cursor = first[start];
  const moves: CardMove[] = [];
  for (const { id, rect } of rects) {
    moves.push({ id, to: axis === 'horizontal' ? { x: cursor, y: rect.y } : { x: rect.x, y: cursor } });
    cursor += rect[size] + gap;
  }
  moveCards(doc, moves);
}

/** The cards that exist among `ids`, in stacking order, each with its canvas rectangle. */
export function placedCards(doc: Y.Doc, ids: readonly CardId[]): Array<{ card: Card; rect: Rect }> {
  const frames = laneFrames(doc);
  return stacked(doc, ids).map((card) => ({ card, rect: cardRect(card, frames) }));
}

/** The canvas rectangles of the cards that exist among `ids`. */
export function rectsOf(doc: Y.Doc, ids: readonly CardId[]): Array<{ id: CardId; rect: Rect }> {
  return placedCards(doc, ids).map(({ card, rect }) => ({ id: card.id, rect }));
}
