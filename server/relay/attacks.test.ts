/**
 * The attacks a participant with a raw WebSocket tried on the relay, one test each: what the
 * relay does now, checked through in-memory sockets and the store.
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  CURRENT_SCHEMA_VERSION,
  addGroup,
  deleteCard,
  initBoardContent,
  listCards,
  listLanes,
  readBoardContent,
  renameLane,
  updateMeta,
  type CardId,
} from '../../shared/board';
import { cardsMap, metaMap, sessionMap } from '../../shared/board/docMaps';
import { auditDocument } from '../../shared/board/schema/audit';
import { CONTENT_LAYOUT } from '../../shared/board/schema/documents';
import { encodeSyncStep1, encodeUpdate } from '../../shared/protocol/messages';
import { MemoryStore } from '../store/MemoryStore';
import type { TestClientSocket } from '../test/socketPair';
import { createTestRelay, docFromMessages, settle } from '../test/testRelay';
import { docName } from './docNames';

const BOARD = 'board-under-attack';

async function boardStore(): Promise<MemoryStore> {
  const store = new MemoryStore();
  const doc = new Y.Doc();
  initBoardContent(doc, { title: 'Калуга 2030', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  await store.append([{ doc: BOARD, update: Y.encodeStateAsUpdate(doc) }]);
  return store;
}

async function stored(store: MemoryStore, name = BOARD): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await store.load(name)).updates) Y.applyUpdate(doc, update);
  return doc;
}

/** A client replica of what the server serves now, whose next change is captured as one update. */
async function replica(relay: ReturnType<typeof createTestRelay>['relay'], kind: 'content' | 'session' = 'content', gc = false) {
  const doc = new Y.Doc({ gc });
  Y.applyUpdate(doc, await relay.withBoard(BOARD, (board) => Y.encodeStateAsUpdate(board.room(kind).doc)));
  return {
    doc,
    change(fn: (doc: Y.Doc) => void): Uint8Array {
      const before = Y.encodeStateVector(doc);
      fn(doc);
      return Y.encodeStateAsUpdate(doc, before);
    },
  };
}

const denials = (socket: TestClientSocket) => socket.messages().filter((m) => m.type === 'permission-denied');

