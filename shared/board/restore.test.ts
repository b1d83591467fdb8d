import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsMap } from './docMaps';
import {
  addCard,
  addComment,
  addGroup,
  addResource,
  cardDescription,
  deleteCard,
  listCards,
  listLanes,
  moveCard,
  readBoardContent,
  removeLane,
  renameGroup,
  restoreContent,
  spliceDescription,
  updateCard,
  updateMeta,
  type CardId,
} from './index';
import { CONTENT } from './keys';
import { newBoard } from './test/fixtures';
import { exchange, prng, replicas } from './test/replicas';

/** A board with a bit of everything: cards in several lanes, a description, parts, a comment, a group. */
function seedBoard(): Y.Doc {
  const doc = newBoard();
  const lanes = listLanes(doc);
  for (const [i, title] of ['Умная парковка', 'Ветропарк', 'Технопарк', 'Набережная'].entries()) {
    addCard(doc, { laneId: lanes[i % lanes.length]!.id, title, author: 'Анна', description: `Описание: ${title}`, now: 1 });
  }
  const first = listCards(doc)[0]!;
  addResource(doc, first.id, { kind: 'money', amount: 5_000_000, description: 'областной бюджет' });
  addComment(doc, { cardId: first.id, author: 'Борис', text: 'Нужен партнёр', now: 2 });
  addGroup(doc, { name: 'Группа 1' });
  return doc;
}

const copyOf = (doc: Y.Doc): Y.Doc => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

/** Every top-level content map as JSON: the generic picture, including fields the model does not know. */
const raw = (doc: Y.Doc) => Object.fromEntries(Object.values(CONTENT).map((name) => [name, doc.getMap(name).toJSON()]));

const byTitle = (doc: Y.Doc, title: string): CardId => listCards(doc).find((card) => card.title === title)!.id;

/** Adds, moves, deletes and edits of every kind since the snapshot. */
function editEverything(doc: Y.Doc): void {
  const lanes = listLanes(doc);
  addCard(doc, { laneId: lanes[0]!.id, title: 'Новая идея', now: 3 });
  moveCard(doc, byTitle(doc, 'Ветропарк'), { laneId: lanes[0]!.id, index: 0 });
  deleteCard(doc, byTitle(doc, 'Технопарк'));
  updateCard(doc, byTitle(doc, 'Набережная'), { title: 'Набережная 2.0', owner: 'Администрация' }, 4);
  spliceDescription(doc, byTitle(doc, 'Умная парковка'), 0, 8, 'Суть', 5);
  addResource(doc, byTitle(doc, 'Умная парковка'), { kind: 'people', amount: 3, description: 'инженеры' });
  removeLane(doc, lanes[3]!.id);
  renameGroup(doc, readBoardContent(doc).groups[0]!.id, 'Группа «Среда»');
  updateMeta(doc, { title: 'Сессия, вторая версия' });
}

describe('restoreContent', () => {
  it('brings back the snapshot after adds, moves, deletes and edits, in one transaction', () => {
    const live = seedBoard();
    const snapshot = copyOf(live);
    editEverything(live);
    expect(readBoardContent(live)).not.toEqual(readBoardContent(snapshot));

    let updates = 0;
    live.on('update', () => updates++);
    restoreContent(live, snapshot);
    expect(updates).toBe(1);
    expect(readBoardContent(live)).toEqual(readBoardContent(snapshot));
    expect(raw(live)).toEqual(raw(snapshot));
    // The snapshot is only read.
    expect(raw(snapshot)).toEqual(raw(copyOf(snapshot)));
  });

  it('restores fields and nested structures the model does not know yet', () => {
    const live = seedBoard();
    const card = cardsMap(live).get(byTitle(live, 'Ветропарк'))!;
    const nested = new Y.Map<unknown>();
    nested.set('list', Y.Array.from([1, 2, 3]));
    nested.set('note', new Y.Text('будущее поле'));
    card.set('future', nested);
    card.set('plain', { a: [1, 2] });
    const snapshot = copyOf(live);
    card.delete('future');
    card.set('plain', { a: [3] });

    restoreContent(live, snapshot);
    expect(raw(live)).toEqual(raw(snapshot));
    const restored = cardsMap(live).get(byTitle(live, 'Ветропарк'))!.get('future');
    // A deep copy, not the snapshot's own type (which belongs to the other document).
    expect(restored).toBeInstanceOf(Y.Map);
    expect((restored as Y.Map<unknown>).doc).toBe(live);
    expect((restored as Y.Map<unknown>).get('note')).toBeInstanceOf(Y.Text);
  });

  it('changes only what differs: untouched entities keep their identity and the same state writes nothing', () => {
    const live = seedBoard();
    const snapshot = copyOf(live);
    const kept = cardsMap(live).get(byTitle(live, 'Умная парковка'));
    const text = cardDescription(live, byTitle(live, 'Умная парковка'));
    spliceDescription(live, byTitle(live, 'Умная парковка'), 0, 0, 'Срочно! ', 9);
    restoreContent(live, snapshot);
    expect(cardsMap(live).get(byTitle(live, 'Умная парковка'))).toBe(kept);
    expect(cardDescription(live, byTitle(live, 'Умная парковка'))).toBe(text);
    expect(text!.toString()).toBe('Описание: Умная парковка');

    let updates = 0;
    live.on('update', () => updates++);
    restoreContent(live, snapshot);
    expect(updates).toBe(0);
  });

  it('fills an empty document', () => {
    const snapshot = seedBoard();
    const empty = new Y.Doc();
    restoreContent(empty, snapshot);
    expect(readBoardContent(empty)).toEqual(readBoardContent(snapshot));
  });

  it('converges with a second replica editing at the same time', () => {
    for (const seed of [1, 7, 42, 1337, 2026]) {
      const base = seedBoard();
      const snapshot = copyOf(base);
      editEverything(base);
      const [facilitator, colleague] = replicas(2, base);
      const lanes = listLanes(colleague!.doc);
      // Concurrently: a new card, and an edit of a field the restore leaves alone.
      addCard(colleague!.doc, { laneId: lanes[1]!.id, title: 'Идея коллеги', now: 10 });
      updateCard(colleague!.doc, byTitle(colleague!.doc, 'Ветропарк'), { owner: 'Энергокомпания' }, 10);
      restoreContent(facilitator!.doc, snapshot);
      exchange([facilitator!, colleague!], prng(seed));

      const [a, b] = [readBoardContent(facilitator!.doc), readBoardContent(colleague!.doc)];
      expect(a).toEqual(b);
      expect(a.cards.map((card) => card.title).sort()).toEqual(['Идея коллеги', 'Набережная', 'Технопарк', 'Умная парковка', 'Ветропарк'].sort());
      expect(a.cards.find((card) => card.title === 'Ветропарк')!.owner).toBe('Энергокомпания');
      expect(a.meta.title).toBe(readBoardContent(snapshot).meta.title);
    }
  });

  it('is one undo step: Y.UndoManager brings the pre-restore state back, and redo the restore', () => {
    const live = seedBoard();
    const snapshot = copyOf(live);
    editEverything(live);
    const before = readBoardContent(live);
    const beforeRaw = raw(live);
    const undo = new Y.UndoManager(Object.values(CONTENT).map((name) => live.getMap(name)));

    restoreContent(live, snapshot);
    expect(readBoardContent(live)).toEqual(readBoardContent(snapshot));
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readBoardContent(live)).toEqual(before);
    expect(raw(live)).toEqual(beforeRaw);
    undo.redo();
    expect(readBoardContent(live)).toEqual(readBoardContent(snapshot));
  });
});
