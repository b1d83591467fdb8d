import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addComment,
  addGroup,
  addLane,
  addResource,
  addStage,
  BoardModelError,
  cardDescription,
  deleteCard,
  deleteComment,
  getCard,
  initBoardContent,
  isLocked,
  listCards,
  listComments,
  listGroups,
  listLanes,
  moveCard,
  moveLane,
  readBoardContent,
  readMeta,
  removeGroup,
  removeLane,
  removeResource,
  renameLane,
  setDescription,
  setLaneColor,
  setLaneGroup,
  setLocked,
  updateCard,
  updateMeta,
  updateResource,
  updateStage,
  CURRENT_SCHEMA_VERSION,
  type LaneId,
} from './index';

function board(template: 'strategic-session' | 'blank' = 'strategic-session', locale: 'ru' | 'en' = 'ru') {
  const doc = new Y.Doc();
  initBoardContent(doc, { title: 'Стратегическая сессия', locale, template, createdAt: 1000 });
  return doc;
}

describe('initBoardContent', () => {
  it('creates the four default tracks in the board language', () => {
    expect(listLanes(board()).map((l) => l.title)).toEqual([
      'Научно-технологическое развитие и точки роста',
      'Базовый сектор экономики',
      'Городская среда',
      'Инфраструктура и ЖКХ',
    ]);
    expect(listLanes(board('strategic-session', 'en')).map((l) => l.title)).toEqual([
      'Science & technology, growth points',
      'Base economy',
      'Urban environment',
      'Infrastructure & utilities',
    ]);
  });

  it('creates no lanes for blank and exactly the custom ones when given', () => {
    expect(listLanes(board('blank'))).toHaveLength(0);
    const doc = new Y.Doc();
    initBoardContent(doc, { title: 'T', locale: 'ru', template: 'strategic-session', lanes: [{ title: 'A' }, { title: 'B' }, { title: 'C' }], createdAt: 1 });
    expect(listLanes(doc).map((l) => l.title)).toEqual(['A', 'B', 'C']);
    expect(new Set(listLanes(doc).map((l) => l.color)).size).toBe(3);
  });

  it('writes meta at the current schema version and updates it', () => {
    const doc = board();
    expect(readMeta(doc)).toMatchObject({ title: 'Стратегическая сессия', locale: 'ru', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: 1000 });
    updateMeta(doc, { place: 'Калуга', date: '2026-12-03' });
    expect(readMeta(doc)).toMatchObject({ place: 'Калуга', date: '2026-12-03' });
    expect(() => updateMeta(doc, { date: '03.12.2026' })).toThrow(BoardModelError);
    expect(() => initBoardContent(new Y.Doc(), { title: '  ', locale: 'ru', template: 'blank', createdAt: 1 })).toThrow(BoardModelError);
  });
});

