import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { CARD, CONTENT } from './keys';
import {
  addCard,
  addComment,
  addGroup,
  addResource,
  addStage,
  boardContentSchema,
  CANVAS,
  listCards,
  listLanes,
  moveCards,
  parseBoardContent,
  parseBoardContentJson,
  parseBoardExport,
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

describe('roadmap fields in the content schema', () => {
  it('default to null for exports made before roadmaps', () => {
    const content = readBoardContent(richBoard());
    const old = structuredClone(content) as unknown as { cards: Array<Record<string, unknown>> };
    for (const card of old.cards) {
      delete card.roadmap;
      delete card.origin;
    }
    expect(parseBoardContent(old).cards[0]).toMatchObject({ roadmap: null, origin: null });
  });

  it('keep a status and origin, and refuse bad ones', () => {
    const content = readBoardContent(richBoard());
    const origin = { boardId: 'pastBoard0001', title: 'Калуга 2025', date: '2025-11-20' };
    const carried = { ...content, cards: [{ ...content.cards[0]!, roadmap: 'done' as const, origin }] };
    expect(parseBoardContent(structuredClone(carried)).cards[0]).toMatchObject({ roadmap: 'done', origin });
    expect(() => parseBoardContent({ ...carried, cards: [{ ...carried.cards[0], roadmap: 'later' }] })).toThrow(/cards\.0\.roadmap/);
    expect(() => parseBoardContent({ ...carried, cards: [{ ...carried.cards[0], origin: { ...origin, date: 'вчера' } }] })).toThrow(/cards\.0\.origin\.date/);
  });
});

describe('parseBoardExport', () => {
  const envelope = (board: unknown, extra: Record<string, unknown> = {}) => ({
    format: 'stratboard-board',
    version: 2,
    exportedAt: '2026-01-01T00:00:00Z',
    board,
    ...extra,
  });

  it('reads a version-1 export (before the canvas): frames and places take their defaults', () => {
    const content = readBoardContent(richBoard());
    const v1 = JSON.parse(JSON.stringify(content));
    for (const lane of v1.lanes) delete lane.frame;
    for (const card of v1.cards) for (const key of ['x', 'y', 'size', 'z']) delete card[key];
    const read = parseBoardExport(envelope(v1, { version: 1 }));
    expect(read.cards.map((card) => card.title)).toEqual(content.cards.map((card) => card.title));
    expect(read.cards[0]).toMatchObject({ laneId: content.cards[0]!.laneId, x: 0, y: 0, size: CANVAS.card.default, z: 'a0' });
    expect(read.lanes[0]!.frame).toEqual({ x: 0, y: 0, ...CANVAS.lane.default });
  });

  it('keeps the canvas of a version-2 export: frames, places, sizes, stacking, the parking lot', () => {
    const doc = richBoard();
    const [card] = listCards(doc);
    moveCards(doc, [{ id: card!.id, to: { x: -5_000, y: -5_000 } }]);
    const content = readBoardContent(doc);
    const read = parseBoardExport(JSON.parse(JSON.stringify(envelope(content))));
    expect(read).toEqual(content);
    expect(read.cards.find((c) => c.id === card!.id)).toMatchObject({ laneId: null, x: -5_000, y: -5_000 });
  });

  it('reads the export envelope', () => {
    const content = readBoardContent(richBoard());
    expect(parseBoardExport(JSON.parse(JSON.stringify(envelope(content))))).toEqual(content);
  });

  it('refuses foreign JSON, other versions and bad fields, saying which', () => {
    const content = readBoardContent(richBoard());
    const badCards = content.cards.map((card) => ({ ...card, status: 'done' }));
    const cases: Array<[unknown, RegExp]> = [
      [null, /not a Stratboard board export/],
      [[1, 2], /not a Stratboard board export/],
      [{ name: 'Trello board', lists: [] }, /not a Stratboard board export: "format" must be "stratboard-board"/],
      [content, /not a Stratboard board export/],
      [envelope(content, { version: 3 }), /unsupported export version 3: this server reads versions 1 and 2/],
      [envelope(content, { version: undefined }), /unsupported export version null/],
      [envelope({ ...content, cards: badCards }), /invalid board in the export: board\.cards\.0\.status/],
      [envelope(undefined), /board: /],
    ];
    for (const [value, message] of cases) {
      expect(() => parseBoardExport(value)).toThrow(expect.objectContaining({ name: 'BoardModelError', reason: 'invalid-input' }));
      expect(() => parseBoardExport(value)).toThrow(message);
    }
  });

  it('names a few problems and counts the rest', () => {
    const content = readBoardContent(richBoard());
    const many = Array.from({ length: 9 }, (_, i) => ({ ...content.cards[0]!, id: `c${i}`, status: 'done' }));
    expect(() => parseBoardExport(envelope({ ...content, cards: many }))).toThrow(/\(and 4 more\)$/);
  });
});
