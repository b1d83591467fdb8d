/**
 * The DocStore contract: every adapter (memory, SQLite, PostgreSQL) runs this same suite.
 * It tests only behaviour visible through the interface.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardRecord, DocStore } from './DocStore';

export interface StoreFixture {
  store: DocStore;
  cleanup: () => Promise<void>;
}

const record = (id: string): BoardRecord => ({
  id,
  createdAt: 1_700_000_000_000,
  locale: 'ru',
  linkHashes: { facilitator: 'a'.repeat(64), editor: 'b'.repeat(64), expert: 'e'.repeat(64), viewer: 'c'.repeat(64) },
});

/** A doc that records every update it produces, like a client. */
function writer() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates, take: () => updates.splice(0) };
}

async function stateOf(store: DocStore, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await store.load(name)).updates) Y.applyUpdate(doc, update);
  return doc;
}

export function describeDocStore(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`DocStore contract: ${name}`, () => {
    let fixture: StoreFixture;
    let store: DocStore;
    let prefix: string;
    beforeEach(async () => {
      fixture = await makeStore();
      store = fixture.store;
      prefix = `t${Math.random().toString(36).slice(2, 10)}`;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('creates and reads a board record; unknown ids are null', async () => {
      const w = writer();
      w.doc.getMap('meta').set('title', 'Городская среда');
      await store.createBoard(record(`${prefix}b1`), [{ doc: `${prefix}b1`, update: Y.encodeStateAsUpdate(w.doc) }]);
      expect(await store.getBoard(`${prefix}b1`)).toEqual(record(`${prefix}b1`));
      expect(await store.getBoard(`${prefix}nope`)).toBeNull();
      expect((await stateOf(store, `${prefix}b1`)).getMap('meta').get('title')).toBe('Городская среда');
    });

    it('refuses a duplicate board id without touching the original', async () => {
      await store.createBoard(record(`${prefix}dup`), []);
      const other = { ...record(`${prefix}dup`), locale: 'en' as const };
      await expect(store.createBoard(other, [{ doc: `${prefix}dup`, update: new Uint8Array([0, 0]) }])).rejects.toMatchObject({ reason: 'board-exists' });
      expect((await store.getBoard(`${prefix}dup`))?.locale).toBe('ru');
      expect((await store.load(`${prefix}dup`)).updates).toHaveLength(0);
    });

    it('replaces one link hash; false for an unknown board', async () => {
      await store.createBoard(record(`${prefix}rot`), []);
      expect(await store.setLinkHash(`${prefix}rot`, 'editor', 'd'.repeat(64))).toBe(true);
      const board = await store.getBoard(`${prefix}rot`);
      expect(board?.linkHashes).toEqual({ facilitator: 'a'.repeat(64), editor: 'd'.repeat(64), expert: 'e'.repeat(64), viewer: 'c'.repeat(64) });
      expect(await store.setLinkHash(`${prefix}missing`, 'editor', 'x')).toBe(false);
    });

    it('keeps sealed share links with the board and replaces them with a rotation', async () => {
      await store.createBoard({ ...record(`${prefix}seal`), sealedLinks: { editor: 'sealed-e', viewer: 'sealed-v' } }, []);
      expect((await store.getBoard(`${prefix}seal`))?.sealedLinks).toEqual({ editor: 'sealed-e', viewer: 'sealed-v' });
      await store.setLinkHash(`${prefix}seal`, 'viewer', 'f'.repeat(64));
      expect((await store.getBoard(`${prefix}seal`))?.sealedLinks).toEqual({ editor: 'sealed-e', viewer: 'sealed-v' });
      await store.setLinkHash(`${prefix}seal`, 'viewer', 'f'.repeat(64), { editor: 'sealed-e', viewer: 'sealed-v2' });
      const board = await store.getBoard(`${prefix}seal`);
      expect(board?.sealedLinks).toEqual({ editor: 'sealed-e', viewer: 'sealed-v2' });
      expect(board?.linkHashes.viewer).toBe('f'.repeat(64));
    });

    it('appends across documents in one call and loads each in order', async () => {
      const a = writer();
      const s = writer();
      a.doc.getArray('list').push([1]);
      s.doc.getMap('session').set('locked', true);
      a.doc.getArray('list').push([2]);
      await store.append([...a.take().map((update) => ({ doc: `${prefix}a`, update })), ...s.take().map((update) => ({ doc: `${prefix}a/session`, update }))]);
      a.doc.getArray('list').push([3]);
      await store.append(a.take().map((update) => ({ doc: `${prefix}a`, update })));
      const loaded = await store.load(`${prefix}a`);
      expect(loaded.logLength).toBe(3);
      expect((await stateOf(store, `${prefix}a`)).getArray('list').toArray()).toEqual([1, 2, 3]);
      expect((await stateOf(store, `${prefix}a/session`)).getMap('session').get('locked')).toBe(true);
      expect((await stateOf(store, `${prefix}a/session`)).getArray('list').length).toBe(0);
    });

    it('loads an unknown document as empty', async () => {
      expect(await store.load(`${prefix}ghost`)).toEqual({ updates: [], logLength: 0 });
      expect(await store.logLength(`${prefix}ghost`)).toBe(0);
      expect(await store.compact(`${prefix}ghost`)).toBe(0);
    });

    it('keeps large binary updates byte for byte', async () => {
      const big = new Uint8Array(3 * 1024 * 1024);
      for (let i = 0; i < big.length; i++) big[i] = (i * 31) % 251;
      await store.append([{ doc: `${prefix}big`, update: big }]);
      const loaded = await store.load(`${prefix}big`);
      expect(loaded.updates[0]?.length).toBe(big.length);
      expect(Buffer.compare(Buffer.from(loaded.updates[0]!), Buffer.from(big))).toBe(0);
    });

    it('is not corrupted by callers reusing their buffers', async () => {
      const w = writer();
      w.doc.getMap('m').set('k', 'v');
      const [update] = w.take();
      await store.append([{ doc: `${prefix}copy`, update: update! }]);
      update!.fill(0);
      expect((await stateOf(store, `${prefix}copy`)).getMap('m').get('k')).toBe('v');
    });

    it('compacts: same state, shorter log', async () => {
      const w = writer();
      for (let i = 0; i < 50; i++) {
        w.doc.getMap('cards').set(`c${i}`, i);
        if (i % 3 === 0) w.doc.getMap('cards').delete(`c${i}`);
      }
      await store.append(w.take().map((update) => ({ doc: `${prefix}c`, update })));
      expect(await store.logLength(`${prefix}c`)).toBe(67);
      expect(await store.compact(`${prefix}c`)).toBe(67);
      expect(await store.logLength(`${prefix}c`)).toBe(0);
      const after = await store.load(`${prefix}c`);
      expect(after.logLength).toBe(0);
      expect(after.updates).toHaveLength(1);
      expect((await stateOf(store, `${prefix}c`)).getMap('cards').toJSON()).toEqual(w.doc.getMap('cards').toJSON());
      // A second round merges the snapshot with the new tail.
      w.doc.getMap('cards').set('late', 1);
      await store.append(w.take().map((update) => ({ doc: `${prefix}c`, update })));
      expect(await store.compact(`${prefix}c`)).toBe(1);
      expect((await stateOf(store, `${prefix}c`)).getMap('cards').toJSON()).toEqual(w.doc.getMap('cards').toJSON());
    });

    it('loses nothing appended while a compaction runs', async () => {
      const w = writer();
      for (let i = 0; i < 20; i++) w.doc.getArray('log').push([i]);
      await store.append(w.take().map((update) => ({ doc: `${prefix}race`, update })));
      const compaction = store.compact(`${prefix}race`);
      w.doc.getArray('log').push(['during']);
      await store.append(w.take().map((update) => ({ doc: `${prefix}race`, update })));
      await compaction;
      expect((await stateOf(store, `${prefix}race`)).getArray('log').toArray()).toEqual(w.doc.getArray('log').toArray());
      expect(await store.logLength(`${prefix}race`)).toBeGreaterThanOrEqual(0);
    });

    it('survives two concurrent compactions of one document', async () => {
      const w = writer();
      for (let i = 0; i < 30; i++) w.doc.getMap('m').set(`k${i}`, i);
      await store.append(w.take().map((update) => ({ doc: `${prefix}two`, update })));
      const first = store.compact(`${prefix}two`);
      w.doc.getMap('m').set('between', true);
      await store.append(w.take().map((update) => ({ doc: `${prefix}two`, update })));
      const second = store.compact(`${prefix}two`);
      await Promise.all([first, second]);
      expect((await stateOf(store, `${prefix}two`)).getMap('m').toJSON()).toEqual(w.doc.getMap('m').toJSON());
    });

    it('keeps documents apart', async () => {
      const a = writer();
      const b = writer();
      a.doc.getMap('m').set('who', 'a');
      b.doc.getMap('m').set('who', 'b');
      await store.append([...a.take().map((update) => ({ doc: `${prefix}x`, update })), ...b.take().map((update) => ({ doc: `${prefix}x/session`, update }))]);
      await store.compact(`${prefix}x`);
      expect((await stateOf(store, `${prefix}x`)).getMap('m').get('who')).toBe('a');
      expect((await stateOf(store, `${prefix}x/session`)).getMap('m').get('who')).toBe('b');
      expect(await store.logLength(`${prefix}x/session`)).toBe(1);
    });

    it('keeps named versions: newest first without state, each loadable by id', async () => {
      const w = writer();
      w.doc.getMap('cards').set('c1', 'Набережная');
      const first = Y.encodeStateAsUpdate(w.doc);
      w.doc.getMap('cards').set('c2', 'Технопарк');
      const second = Y.encodeStateAsUpdate(w.doc);
      const board = `${prefix}hist`;
      await store.saveVersion(board, { id: 'v1', name: 'Этап: Шорт-лист', createdAt: 1000, trigger: 'phase', state: first });
      await store.saveVersion(board, { id: 'v2', name: 'Перед голосованием', createdAt: 2000, trigger: 'manual', state: second });
      // Same millisecond as v2: the one saved later comes first.
      await store.saveVersion(board, { id: 'v3', name: 'Перед восстановлением', createdAt: 2000, trigger: 'restore', state: second });
      expect(await store.listVersions(board)).toEqual([
        { id: 'v3', name: 'Перед восстановлением', createdAt: 2000, trigger: 'restore' },
        { id: 'v2', name: 'Перед голосованием', createdAt: 2000, trigger: 'manual' },
        { id: 'v1', name: 'Этап: Шорт-лист', createdAt: 1000, trigger: 'phase' },
      ]);
      const loaded = await store.loadVersion(board, 'v1');
      expect(loaded).toMatchObject({ id: 'v1', name: 'Этап: Шорт-лист', createdAt: 1000, trigger: 'phase' });
      const doc = new Y.Doc();
      Y.applyUpdate(doc, loaded!.state);
      expect(doc.getMap('cards').toJSON()).toEqual({ c1: 'Набережная' });
    });

    it('keeps versions per board; unknown boards and ids are empty or null', async () => {
      const state = new Uint8Array([0, 0]);
      await store.saveVersion(`${prefix}va`, { id: 'same', name: 'A', createdAt: 1, trigger: 'manual', state });
      await store.saveVersion(`${prefix}vb`, { id: 'same', name: 'B', createdAt: 1, trigger: 'manual', state });
      expect((await store.loadVersion(`${prefix}va`, 'same'))?.name).toBe('A');
      expect((await store.loadVersion(`${prefix}vb`, 'same'))?.name).toBe('B');
      expect(await store.loadVersion(`${prefix}va`, 'other')).toBeNull();
      expect(await store.listVersions(`${prefix}none`)).toEqual([]);
      expect(await store.loadVersion(`${prefix}none`, 'same')).toBeNull();
    });

    it('keeps a version byte for byte, whatever the caller does with its buffer', async () => {
      const state = new Uint8Array(256 * 1024).map((_, i) => (i * 7) % 256);
      const copy = state.slice();
      await store.saveVersion(`${prefix}vbytes`, { id: 'v', name: 'big', createdAt: 5, trigger: 'manual', state });
      state.fill(0);
      const loaded = await store.loadVersion(`${prefix}vbytes`, 'v');
      expect(Buffer.compare(Buffer.from(loaded!.state), Buffer.from(copy))).toBe(0);
      loaded!.state.fill(1);
      const again = await store.loadVersion(`${prefix}vbytes`, 'v');
      expect(Buffer.compare(Buffer.from(again!.state), Buffer.from(copy))).toBe(0);
    });

    it('answers ping and closes idempotently', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await store.close();
    });
  });
}
