import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardMapOrThrow } from './cards';
import { cardsMap } from './docMaps';
import { addCard, deleteCard, getCard, listCards, listLanes, moveCard, removeLane, type CardId, type LaneId } from './index';
import { CARD } from './keys';
import { compareOrdered, keyAt, type Ordered } from './order';
import { positionsInLane } from './positionIndex';
import { readPosition } from './records';
import { newBoard } from './test/fixtures';
import { exchange, prng, replicas } from './test/replicas';

/** The lane as the model read it before the index: every card visited, the lane sorted. */
function scanLane(doc: Y.Doc, laneId: string): Ordered[] {
  const lane: Ordered[] = [];
  cardsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const position = readPosition(map.get(CARD.position));
    if (position?.lane === laneId) lane.push({ id, order: position.order });
  });
  return lane.sort(compareOrdered);
}

const indexed = (doc: Y.Doc, laneId: string): Ordered[] =>
  doc.transact((transaction) => positionsInLane(transaction, laneId).map(({ id, order }) => ({ id, order })));

/** Every lane, and every lane id a card still names (a lane removed under a concurrent move). */
function expectIndexMatchesScan(doc: Y.Doc): void {
  const laneIds = new Set<string>(listLanes(doc).map((lane) => lane.id));
  cardsMap(doc).forEach((map) => {
    const position = map instanceof Y.Map ? readPosition(map.get(CARD.position)) : null;
    if (position) laneIds.add(position.lane);
  });
  for (const laneId of laneIds) expect(indexed(doc, laneId), `lane ${laneId}`).toEqual(scanLane(doc, laneId));
}

/** Moves a card and checks it got exactly the key the full sort would have given it. */
function moveChecked(doc: Y.Doc, id: CardId, to: { laneId: LaneId; index: number }): void {
  const expected = keyAt(
    scanLane(doc, to.laneId).filter((card) => card.id !== id),
    to.index,
  );
  moveCard(doc, id, to);
  expect(getCard(doc, id)).toMatchObject({ laneId: to.laneId, order: expected });
  expectIndexMatchesScan(doc);
}

const titles = (doc: Y.Doc, laneId: LaneId): string[] => listCards(doc, laneId).map((card) => card.title);

function boardWith(lanes: string[][]): { doc: Y.Doc; laneIds: LaneId[]; id: (title: string) => CardId } {
  const doc = newBoard();
  const laneIds = listLanes(doc).map((lane) => lane.id);
  const ids = new Map<string, CardId>();
  lanes.forEach((cards, i) => {
    for (const title of cards) ids.set(title, addCard(doc, { laneId: laneIds[i]!, title, author: 't' }));
  });
  return { doc, laneIds, id: (title) => ids.get(title)! };
}