describe('lanes', () => {
  it('adds, renames, recolours, reorders and removes lanes', () => {
    const doc = board('blank');
    const a = addLane(doc, { title: 'A' });
    const b = addLane(doc, { title: 'B' });
    const first = addLane(doc, { title: 'First', index: 0 });
    expect(listLanes(doc).map((l) => l.title)).toEqual(['First', 'A', 'B']);
    renameLane(doc, a, 'Альфа');
    setLaneColor(doc, a, 'teal');
    moveLane(doc, first, 2);
    expect(listLanes(doc).map((l) => l.title)).toEqual(['Альфа', 'B', 'First']);
    expect(listLanes(doc)[0]?.color).toBe('teal');
    const card = addCard(doc, { laneId: b, title: 'Ветропарк', author: 'Анна' });
    addComment(doc, { cardId: card, author: 'Борис', text: 'Нужен участок' });
    removeLane(doc, b);
    expect(listLanes(doc).map((l) => l.title)).toEqual(['Альфа', 'First']);
    expect(getCard(doc, card)).toBeNull();
    expect(listComments(doc)).toHaveLength(0);
  });

  it('refuses bad input and unknown lanes without writing', () => {
    const doc = board('blank');
    const before = Y.encodeStateVector(doc);
    expect(() => addLane(doc, { title: '' })).toThrow(BoardModelError);
    expect(() => addLane(doc, { title: 'x'.repeat(201) })).toThrow(/title/);
    expect(() => renameLane(doc, 'nope' as LaneId, 'X')).toThrow(expect.objectContaining({ reason: 'not-found' }));
    expect(() => setLaneColor(doc, 'nope' as LaneId, 'red')).toThrow(BoardModelError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('assigns lanes to breakout groups and clears them when a group goes', () => {
    const doc = board();
    const [lane] = listLanes(doc);
    const group = addGroup(doc, { name: 'Группа 1' });
    setLaneGroup(doc, lane!.id, group);
    expect(listLanes(doc)[0]?.groupId).toBe(group);
    expect(listGroups(doc)).toEqual([{ id: group, name: 'Группа 1', color: 'violet', members: [] }]);
    removeGroup(doc, group);
    expect(listLanes(doc)[0]?.groupId).toBeNull();
    expect(listGroups(doc)).toHaveLength(0);
  });
});

describe('cards', () => {
  it('adds cards in order, at an index, with defaults', () => {
    const doc = board();
    const lane = listLanes(doc)[2]!.id;
    const a = addCard(doc, { laneId: lane, title: 'Умная парковка', author: 'Анна', now: 5 });
    const b = addCard(doc, { laneId: lane, title: 'Умный переход', author: 'Анна' });
    const top = addCard(doc, { laneId: lane, title: 'Раздельный сбор', author: 'Борис', index: 0 });
    expect(listCards(doc, lane).map((c) => c.id)).toEqual([top, a, b]);
    expect(getCard(doc, a)).toMatchObject({
      kind: 'idea',
      status: 'idea',
      color: 'yellow',
      author: 'Анна',
      createdAt: 5,
      updatedAt: 5,
      resources: [],
      stages: [],
    });
    expect(() => addCard(doc, { laneId: 'missing', title: 'X', author: 'A' })).toThrow(expect.objectContaining({ reason: 'not-found' }));
    expect(() => addCard(doc, { laneId: lane, title: '', author: 'A' })).toThrow(BoardModelError);
  });

  it('updates fields of a project initiative', () => {
    const doc = board();
    const lane = listLanes(doc)[3]!.id;
    const id = addCard(doc, { laneId: lane, title: 'Малотоннажный СПГ', author: 'Анна', now: 1 });
    updateCard(
      doc,
      id,
      { kind: 'initiative', owner: 'Минэнерго области', partners: ['Газпром', 'КГУ'], tags: ['нацпроект'], status: 'shortlisted', color: 'blue' },
      2,
    );
    setDescription(doc, id, 'Завод мощностью 20 тыс. т в год');
    const money = addResource(doc, id, { kind: 'money', amount: 1_200_000_000, currency: 'RUB', description: 'капвложения' });
    addResource(doc, id, { kind: 'people', amount: 40 });
    const stage = addStage(doc, id, { title: 'ТЭО', due: '2027-03-01' });
    updateStage(doc, id, stage, { done: true });
    updateResource(doc, id, money, { amount: 1_500_000_000 });
    const card = getCard(doc, id)!;
    expect(card).toMatchObject({
      kind: 'initiative',
      owner: 'Минэнерго области',
      partners: ['Газпром', 'КГУ'],
      tags: ['нацпроект'],
      status: 'shortlisted',
      color: 'blue',
      description: 'Завод мощностью 20 тыс. т в год',
    });
    expect(card.resources.map((r) => [r.kind, r.amount, r.currency])).toEqual([
      ['money', 1_500_000_000, 'RUB'],
      ['people', 40, null],
    ]);
    expect(card.stages).toMatchObject([{ title: 'ТЭО', due: '2027-03-01', done: true }]);
    expect(card.updatedAt).toBeGreaterThan(2);
    removeResource(doc, id, money);
    expect(getCard(doc, id)!.resources).toHaveLength(1);
    expect(() => addResource(doc, id, { kind: 'money', currency: 'rub' })).toThrow(/ISO 4217/);
    expect(() => addStage(doc, id, { title: 'X', due: '2027-13-45' })).toThrow(BoardModelError);
    expect(() => updateCard(doc, id, { status: 'done' as never })).toThrow(BoardModelError);
  });

  it('moves cards within and across lanes', () => {
    const doc = board();
    const [l1, l2] = listLanes(doc).map((l) => l.id);
    const ids = ['a', 'b', 'c'].map((title) => addCard(doc, { laneId: l1!, title, author: 'x' }));
    moveCard(doc, ids[2]!, { laneId: l1!, index: 0 });
    expect(listCards(doc, l1).map((c) => c.title)).toEqual(['c', 'a', 'b']);
    moveCard(doc, ids[0]!, { laneId: l2!, index: 0 });
    expect(listCards(doc, l1).map((c) => c.title)).toEqual(['c', 'b']);
    expect(listCards(doc, l2).map((c) => c.title)).toEqual(['a']);
    expect(() => moveCard(doc, ids[0]!, { laneId: 'nope' as LaneId, index: 0 })).toThrow(BoardModelError);
  });

  it('deletes a card with its comments', () => {
    const doc = board();
    const lane = listLanes(doc)[0]!.id;
    const id = addCard(doc, { laneId: lane, title: 'ЦАП', author: 'x' });
    const other = addCard(doc, { laneId: lane, title: 'Другое', author: 'x' });
    const c1 = addComment(doc, { cardId: id, author: 'Анна', text: 'Кто оператор?', now: 1 });
    addComment(doc, { cardId: other, author: 'Анна', text: 'ok', now: 2 });
    expect(listComments(doc, id).map((c) => c.id)).toEqual([c1]);
    deleteCard(doc, id);
    expect(getCard(doc, id)).toBeNull();
    expect(listComments(doc).map((c) => c.cardId)).toEqual([other]);
    expect(() => deleteCard(doc, id)).toThrow(BoardModelError);
    expect(() => addComment(doc, { cardId: id, author: 'a', text: 'x' })).toThrow(BoardModelError);
    const c2 = listComments(doc)[0]!.id;
    deleteComment(doc, c2);
    expect(listComments(doc)).toHaveLength(0);
  });

  it('exposes the description as collaborative text', () => {
    const doc = board();
    const id = addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'X', author: 'x', description: 'начало' });
    cardDescription(doc, id)!.insert(6, ' и конец');
    expect(getCard(doc, id)!.description).toBe('начало и конец');
  });

  it('reads garbage written by a foreign client without throwing', () => {
    const doc = board();
    const id = addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'X', author: 'x' });
    const raw = doc.getMap<Y.Map<unknown>>('cards').get(id)!;
    raw.set('status', 'exploded');
    raw.set('partners', 'not a list');
    raw.set('color', 42);
    doc.getMap('cards').set('junk', 'not a map' as never);
    const broken = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>('cards').set('nopos', broken);
    expect(() => readBoardContent(doc)).not.toThrow();
    expect(getCard(doc, id)).toMatchObject({ status: 'idea', partners: [], color: 'yellow' });
    expect(readBoardContent(doc).cards.map((c) => c.id)).toEqual([id]);
  });
});

