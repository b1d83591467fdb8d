/**
 * The DocStore contract: every adapter (memory, SQLite, PostgreSQL) runs this same suite.
 * It tests only behaviour visible through the interface.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '../../shared/board/types';
import type { BoardRecord, DocStore, StoredBoard, Version } from './DocStore';

export interface StoreFixture {
  store: DocStore;
  cleanup: () => Promise<void>;
}

const CREATED = 1_700_000_000_000;

const record = (id: string, createdAt = CREATED): BoardRecord => ({
  id,
  createdAt,
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

/** A generous bound, for tests that are not about it. */
const KEEP = 100;

/** A small version whose content is told apart by `digest` alone. */
const version = (id: string, createdAt: number, digest?: string): Version => ({
  id,
  name: `v ${id}`,
  createdAt,
  trigger: 'manual',
  state: new Uint8Array([0, 0]),
  ...(digest === undefined ? {} : { digest }),
});

/** A rotation of one role, as the rotate route makes it: from the record it is handed. */
const rotation = (role: Exclude<Role, 'facilitator'>, hash: string, sealed: string) => (board: BoardRecord) => ({
  linkHashes: { ...board.linkHashes, [role]: hash },
  sealedLinks: { ...board.sealedLinks, [role]: sealed },
});

async function stateOf(store: DocStore, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await store.load(name)).updates) Y.applyUpdate(doc, update);
  return doc;
}

/** The documents of a board, as the relay names them. */
const docsOf = (id: string) => [id, `${id}/session`, `${id}/private`];

/** A small Yjs update for `doc`, told apart by `text`. */
function edit(doc: string, text: string) {
  const w = writer();
  w.doc.getMap('m').set('text', text);
  return { doc, update: Y.encodeStateAsUpdate(w.doc) };
}

