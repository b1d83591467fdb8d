/**
 * More convergence: comments, lanes, groups, card parts, and a randomized model test mixing
 * every kind of command. Replicas exchange updates in seeded shuffled orders with duplicates.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  addCard,
  addComment,
  addGroup,
  addLane,
  addResource,
  cardDescription,
  deleteCard,
  getCard,
  listCards,
  listComments,
  listLanes,
  moveCard,
  moveLane,
  readBoardContent,
  removeGroup,
  removeResource,
  setLaneGroup,
  updateCard,
  updateResource,
  type CardId,
} from './index';
import { newBoard } from './test/fixtures';
import { exchange, prng, replicas, type Replica } from './test/replicas';

const SEEDS = [3, 11, 99, 2027];

function expectConverged(all: Replica[]): void {
  const [first, ...rest] = all.map((r) => JSON.stringify(readBoardContent(r.doc)));
  for (const other of rest) expect(other).toBe(first);
}

function seeded(): Y.Doc {
  const doc = newBoard();
  const lanes = listLanes(doc);
  for (let i = 0; i < 8; i++) addCard(doc, { laneId: lanes[i % 4]!.id, title: `Идея ${i}`, author: 'seed', now: 1 });
  return doc;
}

describe.each(SEEDS)('more convergence (seed %i)', (seed) => {
  it('drops a comment written on a card deleted concurrently: no orphan anywhere', () => {
    const all = replicas(3, seeded());
    const card = listCards(all[0]!.doc)[0]!.id;
    deleteCard(all[0]!.doc, card);
    addComment(all[1]!.doc, { cardId: card, author: 'Борис', text: 'А бюджет?' });
    addComment(all[2]!.doc, { cardId: card, author: 'Вера', text: 'Согласна' });
    exchange(all, prng(seed));
    expectConverged(all);
    for (const r of all) {
      expect(getCard(r.doc, card)).toBeNull();
      expect(readBoardContent(r.doc).comments.filter((c) => c.cardId === card)).toEqual([]);
      expect(listComments(r.doc)).toEqual([]);
    }
  });

  it('orders lanes moved concurrently the same way everywhere, each lane once', () => {
    const all = replicas(3, seeded());
    const ids = listLanes(all[0]!.doc).map((l) => l.id);
    moveLane(all[0]!.doc, ids[3]!, 0);
    moveLane(all[1]!.doc, ids[3]!, 2);
    moveLane(all[2]!.doc, ids[0]!, 3);
    addLane(all[2]!.doc, { title: 'Туризм', index: 0 });
    exchange(all, prng(seed));
    expectConverged(all);
    const lanes = listLanes(all[0]!.doc).map((l) => l.id);
    expect(lanes).toHaveLength(5);
    expect(new Set(lanes).size).toBe(5);
    for (const id of ids) expect(lanes).toContain(id);
  });

  it('leaves a lane unassigned everywhere when its group was removed while someone assigned it', () => {
    const all = replicas(2, seeded());
    const group = addGroup(all[0]!.doc, { name: 'Группа 1' });
    exchange(all, prng(seed));
    const lane = listLanes(all[0]!.doc)[2]!.id;
    removeGroup(all[0]!.doc, group);
    setLaneGroup(all[1]!.doc, lane, group);
    exchange(all, prng(seed + 1));
    expectConverged(all);
    expect(readBoardContent(all[1]!.doc).lanes.every((l) => l.groupId === null)).toBe(true);
    expect(readBoardContent(all[1]!.doc).groups).toEqual([]);
  });

  it('keeps resource lines added concurrently, and converges on edit-vs-remove of one line', () => {
    const all = replicas(3, seeded());
    const card = listCards(all[0]!.doc)[0]!.id;
    const shared = addResource(all[0]!.doc, card, { kind: 'money', amount: 1, currency: 'RUB' });
    exchange(all, prng(seed));
    const added = [addResource(all[0]!.doc, card, { kind: 'people', amount: 5 }), addResource(all[1]!.doc, card, { kind: 'land', description: '3 га' })];
    removeResource(all[1]!.doc, card, shared);
    updateResource(all[2]!.doc, card, shared, { amount: 2 });
    exchange(all, prng(seed));
    expectConverged(all);
    const ids = getCard(all[0]!.doc, card)!.resources.map((r) => r.id);
    for (const id of added) expect(ids).toContain(id);
    // Documented semantics: a set wins over a delete it has not seen, so the edited line stays.
    expect(getCard(all[0]!.doc, card)!.resources.find((r) => r.id === shared)?.amount).toBe(2);
  });

  it('survives a randomized mix of every command: one board everywhere, nothing lost or doubled', () => {
    const random = prng(seed);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
    const all = replicas(3, seeded());
    const created = new Set<CardId>();
    const deleted = new Set<CardId>();
    const typed = new Map<string, CardId>();
    for (let round = 0; round < 5; round++) {
      all.forEach((r, ri) => {
        for (let op = 0; op < 10; op++) {
          const lanes = listLanes(r.doc);
          const lane = pick(lanes)!.id;
          const card = pick(listCards(r.doc))?.id;
          const roll = random();
          if (!card || roll < 0.2)
            created.add(addCard(r.doc, { laneId: lane, title: `n${round}.${ri}.${op}`, author: `r${ri}`, index: Math.floor(random() * 4) }));
          else if (roll < 0.35) moveCard(r.doc, card, { laneId: lane, index: Math.floor(random() * 4) });
          else if (roll < 0.5) {
            // Tokens go at either end, so later inserts cannot split them.
            const token = `⟨${round}.${ri}.${op}⟩`;
            const text = cardDescription(r.doc, card)!;
            text.insert(random() < 0.5 ? 0 : text.length, token);
            typed.set(token, card);
          } else if (roll < 0.6) updateCard(r.doc, card, { status: pick(['idea', 'shortlisted', 'priority'] as const)!, owner: `o${op}` });
          else if (roll < 0.7) addComment(r.doc, { cardId: card, author: `r${ri}`, text: `c${op}` });
          else if (roll < 0.8) addResource(r.doc, card, { kind: 'people', amount: op });
          else if (roll < 0.87) moveLane(r.doc, lane, Math.floor(random() * lanes.length));
          else if (roll < 0.93) {
            deleteCard(r.doc, card);
            deleted.add(card);
          } else addLane(r.doc, { title: `L${round}.${ri}` });
        }
      });
      exchange(all, random);
      expectConverged(all);
    }
    const content = readBoardContent(all[0]!.doc);
    const ids = content.cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of created) expect(ids.includes(id)).toBe(!deleted.has(id));
    const live = new Set(ids as string[]);
    expect(content.comments.every((c) => live.has(c.cardId))).toBe(true);
    for (const [token, card] of typed) {
      const description = content.cards.find((c) => c.id === card)?.description;
      if (description !== undefined) expect(description.split(token)).toHaveLength(2);
    }
  });
});