describe('session', () => {
  it('locks and unlocks', () => {
    const doc = new Y.Doc();
    expect(isLocked(doc)).toBe(false);
    setLocked(doc, true);
    expect(isLocked(doc)).toBe(true);
    setLocked(doc, false);
    expect(isLocked(doc)).toBe(false);
  });
});

describe('undo', () => {
  it('undoes only local commands, never a colleague edit', () => {
    const mine = board();
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    mine.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(theirs, u, 'remote'));
    theirs.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(mine, u, 'remote'));
    const undo = new Y.UndoManager([mine.getMap('cards'), mine.getMap('lanes'), mine.getMap('comments')], { captureTimeout: 0 });
    const lane = listLanes(mine)[0]!.id;
    const myCard = addCard(mine, { laneId: lane, title: 'Моя', author: 'me' });
    const theirCard = addCard(theirs, { laneId: lane, title: 'Чужая', author: 'them' });
    undo.undo();
    expect(getCard(mine, myCard)).toBeNull();
    expect(getCard(mine, theirCard)?.title).toBe('Чужая');
    expect(getCard(theirs, theirCard)?.title).toBe('Чужая');
  });
});

describe('transactions', () => {
  it('runs every command in one transaction with origin null', () => {
    const doc = board();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const lane = addLane(doc, { title: 'Туризм' });
    const card = addCard(doc, { laneId: lane, title: 'Маршрут', author: 'a' });
    updateCard(doc, card, { status: 'shortlisted', tags: ['туризм'] });
    moveCard(doc, card, { laneId: listLanes(doc)[0]!.id, index: 0 });
    addResource(doc, card, { kind: 'people', amount: 2 });
    setDescription(doc, card, 'текст');
    addComment(doc, { cardId: card, author: 'a', text: 'x' });
    removeLane(doc, lane);
    deleteCard(doc, card);
    expect(origins).toEqual(Array(9).fill(null));
  });

  it('undoes a lane removal whole: the lane, its cards and their comments come back', () => {
    const doc = board();
    const lane = listLanes(doc)[1]!.id;
    const card = addCard(doc, { laneId: lane, title: 'Индустриальный парк', author: 'a' });
    addComment(doc, { cardId: card, author: 'b', text: 'Где земля?' });
    const undo = new Y.UndoManager([doc.getMap('lanes'), doc.getMap('cards'), doc.getMap('comments')], { captureTimeout: 0 });
    removeLane(doc, lane);
    expect(listLanes(doc)).toHaveLength(3);
    undo.undo();
    expect(listLanes(doc).map((l) => l.id)).toContain(lane);
    expect(listCards(doc, lane).map((c) => c.title)).toEqual(['Индустриальный парк']);
    expect(listComments(doc, card).map((c) => c.text)).toEqual(['Где земля?']);
  });
});
