import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dropSchema, randomSchema, testDatabaseUrl, withAdmin } from '../test/testPostgres';
import { describeTarget } from './postgresErrors';
import { PostgresStore } from './PostgresStore';
import { MergeWorker } from './MergeWorker';
import { describeDocStore } from './storeContract';

// null when PostgreSQL is unreachable outside CI: the suites below are skipped with a message.
const url = (await testDatabaseUrl()) ?? '';
const runPostgres = url !== '';
/** One schema per run, so parallel runs and other data in the database are never touched. */
const schema = randomSchema();
const silent = { info: () => {}, warn: () => {} };

const connectStore = (options: { schema?: string } = {}) => PostgresStore.connect(url, { schema: options.schema ?? schema, log: silent, maxAttempts: 1 });
const admin = <T>(fn: (client: pg.Client) => Promise<T>) => withAdmin(url, fn);

if (runPostgres) {
  afterAll(() => dropSchema(url, schema));
  // Compaction merges on a worker thread, as the server runs it.
  describeDocStore('PostgresStore', async () => {
    const merger = new MergeWorker();
    const store = await PostgresStore.connect(url, { schema, log: silent, maxAttempts: 1, merge: merger.merge });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await merger.close();
      },
    };
  });
}

/** A client-like writer: a Y.Doc whose updates are collected for appending. */
function writer(name: string) {
  const doc = new Y.Doc();
  const pending: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => pending.push(update));
  let n = 0;
  return { doc, edit: () => doc.getMap(name).set(`k${n++}`, n), take: () => pending.splice(0) };
}

async function loadDoc(store: PostgresStore, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await store.load(name)).updates) Y.applyUpdate(doc, update);
  return doc;
}

