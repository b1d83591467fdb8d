import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addResource,
  addStage,
  cardDescription,
  deleteCard,
  getCard,
  initBoardContent,
  listCards,
  listLanes,
  moveCard,
  readBoardContent,
  removeLane,
  updateCard,
  type CardId,
  type LaneId,
} from './index';
import { exchange, prng, replicas, type Replica } from './test/replicas';

const SEEDS = [1, 7, 42, 1337, 2026];

function seedBoard(): Y.Doc {
  const doc = new Y.Doc();
  initBoardContent(doc, { title: 'Сессия', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  const lanes = listLanes(doc);
  for (const [i, title] of ['Умная парковка', 'Ветропарк', 'ЦАП', 'СПГ'].entries()) {
    addCard(doc, { laneId: lanes[i % lanes.length]!.id, title, author: 'seed', now: 1 });
  }
  return doc;
}

function expectConverged(all: Replica[]) {
  const [first, ...rest] = all.map((r) => JSON.stringify(readBoardContent(r.doc)));
  for (const other of rest) expect(other).toBe(first);
}

function cardIdsUnique(doc: Y.Doc) {
  const ids = readBoardContent(doc).cards.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe.each(SEEDS)('convergence (seed %i)', (seed) => {
  it('puts a card moved concurrently by three people in exactly one place', () => {
    const random = prng(seed);
    const all = replicas(3, seedBoard());
    const lanes = listLanes(all[0]!.doc).map((l) => l.id);
    const card = listCards(all[0]!.doc)[0]!.id;
    all.forEach((r, i) => {
      moveCard(r.doc, card, { laneId: lanes[(i + 1) % lanes.length]!, index: i });
    });
    exchange(all, random);
    expectConverged(all);
    const placements = readBoardContent(all[0]!.doc).cards.filter((c) => c.id === card);
    expect(placements).toHaveLength(1);
    expect(lanes).toContain(placements[0]!.laneId);
  });

  it('keeps every card inserted concurrently at the same spot, in one order everywhere', () => {
    const random = prng(seed);
    const all = replicas(3, seedBoard());
    const lane = listLanes(all[0]!.doc)[1]!.id;
    const added = all.flatMap((r, i) => [0, 1].map((k) => addCard(r.doc, { laneId: lane, title: `r${i}-${k}`, author: `r${i}`, index: 0 })));
    exchange(all, random);
    expectConverged(all);
    const titles = listCards(all[0]!.doc, lane).map((c) => c.id);
    for (const id of added) expect(titles).toContain(id);
    cardIdsUnique(all[0]!.doc);
  });

  it('deletes a card edited concurrently, with no resurrection or orphan', () => {
    const random = prng(seed);
    const all = replicas(3, seedBoard());
    const card = listCards(all[0]!.doc)[1]!.id;
    deleteCard(all[0]!.doc, card);
    updateCard(all[1]!.doc, card, { title: 'Переименовали', status: 'priority' });
    cardDescription(all[2]!.doc, card)!.insert(0, 'текст');
    addResource(all[2]!.doc, card, { kind: 'land', description: '5 га' });
    exchange(all, random);
    expectConverged(all);
    for (const r of all) expect(getCard(r.doc, card)).toBeNull();
  });

  it('merges concurrent typing in one description character by character', () => {
    const random = prng(seed);
    const all = replicas(2, seedBoard());
    const card = listCards(all[0]!.doc)[0]!.id;
    cardDescription(all[0]!.doc, card)!.insert(0, 'Анна пишет. ');
    cardDescription(all[1]!.doc, card)!.insert(0, 'Борис пишет. ');
    exchange(all, random);
    expectConverged(all);
    const text = getCard(all[0]!.doc, card)!.description;
    expect(text).toContain('Анна пишет. ');
    expect(text).toContain('Борис пишет. ');
  });

  it('keeps concurrent edits of different fields of one card', () => {
    const random = prng(seed);
    const all = replicas(3, seedBoard());
    const card = listCards(all[0]!.doc)[0]!.id;
    updateCard(all[0]!.doc, card, { owner: 'Администрация' });
    updateCard(all[1]!.doc, card, { status: 'shortlisted' });
    addStage(all[2]!.doc, card, { title: 'Проект', due: '2027-01-01' });
    addStage(all[0]!.doc, card, { title: 'Запуск', due: '2028-01-01' });
    exchange(all, random);
    expectConverged(all);
    expect(getCard(all[1]!.doc, card)).toMatchObject({ owner: 'Администрация', status: 'shortlisted' });
    expect(
      getCard(all[1]!.doc, card)!
        .stages.map((s) => s.title)
        .sort(),
    ).toEqual(['Запуск', 'Проект']);
  });

  it('survives a random workload: same board everywhere, no duplicates, no lost cards', () => {
    const random = prng(seed);
    const all = replicas(4, seedBoard());
    const created = new Set<CardId>();
    const deleted = new Set<CardId>();
    for (let round = 0; round < 6; round++) {
      for (const r of all) {
        for (let op = 0; op < 8; op++) {
          const lanes = listLanes(r.doc).map((l) => l.id);
          const cards = listCards(r.doc);
          const pick = random();
          const card = cards[Math.floor(random() * cards.length)];
          const lane = lanes[Math.floor(random() * lanes.length)] as LaneId;
          if (pick < 0.35 || !card) created.add(addCard(r.doc, { laneId: lane, title: `c${round}-${op}`, author: 'x', index: Math.floor(random() * 5) }));
          else if (pick < 0.65) moveCard(r.doc, card.id, { laneId: lane, index: Math.floor(random() * 5) });
          else if (pick < 0.85) updateCard(r.doc, card.id, { title: `t${Math.floor(random() * 100)}` });
          else {
            deleteCard(r.doc, card.id);
            deleted.add(card.id);
          }
        }
      }
      exchange(all, random);
      expectConverged(all);
    }
    const final = readBoardContent(all[0]!.doc).cards.map((c) => c.id);
    cardIdsUnique(all[0]!.doc);
    for (const id of created) expect(final.includes(id)).toBe(!deleted.has(id));
  });
});

describe('a lane removed while a card moves into it', () => {
  it('converges and keeps the card readable rather than losing it silently', () => {
    const all = replicas(2, seedBoard());
    const lanes = listLanes(all[0]!.doc);
    const card = listCards(all[0]!.doc, lanes[0]!.id)[0]!.id;
    removeLane(all[0]!.doc, lanes[3]!.id);
    moveCard(all[1]!.doc, card, { laneId: lanes[3]!.id, index: 0 });
    exchange(all, prng(3));
    expectConverged(all);
    const content = readBoardContent(all[0]!.doc);
    expect(content.lanes).toHaveLength(3);
    expect(content.cards.find((c) => c.id === card)?.laneId).toBe(lanes[3]!.id);
  });
});
