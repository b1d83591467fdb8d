import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { CARD, CONTENT } from './keys';
import {
  addCard,
  addResource,
  addStage,
  carriedInitiatives,
  carryOverInitiatives,
  getCard,
  listCards,
  listLanes,
  parseBoardContent,
  pastTracks,
  readBoardContent,
  sessionOrigin,
  setDescription,
  updateCard,
  updateMeta,
  type BoardContent,
  type CardId,
  type CardOrigin,
} from './index';
import { expectRefused, newBoard } from './test/fixtures';

/** A past session: two priority initiatives on two tracks, and cards that stay behind. */
function pastSession(): { doc: Y.Doc; park: CardId; plant: CardId } {
  const doc = newBoard();
  updateMeta(doc, { title: 'Калуга 2025', date: '2025-11-20' });
  const [science, economy, urban] = listLanes(doc);
  const park = addCard(doc, { laneId: urban!.id, title: 'Умная парковка', author: 'Анна', tags: ['нацпроект'], partners: ['Дептранс'] });
  updateCard(doc, park, { kind: 'initiative', status: 'priority', owner: 'Мэрия', color: 'teal' });
  setDescription(doc, park, 'Датчики на 500 мест');
  addResource(doc, park, { kind: 'money', amount: 1e7, currency: 'RUB', description: 'датчики' });
  addStage(doc, park, { title: 'Пилот', due: '2026-06-01', done: true });
  const plant = addCard(doc, { laneId: economy!.id, title: 'Малотоннажный СПГ', author: 'Борис', status: 'priority' });
  addCard(doc, { laneId: science!.id, title: 'Просто идея', author: 'Вера' });
  addCard(doc, { laneId: science!.id, title: 'В шорт-листе', author: 'Вера', status: 'shortlisted' });
  return { doc, park, plant };
}

const origin: CardOrigin = { boardId: 'pastBoard0001', title: 'Калуга 2025', date: '2025-11-20' };

describe('card roadmap fields', () => {
  it('read as null on cards made before roadmaps, and on garbage', () => {
    const doc = newBoard();
    const id = addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Старая карточка' });
    expect(getCard(doc, id)).toMatchObject({ roadmap: null, origin: null });
    const raw = doc.getMap<Y.Map<unknown>>(CONTENT.cards).get(id)!;
    raw.set(CARD.roadmap, 'exploded');
    raw.set(CARD.origin, 'Калуга');
    expect(getCard(doc, id)).toMatchObject({ roadmap: null, origin: null });
    raw.set(CARD.origin, { boardId: 7, title: 'Калуга', date: 'вчера' });
    expect(getCard(doc, id)!.origin).toEqual({ boardId: null, title: 'Калуга', date: '' });
  });

  it('are changed by updateCard (roadmap only) and validated first', () => {
    const doc = newBoard();
    const id = addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Инициатива', roadmap: 'not-started', origin });
    expect(getCard(doc, id)).toMatchObject({ roadmap: 'not-started', origin });
    updateCard(doc, id, { roadmap: 'in-progress' });
    expect(getCard(doc, id)!.roadmap).toBe('in-progress');
    updateCard(doc, id, { roadmap: null });
    expect(getCard(doc, id)).toMatchObject({ roadmap: null, origin });
    expectRefused(doc, () => updateCard(doc, id, { roadmap: 'someday' as never }), 'invalid-input', /roadmap/);
    // The origin is history: a patch naming it is ignored like any unknown field.
    updateCard(doc, id, { origin: { ...origin, title: 'Другая' } } as never);
    expect(getCard(doc, id)!.origin).toEqual(origin);
  });
});

describe('carry-over', () => {
  it('takes the priority initiatives in board order, and the tracks by title', () => {
    const past = readBoardContent(pastSession().doc);
    expect(carriedInitiatives(past).map((card) => card.title)).toEqual(['Малотоннажный СПГ', 'Умная парковка']);
    expect(pastTracks(past).map((lane) => lane.title)).toEqual(listLanes(newBoard()).map((lane) => lane.title));
    expect(sessionOrigin(past.meta, 'b1')).toEqual({ boardId: 'b1', title: 'Калуга 2025', date: '2025-11-20' });
    expect(sessionOrigin({ ...past.meta, date: '', createdAt: Date.UTC(2025, 0, 31, 22) }, null).date).toBe('2025-01-31');
  });

  it('copies every field with new ids, status not-started and the origin set', () => {
    const past = readBoardContent(pastSession().doc);
    const next = newBoard();
    const ids = carryOverInitiatives(next, past, origin, 5000);
    expect(ids).toHaveLength(2);
    const [before] = carriedInitiatives(past).filter((card) => card.title === 'Умная парковка');
    const after = listCards(next).find((card) => card.title === 'Умная парковка')!;
    const lane = listLanes(next).find((l) => l.id === after.laneId)!;
    expect(lane.title).toBe('Городская среда');
    expect(after.id).not.toBe(before!.id);
    expect(after.resources[0]!.id).not.toBe(before!.resources[0]!.id);
    const strip = ({
      id: _i,
      laneId: _l,
      order: _o,
      createdAt: _c,
      updatedAt: _u,
      roadmap: _r,
      origin: _g,
      resources,
      stages,
      ...rest
    }: (typeof past.cards)[number]) => ({
      ...rest,
      resources: resources.map(({ id: _id, ...r }) => r),
      stages: stages.map(({ id: _id, ...s }) => s),
    });
    expect(strip(after)).toEqual(strip(before!));
    expect(after).toMatchObject({
      roadmap: 'not-started',
      origin,
      createdAt: 5000,
      updatedAt: 5000,
      description: 'Датчики на 500 мест',
      owner: 'Мэрия',
      color: 'teal',
    });
  });

  it('keeps the status and first origin of an initiative from an earlier roadmap', () => {
    const { doc, park } = pastSession();
    const first: CardOrigin = { boardId: null, title: 'Калуга 2024', date: '2024-11-01' };
    updateCard(doc, park, { roadmap: 'in-progress' });
    doc.getMap<Y.Map<unknown>>(CONTENT.cards).get(park)!.set(CARD.origin, first);
    const next = newBoard();
    carryOverInitiatives(next, readBoardContent(doc), origin);
    const cards = listCards(next);
    expect(cards.find((c) => c.title === 'Умная парковка')).toMatchObject({ roadmap: 'in-progress', origin: first });
    expect(cards.find((c) => c.title === 'Малотоннажный СПГ')).toMatchObject({ roadmap: 'not-started', origin });
  });

  it('adds a lane for a track the new board lacks, and one for untitled tracks', () => {
    const past = readBoardContent(pastSession().doc);
    past.lanes[1]!.title = '   ';
    const next = newBoard('blank');
    carryOverInitiatives(next, past, origin);
    expect(listLanes(next).map((lane) => lane.title)).toEqual(['Инициативы прошлой сессии', 'Городская среда']);
    expect(readBoardContent(next).cards.map((card) => card.title)).toEqual(['Малотоннажный СПГ', 'Умная парковка']);
  });

  it('writes nothing but whole cards, and the copy re-imports', () => {
    const next = newBoard();
    const updates: Uint8Array[] = [];
    next.on('update', (update: Uint8Array) => updates.push(update));
    carryOverInitiatives(next, readBoardContent(pastSession().doc), origin);
    expect(updates).toHaveLength(1);
    const content: BoardContent = readBoardContent(next);
    expect(parseBoardContent(structuredClone(content))).toEqual(content);
  });
});
