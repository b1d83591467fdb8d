/**
 * The README's PostgreSQL recipe works: `pg_dump` of Stratboard's schema in the custom format,
 * the schema dropped, `pg_restore` of the file, and a PostgresStore on it finds every board,
 * document and version, and keeps appending.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PostgresStore } from '../store/PostgresStore';
import { readSample, writeSample } from '../test/storeSample';
import { dropSchema, randomSchema, testDatabaseUrl, withAdmin } from '../test/testPostgres';

const run = promisify(execFile);
// null when PostgreSQL is unreachable outside CI: the suite is then skipped with a message.
const url = (await testDatabaseUrl()) ?? '';
const schema = randomSchema();
const dir = mkdtempSync(join(tmpdir(), 'stratboard-pgdump-'));
const silent = { info: () => {}, warn: () => {} };

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (url) await dropSchema(url, schema);
});

const connect = () => PostgresStore.connect(url, { schema, log: silent, maxAttempts: 1 });

describe.runIf(url !== '')('pg_dump and pg_restore of a PostgreSQL store', () => {
  it('brings back every board and document of the schema', async () => {
    const store = await connect();
    let ids: string[];
    let expected: Awaited<ReturnType<typeof readSample>>;
    try {
      ids = await writeSample(store, 'pg');
      expected = await readSample(store, ids);
    } finally {
      await store.close();
    }

    const file = join(dir, 'stratboard.dump');
    await run('pg_dump', [`--schema=${schema}`, '--format=custom', '-f', file, url]);
    await dropSchema(url, schema);
    const gone = await withAdmin(url, (client) => client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]));
    expect(gone.rowCount).toBe(0);
    await run('pg_restore', ['--no-owner', '--single-transaction', '-d', url, file]);

    const restored = await connect();
    try {
      expect(await readSample(restored, ids)).toEqual(expected);
      // The log's sequence came back too: new appends land after the restored ones.
      const doc = new Y.Doc();
      for (const update of (await restored.load(ids[0]!)).updates) Y.applyUpdate(doc, update);
      const before = Y.encodeStateVector(doc);
      doc.getMap('m').set('after-restore', 'да');
      const lastSeq = () => withAdmin(url, async (client) => Number((await client.query(`SELECT max(seq) AS seq FROM "${schema}".updates`)).rows[0].seq));
      const seqBefore = await lastSeq();
      await restored.append([{ doc: ids[0]!, update: Y.encodeStateAsUpdate(doc, before) }]);
      expect(await lastSeq()).toBeGreaterThan(seqBefore);
      const reloaded = new Y.Doc();
      for (const update of (await restored.load(ids[0]!)).updates) Y.applyUpdate(reloaded, update);
      expect(reloaded.getMap('m').toJSON()).toEqual({ ...(expected.docs[ids[0]!] as object), 'after-restore': 'да' });
    } finally {
      await restored.close();
    }
  }, 60_000);
});
