import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, listLanes, moveCards, moveLaneFrame } from '../../../../shared/board';
import { newBoard } from '../../../../shared/board/test/fixtures';
import { createBoardStore } from '../store/createBoardStore';
import { createCardIndex } from './cardIndex';

function board() {
  const doc = newBoard();
  return { doc, lanes: listLanes(doc), store: createBoardStore(doc, new Y.Doc()) };
}

describe('createCardIndex', () => {
  it('finds the cards in a rectangle, following moves, deletions and lane moves', () => {
    createRoot((dispose) => {
      const { doc, lanes, store } = board();
      const first = lanes[0]!.frame;
      const a = addCard(doc, { laneId: lanes[0]!.id, title: 'Ветропарк', author: '' });
      const b = addCard(doc, { laneId: lanes[3]!.id, title: 'Умная парковка', author: '' });
      const index = createCardIndex(store);
      expect(index.search(first)).toEqual([a]);
      const version = index.version();
      moveCards(doc, [{ id: b, to: { x: first.x + 300, y: first.y + 300 } }]);
      expect(index.version()).toBe(version + 1);
      expect(new Set(index.search(first))).toEqual(new Set([a, b]));
      // The lane moves away with its cards: nothing is left where it was.
      moveLaneFrame(doc, lanes[0]!.id, { x: first.x, y: first.y + 5_000 });
      expect(index.search(first)).toEqual([]);
      expect(new Set(index.search({ ...first, y: first.y + 5_000 }))).toEqual(new Set([a, b]));
      deleteCard(doc, a);
      expect(index.search({ ...first, y: first.y + 5_000 })).toEqual([b]);
      expect(index.rects()).toHaveLength(1);
      index.dispose();
      // Once disposed it no longer follows the board.
      const after = index.version();
      addCard(doc, { laneId: lanes[1]!.id, title: 'Цифровой город', author: '' });
      expect(index.version()).toBe(after);
      dispose();
    });
  });

  it('answers for a 2,000-card board by the viewport, not by the board', () => {
    createRoot((dispose) => {
      const { doc, lanes, store } = board();
      // The board arrives whole after the canvas is up (the first sync): one transaction.
      const index = createCardIndex(store);
      doc.transact(() => {
        for (let i = 0; i < 2_000; i++) addCard(doc, { laneId: lanes[i % 4]!.id, title: `Идея ${i}`, author: '' });
      });
      expect(index.count()).toBe(2_000);
      const view = { x: lanes[0]!.frame.x, y: lanes[0]!.frame.y, w: 720, h: 900 };
      const found = index.search(view);
      // Three notes a row, 164 units a row: about 6 rows of one lane are in view.
      expect(found.length).toBeGreaterThan(10);
      expect(found.length).toBeLessThan(40);
      dispose();
    });
  });
});
