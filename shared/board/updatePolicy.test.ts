import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectUpdate } from '../protocol/updateInspection';
import {
  addCard,
  addComment,
  addGroup,
  addLane,
  bringToFront,
  deleteCard,
  duplicateCards,
  deleteComment,
  initBoardContent,
  joinGroup,
  listLanes,
  moveCards,
  moveLaneFrame,
  renameLane,
  resizeCard,
  resizeLaneFrame,
  setPhase,
  spliceDescription,
  updateCard,
  updateMeta,
  type CardId,
  type GroupId,
  type Role,
} from './index';
import { cardsMap, metaMap, sessionMap } from './docMaps';
import { CARD } from './keys';
import type { SessionGate } from './rules';
import { judgeContentUpdate, judgeSessionUpdate, type FirstSeen, type Writer } from './updatePolicy';

const OPEN: SessionGate = { locked: false, phase: 'ideas' };
const anna = { id: 'participant-anna', name: 'Анна Петрова' };

/** A server document with tracks, and a client replica in sync with it. */
function setup() {
  const server = new Y.Doc();
  initBoardContent(server, { title: 'Калуга 2030', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  const replica = () => {
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    return doc;
  };
  let client = replica();
  const firstSeen = new Map<string, FirstSeen>();
  /** Judges what `change` does on the client, as `writer`; applies it to the server when accepted. */
  const attempt = (writer: Writer, change: (doc: Y.Doc) => void, session = OPEN) => {
    change(client);
    const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    const verdict = judgeContentUpdate(inspectUpdate(server, update), writer, { doc: server, session, firstSeen: (_, id) => firstSeen.get(id) ?? null });
    if (verdict.ok) {
      Y.applyUpdate(server, update);
      for (const record of verdict.created) if (!firstSeen.has(record.id)) firstSeen.set(record.id, { author: record.author, origin: record.origin });
    } else {
      // A refused client cannot build on its refused edit: it starts again from the server's state.
      client = replica();
    }
    return verdict;
  };
  return {
    server,
    get client() {
      return client;
    },
    attempt,
    laneId: listLanes(server)[0]!.id,
  };
}

const as = (role: Role, participant: Writer['participant'] = anna): Writer => ({ role, participant });
const refusal = (verdict: ReturnType<ReturnType<typeof setup>['attempt']>) => (verdict.ok ? null : verdict.reason);

describe('judgeContentUpdate', () => {
  it('lets an editor add, edit, type into and delete cards under their own name', () => {
    const { attempt, laneId } = setup();
    let id = '' as CardId;
    expect(refusal(attempt(as('editor'), (doc) => (id = addCard(doc, { laneId, title: 'Умная парковка', author: anna.name }))))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => updateCard(doc, id, { status: 'shortlisted', owner: 'Мэрия', tags: ['транспорт'] })))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => spliceDescription(doc, id, 0, 0, 'Датчики на 200 местах')))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => deleteCard(doc, id)))).toBeNull();
  });

  it('refuses a card or comment whose author is someone else, unless a facilitator writes it', () => {
    const { attempt, laneId } = setup();
    expect(refusal(attempt(as('editor'), (doc) => addCard(doc, { laneId, title: 'Ветропарк', author: 'Глава города' })))).toMatch(/author/);
    expect(refusal(attempt(as('editor', null), (doc) => addCard(doc, { laneId, title: 'Ветропарк', author: 'Глава города' })))).toMatch(/author/);
    let id = '' as CardId;
    expect(refusal(attempt(as('facilitator'), (doc) => (id = addCard(doc, { laneId, title: 'Ветропарк', author: 'Глава города' }))))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => addComment(doc, { cardId: id, author: 'Глава города', text: 'Поддерживаю' })))).toMatch(/author/);
    expect(refusal(attempt(as('editor'), (doc) => addComment(doc, { cardId: id, author: anna.name, text: 'Поддерживаю' })))).toBeNull();
    // A later change of an author is a facilitator's correction only.
    expect(refusal(attempt(as('editor'), (doc) => cardsMap(doc).get(id)!.set('author', anna.name)))).toMatch(/only facilitators/);
  });

  it('lets an editor bring back a card they deleted, with its first author (undo)', () => {
    const board = setup();
    const { attempt, laneId } = board;
    let id = '' as CardId;
    attempt(as('facilitator'), (doc) => (id = addCard(doc, { laneId, title: 'Химический кластер', author: 'Борис' })));
    const undo = new Y.UndoManager(cardsMap(board.client));
    expect(refusal(attempt(as('editor'), (doc) => deleteCard(doc, id)))).toBeNull();
    expect(refusal(attempt(as('editor'), () => undo.undo()))).toBeNull();
    expect(cardsMap(board.server).get(id)?.get('author')).toBe('Борис');
  });

  it('keeps tracks, groups and the board title to facilitators', () => {
    const { attempt, laneId } = setup();
    expect(refusal(attempt(as('editor'), (doc) => renameLane(doc, laneId, 'Захвачено')))).toMatch(/only facilitators/);
    expect(refusal(attempt(as('editor'), (doc) => addLane(doc, { title: 'Своя секция' })))).toMatch(/only facilitators/);
    expect(refusal(attempt(as('editor'), (doc) => addGroup(doc, { name: 'Группа 1' })))).toMatch(/only facilitators/);
    expect(refusal(attempt(as('editor'), (doc) => updateMeta(doc, { title: 'Другая сессия' })))).toMatch(/only facilitators/);
    expect(refusal(attempt(as('facilitator'), (doc) => renameLane(doc, laneId, 'Наука и точки роста')))).toBeNull();
    expect(refusal(attempt(as('facilitator'), (doc) => updateMeta(doc, { title: 'Калуга 2035' })))).toBeNull();
  });

  it('lets an editor arrange cards on the canvas, but only facilitators move or resize the lanes', () => {
    const { attempt, laneId } = setup();
    let id = '' as CardId;
    expect(refusal(attempt(as('editor'), (doc) => (id = addCard(doc, { laneId, title: 'Умная парковка', author: anna.name }))))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => moveCards(doc, [{ id, to: { x: -4_000, y: 3_000 } }])))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => resizeCard(doc, id, { x: -4_000, y: 3_000, w: 400, h: 300 })))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => bringToFront(doc, [id])))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => duplicateCards(doc, [id], anna.name)))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => moveLaneFrame(doc, laneId, { x: 5_000, y: 0 })))).toMatch(/lane\.frame: only facilitators/);
    expect(refusal(attempt(as('editor'), (doc) => resizeLaneFrame(doc, laneId, { x: 0, y: 0, w: 2_000, h: 2_000 })))).toMatch(/lane\.frame/);
    expect(refusal(attempt(as('facilitator'), (doc) => moveLaneFrame(doc, laneId, { x: 5_000, y: 0 })))).toBeNull();
  });

  it('refuses places off the canvas and sizes outside the limits, written raw', () => {
    const { attempt, laneId } = setup();
    let id = '' as CardId;
    attempt(as('editor'), (doc) => (id = addCard(doc, { laneId, title: 'Ветропарк', author: anna.name })));
    const raw = (key: string, value: unknown) => (doc: Y.Doc) => cardsMap(doc).get(id)!.set(key, value);
    expect(refusal(attempt(as('editor'), raw(CARD.position, { lane: laneId, order: 'a0', x: 1e9, y: 0 })))).toMatch(/\.pos: Too big/);
    expect(refusal(attempt(as('editor'), raw(CARD.position, { lane: laneId, order: 'a0' })))).toMatch(/\.pos: /);
    expect(refusal(attempt(as('editor'), raw(CARD.size, { w: 1e6, h: 100 })))).toMatch(/\.size: Too big/);
    // Nothing rides along inside a place or a size.
    expect(refusal(attempt(as('editor'), raw(CARD.size, { w: 200, h: 140, extra: 'x'.repeat(10) })))).toMatch(/\.size: /);
    expect(refusal(attempt(as('editor'), raw(CARD.position, { lane: laneId, order: 'a0', x: 0, y: 0, note: 'x' })))).toMatch(/\.pos: /);
    expect(refusal(attempt(as('editor'), raw(CARD.z, 'not a key!')))).toMatch(/\.z: /);
    expect(refusal(attempt(as('editor'), raw(CARD.position, { lane: '', order: 'a0', x: 10, y: 10 })))).toBeNull();
  });

  it('keeps the schema version to the server, even from a facilitator', () => {
    const { attempt } = setup();
    expect(refusal(attempt(as('facilitator'), (doc) => metaMap(doc).set('schemaVersion', 99)))).toMatch(/server/);
  });

  it('refuses values outside the schema: a 2 MB title, a bad status, an unknown field or top-level type', () => {
    const { attempt, laneId } = setup();
    let id = '' as CardId;
    attempt(as('editor'), (doc) => (id = addCard(doc, { laneId, title: 'Бережливое производство', author: anna.name })));
    const card = (doc: Y.Doc) => cardsMap(doc).get(id)!;
    expect(refusal(attempt(as('facilitator'), (doc) => card(doc).set('title', 'x'.repeat(2_000_000))))).toMatch(/cards\..*\.title/);
    expect(refusal(attempt(as('facilitator'), (doc) => card(doc).set('status', 'approved-by-mayor')))).toMatch(/status/);
    expect(refusal(attempt(as('facilitator'), (doc) => card(doc).set('votes', 999)))).toMatch(/no such field/);
    expect(refusal(attempt(as('facilitator'), (doc) => doc.getMap('evil').set('x', 1)))).toMatch(/not part of this document/);
    expect(refusal(attempt(as('facilitator'), (doc) => card(doc).set('description', 'plain string')))).toMatch(/shared text/);
    // Raw Yjs, past the command's own check: the relay enforces the limit by itself.
    const description = (doc: Y.Doc) => card(doc).get('description') as Y.Text;
    expect(refusal(attempt(as('editor'), (doc) => description(doc).insert(0, 'я'.repeat(20_001))))).toMatch(/at most 20000 characters/);
    expect(refusal(attempt(as('editor'), (doc) => description(doc).insert(0, 'я'.repeat(20_000))))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => description(doc).insert(0, 'я')))).toMatch(/at most 20000 characters/);
    expect(refusal(attempt(as('editor'), (doc) => description(doc).delete(0, 10)))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => description(doc).insert(0, 'я'.repeat(10))))).toBeNull();
  });

  it('keeps roadmap origins to facilitators and roadmap statuses to carried-over initiatives', () => {
    const { attempt, laneId } = setup();
    expect(
      refusal(
        attempt(as('editor'), (doc) =>
          addCard(doc, { laneId, title: 'Старый проект', author: anna.name, origin: { boardId: null, title: 'Калуга 2025', date: '' } }),
        ),
      ),
    ).toMatch(/origin/);
    let plain = '' as CardId;
    attempt(as('editor'), (doc) => (plain = addCard(doc, { laneId, title: 'Новая идея', author: anna.name })));
    expect(refusal(attempt(as('editor'), (doc) => updateCard(doc, plain, { roadmap: 'done' })))).toMatch(/roadmap/);
    let carried = '' as CardId;
    attempt(
      as('facilitator'),
      (doc) =>
        (carried = addCard(doc, {
          laneId,
          title: 'Умный переход',
          author: 'Борис',
          roadmap: 'not-started',
          origin: { boardId: null, title: 'Калуга 2025', date: '2025-12-01' },
        })),
    );
    expect(refusal(attempt(as('editor'), (doc) => updateCard(doc, carried, { roadmap: 'in-progress' })))).toBeNull();
  });

  it('refuses viewers and experts everything, and editors while the board is locked', () => {
    const { attempt, laneId } = setup();
    expect(refusal(attempt(as('viewer'), (doc) => addCard(doc, { laneId, title: 'x', author: anna.name })))).toMatch(/viewer/);
    expect(refusal(attempt(as('expert'), (doc) => addCard(doc, { laneId, title: 'x', author: anna.name })))).toMatch(/expert/);
    expect(refusal(attempt(as('editor'), (doc) => addCard(doc, { laneId, title: 'x', author: anna.name }), { locked: true, phase: 'ideas' }))).toMatch(
      /locked/,
    );
    expect(refusal(attempt(as('facilitator'), (doc) => addCard(doc, { laneId, title: 'x', author: 'Анна' }), { locked: true, phase: 'closed' }))).toBeNull();
  });

  it('lets people join or leave groups themselves only, under their own name', () => {
    const { attempt } = setup();
    let group = '' as GroupId;
    attempt(as('facilitator'), (doc) => (group = addGroup(doc, { name: 'Группа 1' })));
    expect(refusal(attempt(as('editor'), (doc) => joinGroup(doc, group, { key: anna.id, name: anna.name })))).toBeNull();
    expect(refusal(attempt(as('editor'), (doc) => joinGroup(doc, group, { key: 'participant-boris', name: 'Борис' })))).toMatch(/other people/);
    expect(refusal(attempt(as('editor'), (doc) => joinGroup(doc, group, { key: anna.id, name: 'Кто-то другой' })))).toMatch(/own name/);
    expect(refusal(attempt(as('facilitator'), (doc) => joinGroup(doc, group, { key: 'participant-boris', name: 'Борис' })))).toBeNull();
  });

  it('lets an editor remove their own comments only', () => {
    const { attempt, laneId } = setup();
    let card = '' as CardId;
    attempt(as('editor'), (doc) => (card = addCard(doc, { laneId, title: 'Цифровой город', author: anna.name })));
    let mine = '' as ReturnType<typeof addComment>;
    let theirs = '' as ReturnType<typeof addComment>;
    attempt(as('editor'), (doc) => (mine = addComment(doc, { cardId: card, author: anna.name, text: 'Моё' })));
    attempt(as('facilitator'), (doc) => (theirs = addComment(doc, { cardId: card, author: 'Ведущий', text: 'Не моё' })));
    expect(refusal(attempt(as('editor'), (doc) => deleteComment(doc, theirs)))).toMatch(/author/);
    expect(refusal(attempt(as('editor'), (doc) => deleteComment(doc, mine)))).toBeNull();
  });

  it('caps how many records a board holds', () => {
    const { attempt } = setup();
    const verdict = attempt(as('facilitator'), (doc) => {
      for (let i = 0; i < 50; i++) addLane(doc, { title: `Секция ${i}` });
    });
    expect(refusal(verdict)).toMatch(/at most 50/);
  });
});

