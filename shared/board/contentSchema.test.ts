import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CARD, CONTENT } from './keys';
import {
  addCard,
  addComment,
  addGroup,
  addResource,
  addStage,
  boardContentSchema,
  listLanes,
  parseBoardContent,
  parseBoardContentJson,
  readBoardContent,
  setDescription,
  setLaneGroup,
  updateCard,
  type BoardContent,
} from './index';
import { newBoard } from './test/fixtures';

function richBoard(): Y.Doc {
  const doc = newBoard();
  const [lane] = listLanes(doc);
  const group = addGroup(doc, { name: 'Группа 1', color: 'teal' });
  setLaneGroup(doc, lane!.id, group);
  const card = addCard(doc, { laneId: lane!.id, title: 'Технопарк', author: 'Анна', tags: ['нацпроект'], partners: ['КГУ'] });
  updateCard(doc, card, { kind: 'initiative', status: 'priority', owner: 'Администрация' });
  setDescription(doc, card, 'Площадка 12 га');
  addResource(doc, card, { kind: 'money', amount: 5e8, currency: 'RUB' });
  addStage(doc, card, { title: 'Проект', due: '2027-06-01', done: true });
  addComment(doc, { cardId: card, author: 'Борис', text: 'Кто оператор?', now: 5 });
  return doc;
}

describe('boardContentSchema', () => {
  it('accepts what readBoardContent produces, unchanged', () => {
    const content = readBoardContent(richBoard());
    expect(parseBoardContent(structuredClone(content))).toEqual(content);
  });

  it('accepts the JSON export envelope and a bare board', () => {
    const content = readBoardContent(richBoard());
    const envelope = JSON.stringify({ format: 'stratboard-board', version: 1, exportedAt: '2026-01-01T00:00:00Z', board: content });
    expect(parseBoardContentJson(envelope)).toEqual(content);
    expect(parseBoardContentJson(JSON.stringify(content))).toEqual(content);
  });

  it('accepts an export of a document full of garbage, since readers repair it', () => {
    const doc = richBoard();
    const raw = [...doc.getMap<Y.Map<unknown>>(CONTENT.cards).values()][0]!;
    raw.set(CARD.status, 'exploded');
    raw.set(CARD.tags, [1, 'ok', null]);
    raw.set(CARD.position, { lane: listLanes(doc)[1]!.id, order: '!!' });
    raw.set(CARD.title, 42);
    expect(() => parseBoardContent(JSON.parse(JSON.stringify(readBoardContent(doc))))).not.toThrow();
  });

  it('refuses malformed boards with invalid-input, naming the place', () => {
    const good = readBoardContent(richBoard());
    const broken = (change: (board: BoardContent) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return () => parseBoardContent(copy);
    };
    const card = (board: BoardContent) => board.cards[0]!;
    const cases: Array<[() => unknown, RegExp]> = [
      [broken((b) => (card(b).status = 'done' as never)), /cards\.0\.status/],
      [broken((b) => (card(b).order = 'zz!')), /cards\.0\.order/],
      [broken((b) => (card(b).resources[0]!.currency = 'rub')), /cards\.0\.resources\.0\.currency/],
      [broken((b) => (card(b).stages[0]!.due = '2027-13-01')), /due/],
      [broken((b) => (card(b).description = 'x'.repeat(20_001))), /description/],
      [broken((b) => b.cards.push({ ...card(b) })), /duplicate id/],
      [broken((b) => (b.lanes[1]!.id = b.lanes[0]!.id)), /lanes: duplicate id/],
      [broken((b) => (b.meta.locale = 'de' as never)), /meta\.locale/],
      [broken((b) => delete (b as Partial<BoardContent>).comments), /comments/],
      [() => parseBoardContentJson('{not json'), /not valid JSON/],
      [() => parseBoardContent(null), /input/],
    ];
    for (const [run, message] of cases) {
      expect(run).toThrow(expect.objectContaining({ name: 'BoardModelError', reason: 'invalid-input' }));
      expect(run).toThrow(message);
    }
  });

  it('drops unknown keys instead of refusing a newer export', () => {
    const content = readBoardContent(richBoard());
    const newer = { ...structuredClone(content), votes: { a: 1 }, meta: { ...content.meta, theme: 'dark' } };
    const parsed = boardContentSchema.parse(newer);
    expect(parsed).toEqual(content);
  });
});