describe.runIf(runPostgres)('PostgresStore on PostgreSQL', () => {
  it('loses no update when two nodes append and compact one document concurrently', async () => {
    const [nodeA, nodeB] = await Promise.all([connectStore(), connectStore()]);
    const doc = `two-nodes-${Math.random().toString(36).slice(2)}`;
    const a = writer('a');
    const b = writer('b');
    try {
      for (let round = 0; round < 5; round++) {
        // Many appends in flight at once (they commit in any order) while both nodes compact.
        const work: Promise<unknown>[] = [];
        for (let i = 0; i < 40; i++) {
          a.edit();
          b.edit();
          work.push(nodeA.append(a.take().map((update) => ({ doc, update }))));
          work.push(nodeB.append(b.take().map((update) => ({ doc, update }))));
          if (i % 8 === 0) work.push(nodeA.compact(doc), nodeB.compact(doc));
        }
        await Promise.all(work);
        const loaded = await loadDoc(round % 2 ? nodeA : nodeB, doc);
        expect(loaded.getMap('a').toJSON()).toEqual(a.doc.getMap('a').toJSON());
        expect(loaded.getMap('b').toJSON()).toEqual(b.doc.getMap('b').toJSON());
      }
      await Promise.all([nodeA.compact(doc), nodeB.compact(doc)]);
      expect(await nodeA.logLength(doc)).toBe(0);
      expect((await nodeB.load(doc)).updates).toHaveLength(1);
      expect((await loadDoc(nodeB, doc)).getMap('a').size).toBe(200);
    } finally {
      await Promise.all([nodeA.close(), nodeB.close()]);
    }
  });

  it('creates its schema once when several nodes start together', async () => {
    const fresh = `${schema}_start`;
    try {
      const stores = await Promise.all([1, 2, 3].map(() => connectStore({ schema: fresh })));
      await stores[0]!.append([{ doc: 'd', update: new Uint8Array([0, 0]) }]);
      expect(await stores[2]!.logLength('d')).toBe(1);
      await Promise.all(stores.map((store) => store.close()));
    } finally {
      await dropSchema(url, fresh);
    }
  });

  it('adds the digest column to a database whose versions have none, and keeps them', async () => {
    const old = `${schema}_old`;
    try {
      // The versions table as a server from before content digests created it.
      await admin(async (client) => {
        await client.query(`CREATE SCHEMA "${old}"`);
        await client.query(`CREATE TABLE "${old}".versions (
          board TEXT NOT NULL, id TEXT NOT NULL, seq BIGSERIAL, name TEXT NOT NULL, created_at BIGINT NOT NULL,
          kind TEXT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (board, id))`);
        await client.query(`INSERT INTO "${old}".versions (board, id, name, created_at, kind, data) VALUES ('b1', 'old', 'Этап: Идеи', 1, 'phase', '\\x0000')`);
      });
      const store = await connectStore({ schema: old });
      try {
        const version = await store.loadVersion('b1', 'old');
        expect(version).toMatchObject({ id: 'old', name: 'Этап: Идеи', createdAt: 1, trigger: 'phase' });
        expect(version?.digest).toBeUndefined();
        const next = { id: 'new', name: 'Вручную', createdAt: 2, trigger: 'manual' as const, state: new Uint8Array([0, 0]), digest: 'd' };
        expect((await store.saveVersion('b1', next, 100)).unchanged).toBe(false);
        expect((await store.saveVersion('b1', { ...next, id: 'again', createdAt: 3 }, 100)).unchanged).toBe(true);
        expect((await store.listVersions('b1')).map((v) => v.id)).toEqual(['new', 'old']);
      } finally {
        await store.close();
      }
    } finally {
      await dropSchema(url, old);
    }
  });

  it('keeps every row of an append beyond one INSERT, in order', async () => {
    const store = await connectStore();
    const w = writer('m');
    for (let i = 0; i < 30_001; i++) w.edit();
    const updates = w.take();
    try {
      await store.append(updates.map((update) => ({ doc: 'huge', update })));
      expect(await store.logLength('huge')).toBe(30_001);
      const loaded = await store.load('huge');
      expect(Buffer.compare(Buffer.from(loaded.updates[30_000]!), Buffer.from(updates[30_000]!))).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('recovers when the server drops its pooled connections', async () => {
    const app = randomSchema();
    const tagged = new URL(url);
    tagged.searchParams.set('application_name', app);
    const warnings: string[] = [];
    const store = await PostgresStore.connect(tagged.href, {
      schema,
      log: { info: () => {}, warn: (_: unknown, message?: string) => void warnings.push(message ?? '') },
    });
    try {
      await store.append([{ doc: 'restart', update: new Uint8Array([0, 0]) }]);
      const killed = await admin((client) => client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [app]));
      expect(killed.rowCount).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await store.append([{ doc: 'restart', update: new Uint8Array([0, 0]) }]);
      expect(await store.logLength('restart')).toBe(2);
      // The dropped idle connections were logged, not thrown at the process.
      expect(warnings.join('\n')).toContain(`PostgreSQL at ${describeTarget(tagged.href)}`);
    } finally {
      await store.close();
    }
  });

  it('fails at once, with the reason, on credentials the server refuses', async () => {
    const wrong = new URL(url);
    wrong.username = 'no_such_stratboard_role';
    const started = Date.now();
    await expect(PostgresStore.connect(wrong.href, { schema, log: silent })).rejects.toMatchObject({
      reason: 'unavailable',
      message: expect.stringMatching(/refused the credentials.*no_such_stratboard_role/),
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('measures 1,000 appends and the compaction of 10,000 updates', async () => {
    const store = await connectStore();
    const w = writer('cards');
    try {
      let started = performance.now();
      for (let i = 0; i < 1000; i++) {
        w.edit();
        await store.append(w.take().map((update) => ({ doc: 'bench', update })));
      }
      const appendMs = performance.now() - started;
      for (let i = 0; i < 9000; i++) w.edit();
      await store.append(w.take().map((update) => ({ doc: 'bench', update })));
      started = performance.now();
      expect(await store.compact('bench')).toBe(10_000);
      const compactMs = performance.now() - started;
      expect((await loadDoc(store, 'bench')).getMap('cards').size).toBe(10_000);
      console.info(`PostgresStore: 1,000 sequential appends ${appendMs.toFixed(0)} ms; compaction of 10,000 updates ${compactMs.toFixed(0)} ms`);
    } finally {
      await store.close();
    }
  });
});
