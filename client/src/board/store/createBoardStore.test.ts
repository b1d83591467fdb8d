import { createEffect, createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addComment, cardDescription, deleteCard, initBoardContent, listLanes, moveCard, setLocked, updateCard } from '../../../../shared/board';
import { createBoardStore } from './createBoardStore';

function board(cards = 2000) {
  const content = new Y.Doc();
  initBoardContent(content, { title: 'Большая сессия', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  const lanes = listLanes(content);
  const ids = Array.from({ length: cards }, (_, i) => addCard(content, { laneId: lanes[i % 4]!.id, title: `Идея ${i}`, author: 'x' }));
  return { content, session: new Y.Doc(), lanes, ids };
}

describe('createBoardStore', () => {
  it('gives every card as a plain object, read again at each card change and only then', () => {
    const { content, session, ids } = board(20);
    const seen: string[] = [];
    const dispose = createRoot((dispose) => {
      const store = createBoardStore(content, session);
      createEffect(() => void seen.push(Object.values(store.plainCards()).find((card) => card.id === ids[3])!.title));
      return dispose;
    });
    expect(seen).toEqual(['Идея 3']);
    updateCard(content, ids[3]!, { title: 'Умная парковка' });
    expect(seen).toEqual(['Идея 3', 'Умная парковка']);
    setLocked(session, true);
    expect(seen).toHaveLength(2);
    deleteCard(content, ids[5]!);
    expect(seen).toHaveLength(3);
    dispose();
  });

  it('re-runs only the effects of the card that changed, out of 2,000', () => {
    const { content, session, ids } = board();
    const runs = new Map<string, number>();
    let laneListRuns = 0;
    // Effects run once the root has been created; changes made after that are what we measure.
    const { state, dispose } = createRoot((dispose) => {
      const { state } = createBoardStore(content, session);
      for (const id of ids) {
        createEffect(() => {
          void state.cards[id]?.title;
          void state.cards[id]?.description;
          runs.set(id, (runs.get(id) ?? 0) + 1);
        });
      }
      createEffect(() => {
        void state.laneCards[state.lanes[0]!.id]?.length;
        laneListRuns++;
      });
      return { state, dispose };
    });
    expect(runs.size).toBe(2000);
    const before = new Map(runs);
    cardDescription(content, ids[17]!)!.insert(0, 'Текст');
    updateCard(content, ids[17]!, { title: 'Переименовано' });
    const rerun = ids.filter((id) => runs.get(id) !== before.get(id));
    expect(rerun).toEqual([ids[17]]);
    expect(laneListRuns).toBe(1);
    expect(state.cards[ids[17]!]).toMatchObject({ title: 'Переименовано', description: 'Текст' });
    dispose();
  });

  it('follows moves, deletions, comments, lanes and the lock', () => {
    const { content, session, ids, lanes } = board(6);
    createRoot((dispose) => {
      const { state } = createBoardStore(content, session);
      expect(state.laneCards[lanes[1]!.id]).toEqual([ids[1], ids[5]]);
      moveCard(content, ids[0]!, { laneId: lanes[1]!.id, index: 1 });
      expect(state.laneCards[lanes[1]!.id]).toEqual([ids[1], ids[0], ids[5]]);
      expect(state.laneCards[lanes[0]!.id]).toEqual([ids[4]]);
      deleteCard(content, ids[5]!);
      expect(state.cards[ids[5]!]).toBeUndefined();
      expect(state.laneCards[lanes[1]!.id]).toEqual([ids[1], ids[0]]);
      addComment(content, { cardId: ids[1]!, author: 'Анна', text: 'Кто оператор?' });
      expect(state.comments[ids[1]!]?.map((c) => c.text)).toEqual(['Кто оператор?']);
      expect(state.session.locked).toBe(false);
      setLocked(session, true);
      expect(state.session.locked).toBe(true);
      dispose();
    });
  });

  it('applies remote updates the same way', () => {
    const { content, session, ids } = board(4);
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(content));
    createRoot((dispose) => {
      const { state } = createBoardStore(content, session);
      const updates: Uint8Array[] = [];
      remote.on('update', (u: Uint8Array) => updates.push(u));
      updateCard(remote, ids[2]!, { status: 'priority' });
      for (const u of updates) Y.applyUpdate(content, u, 'provider');
      expect(state.cards[ids[2]!]?.status).toBe('priority');
      dispose();
    });
  });

  it('takes a board arriving whole, and a bulk delete, as individual changes would leave it', () => {
    const source = board(300);
    const content = new Y.Doc();
    createRoot((dispose) => {
      const { state } = createBoardStore(content, source.session);
      // One update with every card: the first sync of a big board.
      Y.applyUpdate(content, Y.encodeStateAsUpdate(source.content));
      expect(Object.keys(state.cards)).toHaveLength(300);
      expect(state.cards[source.ids[42]!]?.title).toBe('Идея 42');
      expect(state.laneCards[source.lanes[1]!.id]).toHaveLength(75);
      // Then 250 of them deleted in one transaction, and one of the rest renamed.
      content.transact(() => {
        for (const id of source.ids.slice(0, 250)) deleteCard(content, id);
      });
      expect(Object.keys(state.cards)).toHaveLength(50);
      expect(state.cards[source.ids[0]!]).toBeUndefined();
      expect(Object.values(state.laneCards).flat()).toHaveLength(50);
      updateCard(content, source.ids[299]!, { title: 'Ветропарк' });
      expect(state.cards[source.ids[299]!]?.title).toBe('Ветропарк');
      dispose();
    });
  });
});