describe('moveCard through the position index', () => {
  it('lands cards first, in the middle, last and past the end, within and across lanes', () => {
    const {
      doc,
      laneIds: [a, b],
      id,
    } = boardWith([
      ['a', 'b', 'c', 'd', 'e'],
      ['x', 'y'],
    ]);
    const steps: Array<[string, LaneId, number, string[], string[]]> = [
      ['e', a!, 0, ['e', 'a', 'b', 'c', 'd'], ['x', 'y']],
      ['e', a!, 2, ['a', 'b', 'e', 'c', 'd'], ['x', 'y']],
      ['a', a!, 4, ['b', 'e', 'c', 'd', 'a'], ['x', 'y']],
      ['b', a!, 99, ['e', 'c', 'd', 'a', 'b'], ['x', 'y']],
      ['c', b!, 0, ['e', 'd', 'a', 'b'], ['c', 'x', 'y']],
      ['d', b!, 1, ['e', 'a', 'b'], ['c', 'd', 'x', 'y']],
      ['a', b!, 4, ['e', 'b'], ['c', 'd', 'x', 'y', 'a']],
      ['y', a!, 1, ['e', 'y', 'b'], ['c', 'd', 'x', 'a']],
    ];
    for (const [title, lane, index, inA, inB] of steps) {
      moveChecked(doc, id(title), { laneId: lane, index });
      expect([titles(doc, a!), titles(doc, b!)]).toEqual([inA, inB]);
    }
  });

  it('treats equal order keys (concurrent inserts) exactly as the full sort did', () => {
    const {
      doc: seed,
      laneIds: [lane],
      id,
    } = boardWith([['p', 'q']]);
    const all = replicas(3, seed);
    // builds each index
    for (const r of all) moveCard(r.doc, id('q'), { laneId: lane!, index: 1 });
    const tied = all.map((r, i) => addCard(r.doc, { laneId: lane!, title: `t${i}`, author: 't', index: 1 }));
    exchange(all, prng(3));
    const doc = all[0]!.doc;
    expect(new Set(tied.map((card) => getCard(doc, card)!.order)).size).toBe(1);
    const ties = [...tied].sort().map((card) => getCard(doc, card)!.title);
    expect(titles(doc, lane!)).toEqual(['p', ...ties, 'q']);
    expectIndexMatchesScan(doc);
    // Between two equal keys there is no room: the card goes after the whole tie.
    moveChecked(doc, id('q'), { laneId: lane!, index: 2 });
    moveChecked(doc, id('p'), { laneId: lane!, index: 1 });
    expect(titles(doc, lane!)).toEqual([...ties, 'p', 'q']);
    moveChecked(doc, tied[2]!, { laneId: lane!, index: 0 });
    // A foreign client's garbage key reads as 'a0' and ties with whatever holds 'a0'.
    doc.transact(() => cardMapOrThrow(doc, id('q')).set(CARD.position, { lane: lane!, order: '¡bad' }));
    expectIndexMatchesScan(doc);
    for (const index of [0, 1, 2, 3, 4]) moveChecked(doc, tied[index % 3]!, { laneId: lane!, index });
  });

  it('follows remote adds, moves, deletes, lane removals and concurrent moves', () => {
    const {
      doc: a,
      laneIds,
      id,
    } = boardWith([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'remote');
    const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
    moveChecked(a, id('c'), { laneId: laneIds[0]!, index: 0 });
    sync(a, b);
    moveChecked(b, id('a'), { laneId: laneIds[2]!, index: 0 });
    const added = addCard(b, { laneId: laneIds[0]!, title: 'new', author: 'b', index: 1 });
    deleteCard(b, id('b'));
    removeLane(b, laneIds[1]!);
    b.transact(() => cardMapOrThrow(b, id('c')).delete(CARD.position));
    sync(b, a);
    expectIndexMatchesScan(a);
    expect(titles(a, laneIds[0]!)).toEqual(['new']);
    moveChecked(a, added, { laneId: laneIds[2]!, index: 1 });
    // Both move one card at once; after the exchange it is in one place, and both indexes agree.
    moveChecked(a, id('a'), { laneId: laneIds[0]!, index: 0 });
    moveChecked(b, id('a'), { laneId: laneIds[3]!, index: 0 });
    sync(a, b);
    sync(b, a);
    for (const doc of [a, b]) expectIndexMatchesScan(doc);
    expect(getCard(a, id('a'))).toEqual(getCard(b, id('a')));
  });

  it('follows undo and redo, including a deleted card coming back as a new map', () => {
    const {
      doc,
      laneIds: [a, b],
      id,
    } = boardWith([['a', 'b', 'c'], []]);
    const undo = new Y.UndoManager(cardsMap(doc), { captureTimeout: 0 });
    moveChecked(doc, id('a'), { laneId: b!, index: 0 });
    undo.undo();
    expectIndexMatchesScan(doc);
    expect(titles(doc, a!)).toEqual(['a', 'b', 'c']);
    undo.redo();
    expectIndexMatchesScan(doc);
    deleteCard(doc, id('b'));
    expectIndexMatchesScan(doc);
    undo.undo();
    expect(titles(doc, a!)).toEqual(['b', 'c']);
    expectIndexMatchesScan(doc);
    moveChecked(doc, id('b'), { laneId: b!, index: 1 });
    moveChecked(doc, id('c'), { laneId: b!, index: 1 });
    expect(titles(doc, b!)).toEqual(['a', 'c', 'b']);
  });

  it('starts over when the document is destroyed, which drops its listeners', () => {
    const {
      doc,
      laneIds: [a, b],
      id,
    } = boardWith([['a', 'b', 'c'], []]);
    moveChecked(doc, id('a'), { laneId: b!, index: 0 });
    doc.destroy();
    doc.transact(() => cardMapOrThrow(doc, id('c')).set(CARD.position, { lane: b!, order: 'Zz' }));
    moveChecked(doc, id('b'), { laneId: b!, index: 1 });
    expect([titles(doc, a!), titles(doc, b!)]).toEqual([[], ['c', 'b', 'a']]);
  });

  it.each(['before', 'inside'])('sees earlier writes of the same transaction (index built %s it)', (when) => {
    const {
      doc: original,
      laneIds: [a, b],
      id,
    } = boardWith([['a', 'b'], []]);
    moveChecked(original, id('a'), { laneId: a!, index: 1 });
    // A replica that never ran a command has no index until the first read inside the transaction.
    const doc = when === 'before' ? original : new Y.Doc();
    if (doc !== original) Y.applyUpdate(doc, Y.encodeStateAsUpdate(original), 'remote');
    doc.transact(() => {
      const made = ['m1', 'm2', 'm3'].map((title) => addCard(doc, { laneId: a!, title, author: 't', index: 0 }));
      // Yjs does not report writes into a map made in the same transaction: still seen.
      cardMapOrThrow(doc, made[0]!).set(CARD.position, { lane: b!, order: 'a5' });
      moveChecked(doc, made[1]!, { laneId: b!, index: 1 });
      moveChecked(doc, id('b'), { laneId: a!, index: 0 });
      deleteCard(doc, made[2]!);
      moveChecked(doc, id('a'), { laneId: b!, index: 1 });
    });
    expectIndexMatchesScan(doc);
    expect([titles(doc, a!), titles(doc, b!)]).toEqual([['b'], ['m1', 'a', 'm2']]);
  });

  it('is up to date inside observers, and for moves made by an observer', () => {
    const { doc: a, laneIds, id } = boardWith([['a', 'b', 'c'], ['d']]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveChecked(a, id('a'), { laneId: laneIds[0]!, index: 2 });
    let checks = 0;
    cardsMap(a).observeDeep(() => {
      expectIndexMatchesScan(a);
      checks++;
      // A card landing in lane 2 goes back to the top of lane 0, and 'c', which the remote change
      // did not touch, goes to lane 3. Nothing reads the index between these two moves.
      const stray = listCards(a, laneIds[2]!)[0];
      if (!stray) return;
      const keys = [keyAt(scanLane(a, laneIds[0]!), 0)];
      moveCard(a, stray.id, { laneId: laneIds[0]!, index: 0 });
      keys.push(keyAt(scanLane(a, laneIds[3]!), 9));
      moveCard(a, id('c'), { laneId: laneIds[3]!, index: 9 });
      expect([getCard(a, stray.id)!.order, getCard(a, id('c'))!.order]).toEqual(keys);
    });
    // Update handlers of the remote transaction run after the observer's moves, before their cleanup.
    a.on('update', () => expectIndexMatchesScan(a));
    moveCard(b, id('d'), { laneId: laneIds[2]!, index: 0 });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote');
    expect([titles(a, laneIds[0]!), titles(a, laneIds[3]!)]).toEqual([['d', 'b', 'a'], ['c']]);
    expect(checks).toBeGreaterThanOrEqual(2);
    expectIndexMatchesScan(a);
  });

  it.each([1, 7, 42, 2026])('matches the full scan under random concurrent edits (seed %i)', (seed) => {
    const random = prng(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const { doc: seedDoc } = boardWith([['a', 'b', 'c'], ['d', 'e'], ['f'], []]);
    const all = replicas(3, seedDoc);
    const undos = all.map((r) => new Y.UndoManager(cardsMap(r.doc), { captureTimeout: 0 }));
    for (let round = 0; round < 6; round++) {
      all.forEach(({ doc }, ri) => {
        for (let op = 0; op < 12; op++) {
          const lanes = listLanes(doc).map((lane) => lane.id);
          const cards = listCards(doc);
          const roll = random();
          if (cards.length === 0 || roll < 0.2)
            addCard(doc, { laneId: pick(lanes), title: `n${round}.${ri}.${op}`, author: 'r', index: Math.floor(random() * 5) });
          else if (roll < 0.6) moveChecked(doc, pick(cards).id, { laneId: pick(lanes), index: Math.floor(random() * 6) });
          else if (roll < 0.7) {
            const twin = pick(cards); // an equal key, as concurrent inserts make
            doc.transact(() => cardMapOrThrow(doc, pick(cards).id).set(CARD.position, { lane: twin.laneId, order: twin.order }));
          } else if (roll < 0.8) deleteCard(doc, pick(cards).id);
          else if (roll < 0.9) undos[ri]!.undo();
          else if (roll < 0.93 && lanes.length > 2) removeLane(doc, pick(lanes));
          else undos[ri]!.redo();
          expectIndexMatchesScan(doc);
        }
      });
      exchange(all, random);
      for (const { doc } of all) expectIndexMatchesScan(doc);
    }
  });
});