describe('judgeSessionUpdate', () => {
  const session = () => {
    const server = new Y.Doc();
    let client = new Y.Doc({ gc: false });
    const judge = (writer: Writer, change: (doc: Y.Doc) => void) => {
      change(client);
      const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
      const verdict = judgeSessionUpdate(inspectUpdate(server, update), writer, { doc: server, session: OPEN, firstSeen: () => null });
      if (verdict.ok) Y.applyUpdate(server, update);
      else {
        client = new Y.Doc({ gc: false });
        Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
      }
      return verdict.ok ? null : verdict.reason;
    };
    return { judge };
  };

  it('lets facilitators run the session within its schema and nobody write totals', () => {
    const { judge } = session();
    expect(judge(as('facilitator'), (doc) => setPhase(doc, 'voting'))).toBeNull();
    expect(judge(as('editor'), (doc) => setPhase(doc, 'closed'))).toMatch(/only facilitators/);
    expect(judge(as('facilitator'), (doc) => sessionMap(doc).set('phase', 'party'))).toMatch(/phase/);
    expect(
      judge(as('facilitator'), (doc) => {
        const totals = new Y.Map<number>();
        sessionMap(doc).set('voteTotals', totals);
        totals.set('card', 999);
      }),
    ).toMatch(/server/);
  });
});