describe('attacks on the relay', () => {
  it('a card nested 5,000 maps deep, then its root deleted: refused, nothing half-applied, served = stored', async () => {
    const store = await boardStore();
    const { client, relay } = createTestRelay({ store, maxFrameBytes: 8 * 1024 * 1024 });
    const editor = client(BOARD, 'editor');
    await settle();
    const rogue = await replica(relay);
    const nested = rogue.change((doc) => {
      let map = new Y.Map<unknown>();
      cardsMap(doc).set('deep', map);
      for (let i = 0; i < 5000; i++) {
        const inner = new Y.Map<unknown>();
        map.set('x', inner);
        map = inner;
      }
    });
    // The deletion of its root, made without the nesting (deleting it here would overflow this
    // test's own stack): the same client id and clock name the same root item.
    const shallow = await replica(relay);
    shallow.doc.clientID = rogue.doc.clientID;
    shallow.change((doc) => cardsMap(doc).set('deep', new Y.Map<unknown>()));
    const removal = shallow.change((doc) => cardsMap(doc).delete('deep'));
    editor.send(encodeUpdate(nested));
    editor.send(encodeUpdate(removal));
    await settle();
    expect(denials(editor).length).toBeGreaterThan(0);
    const late = client(BOARD, 'viewer');
    late.send(encodeSyncStep1(new Uint8Array([0])));
    await settle();
    // What a joiner is served applies cleanly and equals what the store holds.
    const served = docFromMessages(late);
    expect(readBoardContent(served)).toEqual(readBoardContent(await stored(store)));
    expect(cardsMap(served).has('deep')).toBe(false);
  });

  it('raw Yjs from an editor: renaming the board or a track, creating a group, schemaVersion 99, a 2 MB title: all refused, none stored', async () => {
    const store = await boardStore();
    const { client, relay } = createTestRelay({ store, maxFrameBytes: 8 * 1024 * 1024, maxBytesPerSecond: 64 * 1024 * 1024 });
    const editor = client(BOARD, 'editor');
    await settle();
    const attempts: Array<(doc: Y.Doc) => void> = [
      (doc) => updateMeta(doc, { title: 'Захваченная сессия' }),
      (doc) => renameLane(doc, listLanes(doc)[0]!.id, 'Моя секция'),
      (doc) => doc.getMap('lanes').delete(listLanes(doc)[1]!.id),
      (doc) => addGroup(doc, { name: 'Тайная группа' }),
      (doc) => metaMap(doc).set('schemaVersion', 99),
      (doc) => {
        const id = addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'x', author: '' });
        cardsMap(doc).get(id)!.set('title', 'x'.repeat(2_000_000));
      },
    ];
    for (const attempt of attempts) {
      const rogue = await replica(relay);
      editor.send(encodeUpdate(rogue.change(attempt)));
      await settle();
    }
    expect(denials(editor)).toHaveLength(attempts.length);
    const after = await stored(store);
    expect(readBoardContent(after).meta).toMatchObject({ title: 'Калуга 2030', schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(listLanes(after).map((lane) => lane.title)).toEqual([
      'Научно-технологическое развитие и точки роста',
      'Базовый сектор экономики',
      'Городская среда',
      'Инфраструктура и ЖКХ',
    ]);
    expect(readBoardContent(after).groups).toEqual([]);
    expect(listCards(after)).toEqual([]);
    expect(auditDocument(after, CONTENT_LAYOUT)).toEqual([]);
  });

  it('an update replayed 50 times is stored once and fanned out once', async () => {
    const store = await boardStore();
    const { client, relay } = createTestRelay({ store });
    const editor = client(BOARD, 'editor');
    const watcher = client(BOARD, 'viewer');
    await settle();
    const append = vi.spyOn(store, 'append');
    watcher.clear();
    const rogue = await replica(relay);
    const update = rogue.change((doc) => addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Умная парковка', author: '' }));
    for (let i = 0; i < 50; i++) editor.send(encodeUpdate(update));
    await settle(10);
    const contentAppends = append.mock.calls.flatMap(([entries]) => entries).filter((entry) => entry.doc === BOARD);
    expect(contentAppends).toHaveLength(1);
    expect(watcher.messages().filter((m) => m.type === 'update')).toHaveLength(1);
    expect(denials(editor)).toEqual([]);
  });

  it('200,000 garbage-collected structs from distinct client ids: refused, no client id enters the board', async () => {
    const store = await boardStore();
    const { client, relay } = createTestRelay({ store, maxFrameBytes: 16 * 1024 * 1024, maxBytesPerSecond: 64 * 1024 * 1024 });
    const editor = client(BOARD, 'editor');
    await settle();
    const before = await relay.withBoard(BOARD, (board) => Y.encodeStateVector(board.content.doc));
    // One update, as y-protocols would carry merged updates of many collecting clients.
    const parts: Uint8Array[] = [];
    for (let i = 0; i < 200; i++) {
      const doc = new Y.Doc({ gc: true });
      doc.clientID = 10_000 + i;
      const card = new Y.Map<unknown>();
      doc.transact(() => {
        cardsMap(doc).set(`junk-${i}`, card);
        for (let j = 0; j < 1000; j++) card.set(`k${j}`, j);
      });
      doc.transact(() => cardsMap(doc).delete(`junk-${i}`));
      parts.push(Y.encodeStateAsUpdate(doc));
    }
    editor.send(encodeUpdate(Y.mergeUpdates(parts)));
    await settle();
    expect(denials(editor).length).toBe(1);
    const after = await relay.withBoard(BOARD, (board) => Y.encodeStateVector(board.content.doc));
    expect(after).toEqual(before);
  });

  it('a card or comment under someone else’s name, and a forged roadmap origin: refused', async () => {
    const store = await boardStore();
    const { client, relay } = createTestRelay({ store });
    const editor = client(BOARD, 'editor');
    await settle();
    for (const attempt of [
      (doc: Y.Doc) => addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'От имени главы', author: 'Глава города' }),
      (doc: Y.Doc) =>
        addCard(doc, {
          laneId: listLanes(doc)[0]!.id,
          title: 'Старое',
          author: '',
          origin: { boardId: null, title: 'Калуга 2020', date: '' },
          roadmap: 'done',
        }),
    ]) {
      const rogue = await replica(relay);
      editor.send(encodeUpdate(rogue.change(attempt)));
      await settle();
    }
    expect(denials(editor)).toHaveLength(2);
    expect(listCards(await stored(store))).toEqual([]);
  });

  it('vote totals written into the session document by a facilitator’s client: refused', async () => {
    const store = await boardStore();
    const { client, relay } = createTestRelay({ store });
    const facilitator = client(BOARD, 'facilitator', 'session');
    await settle();
    const rogue = await replica(relay, 'session');
    facilitator.send(
      encodeUpdate(
        rogue.change((doc) => {
          const totals = new Y.Map<number>();
          sessionMap(doc).set('voteTotals', totals);
          totals.set('any-card', 999);
        }),
      ),
    );
    await settle();
    expect(denials(facilitator)[0]).toMatchObject({ reason: expect.stringMatching(/server/) });
    expect(sessionMap(await stored(store, docName(BOARD, 'session'))).has('voteTotals')).toBe(false);
  });

  it('an editor deleting someone else’s card and undoing it brings it back under its author', async () => {
    const store = await boardStore();
    const { client, relay } = createTestRelay({ store });
    const facilitator = client(BOARD, 'facilitator');
    const editor = client(BOARD, 'editor');
    await settle();
    editor.connection!.participant = { id: 'participant-anna', name: 'Анна' };
    const theirs = await replica(relay);
    facilitator.send(encodeUpdate(theirs.change((doc) => addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Ветропарк', author: 'Борис' }))));
    await settle();
    const mine = await replica(relay);
    const id = listCards(mine.doc)[0]!.id as CardId;
    const undo = new Y.UndoManager(cardsMap(mine.doc));
    editor.send(encodeUpdate(mine.change((doc) => deleteCard(doc, id))));
    await settle();
    expect(listCards(await stored(store))).toEqual([]);
    editor.send(encodeUpdate(mine.change(() => undo.undo())));
    await settle();
    expect(denials(editor)).toEqual([]);
    expect(listCards(await stored(store)).map((card) => [card.title, card.author])).toEqual([['Ветропарк', 'Борис']]);
    // The same trick with a card nobody made under that name is still refused.
    const forger = await replica(relay);
    editor.send(encodeUpdate(forger.change((doc) => addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Подделка', author: 'Борис' }))));
    await settle();
    expect(denials(editor)).toHaveLength(1);
  });
});
