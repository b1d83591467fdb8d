import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT, CARD, CARD_V0, META } from './keys';
import { CURRENT_SCHEMA_VERSION, getCard, listCards, migrateContent, readBoardContent, schemaVersionOf, type CardId, type LaneId } from './index';
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
});
