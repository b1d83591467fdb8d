import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addComment,
  addGroup,
  addResource,
  addStage,
  getLane,
  moveCard,
  removeGroup,
  removeLane,
  setLaneGroup,
  updateResource,
  cardDescription,
  deleteComment,
  initBoardContent,
  listLanes,
  observeBoard,
  renameLane,
  updateMeta,
  type BoardChange,
} from './index';

function setup() {
  const doc = new Y.Doc();
  initBoardContent(doc, { title: 'T', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  const lane = listLanes(doc)[0]!.id;
  const cards = Array.from({ length: 20 }, (_, i) => addCard(doc, { laneId: lane, title: `c${i}`, author: 'x' }));
  const changes: BoardChange[] = [];
  const stop = observeBoard(doc, (change) => changes.push(change));
  return { doc, lane, cards, changes, stop };
}

describe('observeBoard', () => {
  it('reports only the card whose description was typed into', () => {
    const { doc, cards, changes } = setup();
    cardDescription(doc, cards[7]!)!.insert(0, 'a');
    expect(changes).toHaveLength(1);
    expect([...changes[0]!.cards]).toEqual([cards[7]]);
    expect(changes[0]!.lanes.size).toBe(0);
    expect(changes[0]!.local).toBe(true);
  });

  it('reports nested resource/stage edits, lanes, meta and comment threads', () => {
    const { doc, lane, cards, changes } = setup();
    addStage(doc, cards[3]!, { title: 'Этап' });
    renameLane(doc, lane, 'Новое');
    updateMeta(doc, { place: 'Тула' });
    const comment = addComment(doc, { cardId: cards[5]!, author: 'a', text: 'x' });
    deleteComment(doc, comment);
    expect([...changes[0]!.cards]).toEqual([cards[3]]);
    expect([...changes[1]!.lanes]).toEqual([lane]);
    expect(changes[2]!.meta).toBe(true);
    expect([...changes[3]!.comments]).toEqual([cards[5]]);
    expect([...changes[4]!.comments]).toEqual([cards[5]]);
  });

  it('marks remote changes and stops when unsubscribed', () => {
    const { doc, cards, changes, stop } = setup();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const captured: Uint8Array[] = [];
    other.on('update', (u: Uint8Array) => captured.push(u));
    cardDescription(other, cards[1]!)!.insert(0, 'remote');
    Y.applyUpdate(doc, captured[0]!, 'provider');
    expect(changes[0]).toMatchObject({ local: false, origin: 'provider' });
    expect([...changes[0]!.cards]).toEqual([cards[1]]);
    stop();
    cardDescription(doc, cards[2]!)!.insert(0, 'x');
    expect(changes).toHaveLength(1);
  });
});

describe('observeBoard: one report per transaction, exactly the touched ids', () => {
  it('reports a move as that card only, and a resource edit as that card only', () => {
    const { doc, cards, changes } = setup();
    const other = listLanes(doc)[1]!.id;
    moveCard(doc, cards[4]!, { laneId: other, index: 0 });
    const resource = addResource(doc, cards[9]!, { kind: 'people', amount: 3 });
    updateResource(doc, cards[9]!, resource, { amount: 4 });
    expect(changes.map((c) => [...c.cards])).toEqual([[cards[4]], [cards[9]], [cards[9]]]);
    expect(changes.every((c) => c.lanes.size === 0 && !c.meta && !c.groups && c.comments.size === 0)).toBe(true);
  });

  it('reports a lane removal once: the lane, each of its cards, and their comment threads', () => {
    const { doc, lane, cards, changes } = setup();
    addComment(doc, { cardId: cards[0]!, author: 'a', text: 'x' });
    changes.length = 0;
    removeLane(doc, lane);
    expect(changes).toHaveLength(1);
    expect([...changes[0]!.lanes]).toEqual([lane]);
    expect(new Set(changes[0]!.cards)).toEqual(new Set(cards));
    expect([...changes[0]!.comments]).toEqual([cards[0]]);
  });

  it('reports the comment thread of a comment deleted by a peer, whose card it can no longer read', () => {
    const { doc, cards, changes } = setup();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const comment = addComment(peer, { cardId: cards[2]!, author: 'a', text: 'x' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'peer');
    deleteComment(peer, comment);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'peer');
    expect(changes.map((c) => [...c.comments])).toEqual([[cards[2]], [cards[2]]]);
    expect(changes.every((c) => c.cards.size === 0 && !c.local)).toBe(true);
  });

  it('reports lanes left pointing at a group a peer removed concurrently', () => {
    const { doc, lane, changes } = setup();
    const group = addGroup(doc, { name: 'Группа' });
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    setLaneGroup(doc, lane, group); // here
    removeGroup(peer, group); // concurrently, there
    changes.length = 0;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'peer');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ groups: true, local: false });
    expect([...changes[0]!.lanes]).toEqual([lane]);
    expect(getLane(doc, lane)?.groupId).toBeNull();
  });

  it('batches a whole transaction into one report, with origin null for commands', () => {
    const { doc, cards, changes } = setup();
    updateMeta(doc, { title: 'Новая' });
    doc.transact(() => {
      cardDescription(doc, cards[0]!)!.insert(0, 'a');
      cardDescription(doc, cards[1]!)!.insert(0, 'b');
      renameLane(doc, listLanes(doc)[2]!.id, 'X');
    });
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({ meta: true, origin: null, local: true });
    expect(new Set(changes[1]!.cards)).toEqual(new Set([cards[0], cards[1]]));
    expect(changes[1]!.lanes.size).toBe(1);
  });
});
