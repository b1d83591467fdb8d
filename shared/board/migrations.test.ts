import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT, CARD, CARD_V0, META } from './keys';
import { containsRect, overlaps } from './geometry';
import {
  CANVAS,
  cardRect,
  CURRENT_SCHEMA_VERSION,
  getCard,
  laneFrames,
  listCards,
  listLanes,
  migrateContent,
  readBoardContent,
  schemaVersionOf,
  type CardId,
  type LaneId,
} from './index';
import { laneFrameAt, laneHeightFor, laneSlot } from './layout';
import { exchange, prng, replicas } from './test/replicas';

/** A board as the pre-release client wrote it (version 0). */
function v0Board(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap(CONTENT.meta).set(META.title, 'Старая доска');
    const lane = new Y.Map<unknown>();
    lane.set('title', 'Городская среда');
    lane.set('order', 'a0');
    doc.getMap(CONTENT.lanes).set('lane1', lane);
    const cards = doc.getMap(CONTENT.cards);
    [
      ['c1', 'Умная парковка', 2, undefined],
      ['c2', 'Умный переход', 1, 'shortlisted'],
      ['c3', 'Ветропарк', 3, 'bogus'],
    ].forEach(([id, title, order, status]) => {
      const card = new Y.Map<unknown>();
      card.set(CARD.title, title);
      card.set(CARD_V0.lane, 'lane1');
      card.set(CARD_V0.order, order);
      card.set(CARD.description, `описание ${title}`);
      if (status) card.set(CARD.status, status);
      cards.set(id as string, card);
    });
  });
  return doc;
}

describe('migrateContent', () => {
  it('upgrades a version-0 board: positions, defaults, collaborative description', () => {
    const doc = v0Board();
    expect(schemaVersionOf(doc)).toBe(0);
    expect(listCards(doc)).toHaveLength(0); // unreadable before migration
    expect(migrateContent(doc)).toBe(true);
    expect(schemaVersionOf(doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect(listCards(doc, 'lane1' as LaneId).map((c) => c.title)).toEqual(['Умный переход', 'Умная парковка', 'Ветропарк']);
    expect(getCard(doc, 'c2' as CardId)).toMatchObject({ status: 'shortlisted', kind: 'idea', description: 'описание Умный переход' });
    expect(getCard(doc, 'c3' as CardId)?.status).toBe('idea');
    const raw = doc.getMap<Y.Map<unknown>>(CONTENT.cards).get('c1')!;
    expect(raw.has(CARD_V0.lane)).toBe(false);
    expect(raw.get(CARD.description)).toBeInstanceOf(Y.Text);
  });

  it('is idempotent and leaves empty or newer documents alone', () => {
    const doc = v0Board();
    migrateContent(doc);
    const before = Y.encodeStateVector(doc);
    expect(migrateContent(doc)).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(migrateContent(new Y.Doc())).toBe(false);
    const future = new Y.Doc();
    future.getMap(CONTENT.meta).set(META.schemaVersion, CURRENT_SCHEMA_VERSION + 1);
    expect(migrateContent(future)).toBe(false);
  });

  it('converges when two replicas migrate the same board concurrently', () => {
    const all = replicas(2, v0Board());
    migrateContent(all[0]!.doc);
    migrateContent(all[1]!.doc);
    exchange(all, prng(9));
    const a = readBoardContent(all[0]!.doc);
    expect(JSON.stringify(readBoardContent(all[1]!.doc))).toBe(JSON.stringify(a));
    expect(a.cards).toHaveLength(3);
    expect(a.cards.find((c) => c.id === 'c1')?.description).toBe('описание Умная парковка');
  });

  it('lays out a version-1 board (before the canvas): lanes as a row of frames, cards in their grid in list order, lost cards parked', () => {
    const doc = v1Board();
    expect(migrateContent(doc)).toBe(true);
    expect(schemaVersionOf(doc)).toBe(CURRENT_SCHEMA_VERSION);
    const lanes = listLanes(doc);
    expect(lanes.map((lane) => lane.title)).toEqual(['Наука', 'Экономика']);
    expect(lanes[0]!.frame).toEqual(laneFrameAt(0));
    // The second lane holds 14 cards: five rows of three do not fit the default height.
    expect(lanes[1]!.frame).toEqual(laneFrameAt(1, laneHeightFor(CANVAS.lane.default.w, 14)));
    const economy = listCards(doc, lanes[1]!.id);
    expect(economy.map((card) => card.title)).toEqual(Array.from({ length: 14 }, (_, i) => `Инициатива ${i}`));
    economy.forEach((card, i) => {
      expect(card).toMatchObject({ ...laneSlot(CANVAS.lane.default.w, i), size: CANVAS.card.default });
    });
    // Every card inside its drawn lane, none overlapping another.
    const frames = laneFrames(doc);
    const rects = listCards(doc).map((card) => ({ card, rect: cardRect(card, frames) }));
    for (const { card, rect } of rects) {
      if (card.laneId !== null) expect(containsRect(frames.get(card.laneId)!, rect)).toBe(true);
      for (const other of rects) if (other.card.id !== card.id) expect(overlaps(rect, other.rect)).toBe(false);
    }
    // The card whose lane was removed is in the parking lot, below the lanes.
    const lost = getCard(doc, 'lost' as CardId)!;
    expect(lost.laneId).toBeNull();
    expect(lost.y).toBeGreaterThan(lanes[1]!.frame.h);
  });

  it('keeps the places of a version-1 board that already has some, and converges when migrated twice at once', () => {
    const doc = v1Board();
    const placed = doc.getMap<Y.Map<unknown>>(CONTENT.cards).get('first')!;
    placed.set(CARD.position, { lane: 'sci', order: 'a0', x: 333, y: 444 });
    const all = replicas(2, doc);
    migrateContent(all[0]!.doc);
    migrateContent(all[1]!.doc);
    exchange(all, prng(3));
    const a = readBoardContent(all[0]!.doc);
    expect(JSON.stringify(readBoardContent(all[1]!.doc))).toBe(JSON.stringify(a));
    expect(a.cards.find((card) => card.id === 'first')).toMatchObject({ x: 333, y: 444 });
  });
});

/** A board as the columns-only version wrote it (version 1): no frames, no places on a canvas. */
function v1Board(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap(CONTENT.meta).set(META.title, 'Калуга 2030');
    doc.getMap(CONTENT.meta).set(META.schemaVersion, 1);
    const lanes = doc.getMap(CONTENT.lanes);
    for (const [id, title, order] of [
      ['eco', 'Экономика', 'a1'],
      ['sci', 'Наука', 'a0'],
    ]) {
      const lane = new Y.Map<unknown>();
      lane.set('title', title);
      lane.set('color', 'blue');
      lane.set('order', order);
      lane.set('groupId', '');
      lanes.set(id!, lane);
    }
    const cards = doc.getMap(CONTENT.cards);
    const card = (id: string, lane: string, order: string, title: string) => {
      const map = new Y.Map<unknown>();
      map.set(CARD.kind, 'idea');
      map.set(CARD.position, { lane, order });
      map.set(CARD.title, title);
      map.set(CARD.description, new Y.Text(''));
      cards.set(id, map);
    };
    card('first', 'sci', 'a0', 'Центр аддитивных технологий');
    // Inserted in reverse so the layout must follow the order keys, not insertion order.
    for (let i = 13; i >= 0; i--) card(`eco${i}`, 'eco', `a${'0123456789ABCD'[i]}`, `Инициатива ${i}`);
    card('lost', 'removed-lane', 'a0', 'Ветропарк');
  });
  return doc;
}