/** What the adapter should count for a board: every stored update of its documents and every version state. */
async function expectedBytes(store: DocStore, id: string): Promise<number> {
  let bytes = 0;
  for (const doc of docsOf(id)) for (const update of (await store.load(doc)).updates) bytes += update.length;
  for (const info of await store.listVersions(id)) bytes += (await store.loadVersion(id, info.id))!.state.length;
  return bytes;
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
      vi.useRealTimers();
      await fixture.cleanup();
    });

    /** This test's boards (a shared PostgreSQL schema also holds other tests' boards), by id. */
    const listed = async (): Promise<Map<string, StoredBoard>> =>
      new Map((await store.listBoards()).filter((board) => board.record.id.startsWith(prefix)).map((board) => [board.record.id, board]));

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

    it('rotates a link from the current record and returns the record written; null for an unknown board', async () => {
      await store.createBoard(record(`${prefix}rot`), []);
      const seen: BoardRecord[] = [];
      const rotated = await store.rotateLink(`${prefix}rot`, (board) => {
        seen.push(structuredClone(board));
        return { linkHashes: { ...board.linkHashes, editor: 'd'.repeat(64) } };
      });
      expect(seen).toEqual([record(`${prefix}rot`)]);
      const expected = {
        ...record(`${prefix}rot`),
        linkHashes: { facilitator: 'a'.repeat(64), editor: 'd'.repeat(64), expert: 'e'.repeat(64), viewer: 'c'.repeat(64) },
      };
      expect(rotated).toEqual(expected);
      expect(await store.getBoard(`${prefix}rot`)).toEqual(expected);
      let called = false;
      const missing = await store.rotateLink(`${prefix}missing`, () => {
        called = true;
        return { linkHashes: record('x').linkHashes };
      });
      expect(missing).toBeNull();
      expect(called).toBe(false);
    });

    it('writes nothing when the update declines, and answers with the record as it is', async () => {
      await store.createBoard(record(`${prefix}decline`), []);
      expect(await store.rotateLink(`${prefix}decline`, () => null)).toEqual(record(`${prefix}decline`));
      expect(await store.getBoard(`${prefix}decline`)).toEqual(record(`${prefix}decline`));
    });

    it('keeps sealed share links with the board and replaces them with a rotation', async () => {
      await store.createBoard({ ...record(`${prefix}seal`), sealedLinks: { editor: 'sealed-e', viewer: 'sealed-v' } }, []);
      expect((await store.getBoard(`${prefix}seal`))?.sealedLinks).toEqual({ editor: 'sealed-e', viewer: 'sealed-v' });
      await store.rotateLink(`${prefix}seal`, (board) => ({ linkHashes: { ...board.linkHashes, viewer: 'f'.repeat(64) } }));
      expect((await store.getBoard(`${prefix}seal`))?.sealedLinks).toEqual({ editor: 'sealed-e', viewer: 'sealed-v' });
      await store.rotateLink(`${prefix}seal`, rotation('viewer', 'f'.repeat(64), 'sealed-v2'));
      const board = await store.getBoard(`${prefix}seal`);
      expect(board?.sealedLinks).toEqual({ editor: 'sealed-e', viewer: 'sealed-v2' });
      expect(board?.linkHashes.viewer).toBe('f'.repeat(64));
    });

    it('loses neither of two concurrent rotations of different roles', async () => {
      const id = `${prefix}race`;
      await store.createBoard({ ...record(id), sealedLinks: {} }, []);
      for (let round = 0; round < 25; round++) {
        const editor = [`${round}e`.padStart(64, '0'), `sealed-e${round}`] as const;
        const viewer = [`${round}v`.padStart(64, '0'), `sealed-v${round}`] as const;
        await Promise.all([store.rotateLink(id, rotation('editor', ...editor)), store.rotateLink(id, rotation('viewer', ...viewer))]);
        const board = await store.getBoard(id);
        expect([board?.linkHashes.editor, board?.sealedLinks?.editor]).toEqual(editor);
        expect([board?.linkHashes.viewer, board?.sealedLinks?.viewer]).toEqual(viewer);
        expect(board?.linkHashes.facilitator).toBe('a'.repeat(64));
      }
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

    it('compacts away the text of what was deleted: the relay serves a lone snapshot as it is', async () => {
      const w = writer();
      w.doc.getMap('cards').set('kept', 'видно всем');
      w.doc.getMap('cards').set('gone', 'удалённый секрет');
      w.doc.getMap('cards').delete('gone');
      await store.append(w.take().map((update) => ({ doc: `${prefix}gc`, update })));
      await store.compact(`${prefix}gc`);
      const [snapshot] = (await store.load(`${prefix}gc`)).updates;
      const text = Buffer.from(snapshot!).toString('utf8');
      expect(text).toContain('видно всем');
      expect(text).not.toContain('удалённый секрет');
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
      expect(await store.saveVersion(board, { id: 'v1', name: 'Этап: Шорт-лист', createdAt: 1000, trigger: 'phase', state: first }, KEEP)).toEqual({
        id: 'v1',
        name: 'Этап: Шорт-лист',
        createdAt: 1000,
        trigger: 'phase',
        unchanged: false,
      });
      await store.saveVersion(board, { id: 'v2', name: 'Перед голосованием', createdAt: 2000, trigger: 'manual', state: second }, KEEP);
      // Same millisecond as v2: the one saved later comes first.
      await store.saveVersion(board, { id: 'v3', name: 'Перед восстановлением', createdAt: 2000, trigger: 'restore', state: second }, KEEP);
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
      await store.saveVersion(`${prefix}va`, { id: 'same', name: 'A', createdAt: 1, trigger: 'manual', state }, KEEP);
      await store.saveVersion(`${prefix}vb`, { id: 'same', name: 'B', createdAt: 1, trigger: 'manual', state }, KEEP);
      expect((await store.loadVersion(`${prefix}va`, 'same'))?.name).toBe('A');
      expect((await store.loadVersion(`${prefix}vb`, 'same'))?.name).toBe('B');
      expect(await store.loadVersion(`${prefix}va`, 'other')).toBeNull();
      expect(await store.listVersions(`${prefix}none`)).toEqual([]);
      expect(await store.loadVersion(`${prefix}none`, 'same')).toBeNull();
    });

    it('keeps a version byte for byte, whatever the caller does with its buffer', async () => {
      const state = new Uint8Array(256 * 1024).map((_, i) => (i * 7) % 256);
      const copy = state.slice();
      await store.saveVersion(`${prefix}vbytes`, { id: 'v', name: 'big', createdAt: 5, trigger: 'manual', state }, KEEP);
      state.fill(0);
      const loaded = await store.loadVersion(`${prefix}vbytes`, 'v');
      expect(Buffer.compare(Buffer.from(loaded!.state), Buffer.from(copy))).toBe(0);
      loaded!.state.fill(1);
      const again = await store.loadVersion(`${prefix}vbytes`, 'v');
      expect(Buffer.compare(Buffer.from(again!.state), Buffer.from(copy))).toBe(0);
    });

    it('keeps at most the given number of versions per board: the oldest go, in listing order', async () => {
      const board = `${prefix}bound`;
      const other = `${prefix}bound-other`;
      await store.saveVersion(other, version('o1', 1), 3);
      // Saved out of time order, with a tie: the listing order (time, then the later saved) decides.
      for (const [id, createdAt] of [
        ['a', 10],
        ['b', 30],
        ['c', 20],
        ['d', 30],
        ['e', 40],
      ] as const) {
        await store.saveVersion(board, version(id, createdAt), 3);
        expect((await store.listVersions(board)).length).toBeLessThanOrEqual(3);
      }
      expect((await store.listVersions(board)).map((v) => v.id)).toEqual(['e', 'd', 'b']);
      expect(await store.loadVersion(board, 'a')).toBeNull();
      expect(await store.loadVersion(board, 'c')).toBeNull();
      expect((await store.loadVersion(board, 'b'))?.name).toBe('v b');
      await store.saveVersion(board, version('f', 50), 3);
      expect((await store.listVersions(board)).map((v) => v.id)).toEqual(['f', 'e', 'd']);
      expect((await store.listVersions(other)).map((v) => v.id)).toEqual(['o1']);
    });

    it('keeps a version’s digest, and does not store the newest version’s content twice in a row', async () => {
      const board = `${prefix}digest`;
      const first = await store.saveVersion(board, version('v1', 1, 'd1'), KEEP);
      expect(first.unchanged).toBe(false);
      expect((await store.loadVersion(board, 'v1'))?.digest).toBe('d1');
      // Same content as the newest: nothing is written, and that version is the answer.
      expect(await store.saveVersion(board, { ...version('v2', 2, 'd1'), name: 'again', trigger: 'restore' }, KEEP)).toEqual({
        id: 'v1',
        name: 'v v1',
        createdAt: 1,
        trigger: 'manual',
        unchanged: true,
      });
      expect(await store.loadVersion(board, 'v2')).toBeNull();
      expect((await store.saveVersion(board, version('v3', 3, 'd2'), KEEP)).unchanged).toBe(false);
      // Content of an older version, not the newest: a change back, so it is kept.
      expect((await store.saveVersion(board, version('v4', 4, 'd1'), KEEP)).unchanged).toBe(false);
      expect((await store.listVersions(board)).map((v) => v.id)).toEqual(['v4', 'v3', 'v1']);
    });

    it('never takes a version without a digest for unchanged', async () => {
      const board = `${prefix}nodigest`;
      await store.saveVersion(board, version('v1', 1), KEEP);
      expect((await store.loadVersion(board, 'v1'))?.digest).toBeUndefined();
      expect((await store.saveVersion(board, version('v2', 2), KEEP)).unchanged).toBe(false);
      expect((await store.saveVersion(board, version('v3', 3, 'd'), KEEP)).unchanged).toBe(false);
      expect(await store.listVersions(board)).toHaveLength(3);
    });

    it('stores equal content once when it is saved twice at the same time', async () => {
      const board = `${prefix}digest-race`;
      for (let round = 0; round < 10; round++) {
        const digest = `d${round}`;
        const saved = await Promise.all([
          store.saveVersion(board, version(`a${round}`, round, digest), KEEP),
          store.saveVersion(board, version(`b${round}`, round, digest), KEEP),
        ]);
        expect(saved.map((v) => v.unchanged).sort()).toEqual([false, true]);
        expect(saved[0]!.id).toBe(saved[1]!.id);
      }
      expect(await store.listVersions(board)).toHaveLength(10);
    });

    it('lists every board oldest first, with its record, size, last activity and versions', async () => {
      // Each made at the time it records, as createBoard does (a store may count it as activity or not).
      vi.useFakeTimers({ toFake: ['Date'] });
      const initial = edit(`${prefix}l2`, 'Второй');
      vi.setSystemTime(CREATED + 2000);
      await store.createBoard(record(`${prefix}l2`, CREATED + 2000), [initial]);
      vi.setSystemTime(CREATED + 1000);
      await store.createBoard({ ...record(`${prefix}l1`, CREATED + 1000), sealedLinks: { editor: 'sealed-e' } }, []);
      vi.setSystemTime(CREATED + 3000);
      await store.createBoard(record(`${prefix}l3`, CREATED + 3000), []);
      const boards = [...(await listed()).values()];
      expect(boards.map((board) => board.record.id)).toEqual([`${prefix}l1`, `${prefix}l2`, `${prefix}l3`]);
      expect(boards[0]).toEqual({
        record: { ...record(`${prefix}l1`, CREATED + 1000), sealedLinks: { editor: 'sealed-e' } },
        bytes: 0,
        lastActivityAt: CREATED + 1000,
        versions: 0,
      });
      expect(boards[1]).toEqual({ record: record(`${prefix}l2`, CREATED + 2000), bytes: initial.update.length, lastActivityAt: CREATED + 2000, versions: 0 });
    });

    it('counts a board’s bytes over all its documents, before and after compaction, and its versions', async () => {
      const id = `${prefix}size`;
      await store.createBoard(record(id), [edit(id, 'Набережная')]);
      const sizeOf = async () => (await listed()).get(id)!;
      expect((await sizeOf()).bytes).toBe(await expectedBytes(store, id));
      const before = (await sizeOf()).bytes;
      await store.append([edit(`${id}/session`, 'этап'), edit(`${id}/private`, 'участник'), edit(id, 'Технопарк')]);
      expect((await sizeOf()).bytes).toBeGreaterThan(before);
      expect((await sizeOf()).bytes).toBe(await expectedBytes(store, id));
      await store.saveVersion(id, { ...version('v1', 1), state: new Uint8Array(1000) }, KEEP);
      await store.saveVersion(id, version('v2', 2), KEEP);
      expect(await sizeOf()).toMatchObject({ versions: 2, bytes: await expectedBytes(store, id) });
      for (const doc of docsOf(id)) await store.compact(doc);
      expect(await sizeOf()).toMatchObject({ versions: 2, bytes: await expectedBytes(store, id) });
      // A document of another board, however its name starts, is not this board's.
      await store.append([edit(`${id}x`, 'чужое'), edit(`${id}_x/session`, 'чужое')]);
      expect((await sizeOf()).bytes).toBe(await expectedBytes(store, id));
    });

    it('moves last activity with every append to one of a board’s documents; untouched boards keep their creation time', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const [a, b] = [`${prefix}act-a`, `${prefix}act-b`];
      vi.setSystemTime(CREATED);
      await store.createBoard(record(a), [edit(a, 'начало')]);
      await store.createBoard(record(b), []);
      const activity = async () => {
        const boards = await listed();
        return [boards.get(a)!.lastActivityAt, boards.get(b)!.lastActivityAt];
      };
      expect(await activity()).toEqual([CREATED, CREATED]);
      vi.setSystemTime(CREATED + 10_000);
      await store.append([edit(`${a}/session`, 'этап')]);
      expect(await activity()).toEqual([CREATED + 10_000, CREATED]);
      vi.setSystemTime(CREATED + 20_000);
      await store.append([edit(`${a}/private`, 'голос')]);
      expect(await activity()).toEqual([CREATED + 20_000, CREATED]);
      // A clock stepped back does not move it back.
      vi.setSystemTime(CREATED + 15_000);
      await store.append([edit(a, 'позже')]);
      expect(await activity()).toEqual([CREATED + 20_000, CREATED]);
      // One batch across boards touches each of them.
      vi.setSystemTime(CREATED + 30_000);
      await store.append([edit(a, 'оба'), edit(`${b}/session`, 'оба'), edit(b, 'оба'), edit(`${a}/private`, 'оба')]);
      expect(await activity()).toEqual([CREATED + 30_000, CREATED + 30_000]);
      // Compacting and saving versions are not activity.
      vi.setSystemTime(CREATED + 40_000);
      await store.compact(a);
      await store.saveVersion(b, version('v', 1), KEEP);
      expect(await activity()).toEqual([CREATED + 30_000, CREATED + 30_000]);
    });

    it('deletes a board with all its documents, versions and activity, and nothing of other boards', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const [gone, kept] = [`${prefix}del`, `${prefix}keep`];
      for (const id of [gone, kept]) {
        vi.setSystemTime(CREATED);
        await store.createBoard(record(id), [edit(id, `content ${id}`), edit(`${id}/session`, `session ${id}`)]);
        vi.setSystemTime(CREATED + 5000);
        await store.append([edit(`${id}/private`, `private ${id}`)]);
        // Each document with a snapshot and a log behind it.
        for (const doc of docsOf(id)) await store.compact(doc);
        await store.append(docsOf(id).map((doc) => edit(doc, `later ${doc}`)));
        await store.saveVersion(id, version('v1', 1), KEEP);
      }
      const keptBefore = (await listed()).get(kept);
      const keptDocs = await Promise.all(docsOf(kept).map((doc) => store.load(doc)));

      expect(await store.deleteBoard(gone)).toBe(true);
      expect(await store.getBoard(gone)).toBeNull();
      for (const doc of docsOf(gone)) {
        expect(await store.load(doc)).toEqual({ updates: [], logLength: 0 });
        expect(await store.logLength(doc)).toBe(0);
      }
      expect(await store.listVersions(gone)).toEqual([]);
      expect(await store.loadVersion(gone, 'v1')).toBeNull();
      expect([...(await listed()).keys()]).toEqual([kept]);

      expect((await listed()).get(kept)).toEqual(keptBefore);
      expect(await Promise.all(docsOf(kept).map((doc) => store.load(doc)))).toEqual(keptDocs);
      expect(await store.listVersions(kept)).toHaveLength(1);
      expect(await store.getBoard(kept)).toEqual(record(kept));

      expect(await store.deleteBoard(gone)).toBe(false);
      expect(await store.deleteBoard(`${prefix}never`)).toBe(false);
      // Nothing of it is left behind: made again under the same id, it starts from nothing.
      vi.setSystemTime(CREATED);
      await store.createBoard(record(gone), []);
      expect((await listed()).get(gone)).toEqual({ record: record(gone), bytes: 0, lastActivityAt: CREATED, versions: 0 });
    });

    it('deletes the documents and versions of a board without a record, and answers false', async () => {
      const id = `${prefix}stray`;
      await store.append(docsOf(id).map((doc) => edit(doc, 'осталось')));
      await store.compact(id);
      await store.saveVersion(id, version('v1', 1), KEEP);
      expect(await store.deleteBoard(id)).toBe(false);
      for (const doc of docsOf(id)) expect(await store.load(doc)).toEqual({ updates: [], logLength: 0 });
      expect(await store.listVersions(id)).toEqual([]);
    });

    it('does not touch boards whose ids begin with the deleted one’s, or that it begins with', async () => {
      const base = `${prefix}abc`;
      const neighbours = [`${prefix}ab`, `${base}d`, `${base}_x`, `${base}-x`, `${base}0`];
      for (const id of [base, ...neighbours]) {
        await store.createBoard(
          record(id),
          docsOf(id).map((doc) => edit(doc, doc)),
        );
        await store.compact(`${id}/session`);
        await store.saveVersion(id, version('v1', 1), KEEP);
      }
      const before = await listed();
      expect(await store.deleteBoard(base)).toBe(true);
      const after = await listed();
      expect([...after.keys()].sort()).toEqual([...neighbours].sort());
      for (const id of neighbours) {
        expect(after.get(id)).toEqual(before.get(id));
        for (const doc of docsOf(id)) expect((await stateOf(store, doc)).getMap('m').get('text')).toBe(doc);
        expect(await store.listVersions(id)).toHaveLength(1);
      }
    });

    it('answers ping and closes idempotently', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await store.close();
    });
  });
}
