import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MergeWorker } from './MergeWorker';
import { SqliteStore } from './SqliteStore';
import { describeDocStore } from './storeContract';

function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'stratboard-sqlite-'));
  return { file: join(dir, 'nested', 'stratboard.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// Compaction merges on a worker thread, as the server runs it.
describeDocStore('SqliteStore', async () => {
  const { file, remove } = tempFile();
  const merger = new MergeWorker();
  const store = new SqliteStore({ file, merge: merger.merge });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await merger.close();
      remove();
    },
  };
});

describe('SqliteStore', () => {
  it('keeps everything across reopening the file', async () => {
    const { file, remove } = tempFile();
    try {
      const first = new SqliteStore({ file });
      const doc = new Y.Doc();
      doc.getText('t').insert(0, 'Умный пешеходный переход');
      await first.createBoard({ id: 'b1', createdAt: 1, locale: 'ru', linkHashes: { facilitator: 'f', editor: 'e', expert: 'x', viewer: 'v' } }, [
        { doc: 'b1', update: Y.encodeStateAsUpdate(doc) },
      ]);
      await first.close();
      const second = new SqliteStore({ file });
      expect((await second.getBoard('b1'))?.locale).toBe('ru');
      const loaded = new Y.Doc();
      for (const update of (await second.load('b1')).updates) Y.applyUpdate(loaded, update);
      expect(loaded.getText('t').toString()).toBe('Умный пешеходный переход');
      await second.close();
    } finally {
      remove();
    }
  });

  it('adds the versions table to a data directory made before board history', async () => {
    const { file, remove } = tempFile();
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      // The first schema, as an older server left it.
      const old = new Database(file);
      old.exec(`
        CREATE TABLE boards (id TEXT PRIMARY KEY, record TEXT NOT NULL);
        CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
        CREATE INDEX updates_by_doc ON updates (doc, seq);
        CREATE TABLE snapshots (doc TEXT PRIMARY KEY, data BLOB NOT NULL, upto_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL);
      `);
      old.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)').run('b1', Buffer.from([0, 0]));
      old.pragma('user_version = 1');
      old.close();
      const store = new SqliteStore({ file });
      expect(await store.logLength('b1')).toBe(1);
      await store.saveVersion('b1', { id: 'v1', name: 'Этап: Голосование', createdAt: 1, trigger: 'phase', state: new Uint8Array([0, 0]), digest: 'd' }, 100);
      expect(await store.listVersions('b1')).toEqual([{ id: 'v1', name: 'Этап: Голосование', createdAt: 1, trigger: 'phase' }]);
      expect((await store.loadVersion('b1', 'v1'))?.digest).toBe('d');
      await store.close();
    } finally {
      remove();
    }
  });

  it('adds the digest column to a data directory whose versions have none, and keeps them', async () => {
    const { file, remove } = tempFile();
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      // The second schema, as a server from before content digests left it.
      const old = new Database(file);
      old.exec(`
        CREATE TABLE boards (id TEXT PRIMARY KEY, record TEXT NOT NULL);
        CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
        CREATE INDEX updates_by_doc ON updates (doc, seq);
        CREATE TABLE snapshots (doc TEXT PRIMARY KEY, data BLOB NOT NULL, upto_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE TABLE versions (
          board TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, created_at INTEGER NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL,
          PRIMARY KEY (board, id)
        );
        CREATE INDEX versions_by_time ON versions (board, created_at);
      `);
      old
        .prepare('INSERT INTO versions (board, id, name, created_at, kind, data) VALUES (?, ?, ?, ?, ?, ?)')
        .run('b1', 'old', 'Этап: Идеи', 1, 'phase', Buffer.from([0, 0]));
      old.pragma('user_version = 2');
      old.close();

      const store = new SqliteStore({ file });
      const oldVersion = await store.loadVersion('b1', 'old');
      expect(oldVersion).toMatchObject({ id: 'old', name: 'Этап: Идеи', createdAt: 1, trigger: 'phase' });
      expect(oldVersion?.digest).toBeUndefined();
      // A version without a digest is never the same content: the first one with a digest is kept.
      const version = { id: 'new', name: 'Вручную', createdAt: 2, trigger: 'manual' as const, state: new Uint8Array([0, 0]), digest: 'd' };
      expect((await store.saveVersion('b1', version, 100)).unchanged).toBe(false);
      expect((await store.saveVersion('b1', { ...version, id: 'again', createdAt: 3 }, 100)).unchanged).toBe(true);
      expect((await store.listVersions('b1')).map((v) => v.id)).toEqual(['new', 'old']);
      await store.close();
      // And it opens again as it is now.
      const reopened = new SqliteStore({ file });
      expect((await reopened.loadVersion('b1', 'new'))?.digest).toBe('d');
      await reopened.close();
    } finally {
      remove();
    }
  });

  it('adds board activity to a data directory from before it: existing boards start at their newest snapshot, else their creation', async () => {
    const { file, remove } = tempFile();
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      // The third schema, as a server from before board activity left it.
      const old = new Database(file);
      old.exec(`
        CREATE TABLE boards (id TEXT PRIMARY KEY, record TEXT NOT NULL);
        CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
        CREATE INDEX updates_by_doc ON updates (doc, seq);
        CREATE TABLE snapshots (doc TEXT PRIMARY KEY, data BLOB NOT NULL, upto_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE TABLE versions (
          board TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, created_at INTEGER NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL,
          PRIMARY KEY (board, id)
        );
        CREATE INDEX versions_by_time ON versions (board, created_at);
        ALTER TABLE versions ADD COLUMN digest TEXT;
      `);
      const links = { facilitator: 'f', editor: 'e', expert: 'x', viewer: 'v' };
      const insertBoard = old.prepare('INSERT INTO boards (id, record) VALUES (?, ?)');
      insertBoard.run('used', JSON.stringify({ id: 'used', createdAt: 1000, locale: 'ru', linkHashes: links }));
      insertBoard.run('quiet', JSON.stringify({ id: 'quiet', createdAt: 2000, locale: 'en', linkHashes: links }));
      old.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)').run('quiet', Buffer.from([0, 0]));
      const snapshot = old.prepare('INSERT INTO snapshots (doc, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)');
      snapshot.run('used', Buffer.from([0, 0, 0]), 1, 5000);
      snapshot.run('used/session', Buffer.from([0, 0]), 2, 9000);
      old
        .prepare('INSERT INTO versions (board, id, name, created_at, kind, data) VALUES (?, ?, ?, ?, ?, ?)')
        .run('used', 'v1', 'Этап', 1, 'phase', Buffer.from([0]));
      old.pragma('user_version = 3');
      old.close();

      const store = new SqliteStore({ file });
      expect((await store.listBoards()).map(({ record, ...facts }) => ({ id: record.id, ...facts }))).toEqual([
        { id: 'used', bytes: 6, lastActivityAt: 9000, versions: 1 },
        { id: 'quiet', bytes: 2, lastActivityAt: 2000, versions: 0 },
      ]);
      await store.append([{ doc: 'quiet/private', update: new Uint8Array([0, 0]) }]);
      const now = Date.now();
      expect((await store.listBoards())[1]!.lastActivityAt).toBeGreaterThanOrEqual(now - 1000);
      expect(await store.deleteBoard('used')).toBe(true);
      await store.close();
      // And it opens again as it is now.
      const reopened = new SqliteStore({ file });
      expect((await reopened.listBoards()).map((board) => board.record.id)).toEqual(['quiet']);
      await reopened.close();
    } finally {
      remove();
    }
  });

  it('reports a closed store as unavailable', async () => {
    const { file, remove } = tempFile();
    const store = new SqliteStore({ file });
    await store.close();
    await expect(store.append([{ doc: 'x', update: new Uint8Array([0, 0]) }])).rejects.toMatchObject({ reason: 'unavailable' });
    remove();
  });

  it('refuses to open a file that is not a database, with a clear error', () => {
    const { file, remove } = tempFile();
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'this is not sqlite '.repeat(100));
    expect(() => new SqliteStore({ file })).toThrow(/cannot open SQLite database/);
    remove();
  });
});
