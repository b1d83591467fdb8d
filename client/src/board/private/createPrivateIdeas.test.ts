import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardContent, listCards, listLanes, removeLane } from '../../../../shared/board';
import { createPrivateIdeas } from './createPrivateIdeas';

/** One browser's localStorage, shared by its tabs. */
function stubStorage() {
  const items = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  return items;
}

function tab(doc: Y.Doc) {
  return createRoot((dispose) => {
    const [ready, setReady] = createSignal(false);
    const [privateMode, setPrivateMode] = createSignal(true);
    const [canPublish, setCanPublish] = createSignal(true);
    let count = -1;
    const ideas = createPrivateIdeas({ boardId: 'board-1', doc, author: 'Анна', ready, privateMode, canPublish, onCount: (n) => (count = n) });
    return { ideas, setReady, setPrivateMode, setCanPublish, count: () => count, dispose };
  });
}

let storage: Map<string, string>;
beforeEach(() => (storage = stubStorage()));
afterEach(() => delete (globalThis as { localStorage?: unknown }).localStorage);

function board() {
  const doc = new Y.Doc();
  initBoardContent(doc, { title: 'Сессия', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  return { doc, lanes: listLanes(doc) };
}

describe('private ideas', () => {
  it('keep new ideas out of the shared document until the reveal, then publish each once', () => {
    const { doc, lanes } = board();
    const anna = tab(doc);
    anna.setReady(true);
    anna.ideas.add(lanes[3]!.id, 'Тайный ветропарк');
    anna.ideas.add(lanes[2]!.id, 'Умная парковка');
    anna.ideas.rename(anna.ideas.ideas()[1]!.id, 'Умная парковка у школ');
    expect(listCards(doc)).toHaveLength(0);
    expect(anna.count()).toBe(2);
    expect(storage.get('stratboard.private.board-1')).toContain('Тайный ветропарк');

    anna.setPrivateMode(false);
    const cards = listCards(doc);
    expect(cards.map((c) => [c.title, c.laneId, c.author])).toEqual(
      expect.arrayContaining([
        ['Тайный ветропарк', lanes[3]!.id, 'Анна'],
        ['Умная парковка у школ', lanes[2]!.id, 'Анна'],
      ]),
    );
    expect(cards).toHaveLength(2);
    expect(anna.ideas.ideas()).toEqual([]);
    expect(anna.count()).toBe(0);
    expect(storage.get('stratboard.private.board-1')).toBe('[]');
    anna.dispose();
  });

  it('do not publish before the session is known, nor while the board refuses this person’s edits', () => {
    const { doc, lanes } = board();
    const anna = tab(doc);
    anna.ideas.add(lanes[0]!.id, 'Идея');
    // "Off" read from an unsynced session document is a default, not the facilitator's reveal.
    anna.setPrivateMode(false);
    expect(listCards(doc)).toHaveLength(0);
    anna.setCanPublish(false);
    anna.setReady(true);
    expect(listCards(doc)).toHaveLength(0);
    anna.setCanPublish(true);
    expect(listCards(doc)).toHaveLength(1);
    anna.dispose();
  });

  it('land on the first track when theirs was removed, and are published once with two tabs open', () => {
    const { doc, lanes } = board();
    const first = tab(doc);
    first.ideas.add(lanes[1]!.id, 'Бережливое производство');
    const second = tab(doc);
    expect(second.ideas.ideas()).toHaveLength(1);
    removeLane(doc, lanes[1]!.id);
    first.setReady(true);
    second.setReady(true);
    first.setPrivateMode(false);
    second.setPrivateMode(false);
    expect(listCards(doc).map((c) => [c.title, c.laneId])).toEqual([['Бережливое производство', lanes[0]!.id]]);
    first.dispose();
    second.dispose();
  });

  it('survive a reload of the page', () => {
    const { doc, lanes } = board();
    const before = tab(doc);
    before.ideas.add(lanes[0]!.id, 'Центр аддитивных технологий');
    before.dispose();
    const after = tab(doc);
    expect(after.ideas.inLane(lanes[0]!.id).map((idea) => idea.title)).toEqual(['Центр аддитивных технологий']);
    after.ideas.remove(after.ideas.ideas()[0]!.id);
    expect(after.ideas.ideas()).toEqual([]);
    after.dispose();
  });
});
