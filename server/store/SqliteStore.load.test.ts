/**
 * SqliteStore.load hands out the driver's bytes without copying each row (a long log after a
 * crash is tens of thousands of rows): the updates must still be plain Uint8Arrays, each the
 * sole owner of its memory, in log order.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from './SqliteStore';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function openStore(): SqliteStore {
  const dir = mkdtempSync(join(tmpdir(), 'stratboard-sqlite-load-'));
  dirs.push(dir);
  return new SqliteStore({ file: join(dir, 'stratboard.sqlite') });
}

/** Appends `count` one-key updates to `doc`, each as its own row. */
async function write(store: SqliteStore, doc: Y.Doc, name: string, from: number, count: number): Promise<Uint8Array[]> {
  const updates: Uint8Array[] = [];
  for (let i = from; i < from + count; i++) {
    doc.once('update', (update: Uint8Array) => updates.push(update));
    doc.getMap('m').set(`k${i}`, 'x'.repeat(i % 50));
  }
  for (const update of updates) await store.append([{ doc: name, update }]);
  return updates;
}

describe('SqliteStore.load', () => {
  it('returns the snapshot and then every log row, as plain Uint8Arrays that own their bytes', async () => {
    const store = openStore();
    const source = new Y.Doc();
    await write(store, source, 'b', 0, 50);
    await store.compact('b');
    const tail = await write(store, source, 'b', 50, 300);
    // Another document's rows in between must not show up.
    await write(store, new Y.Doc(), 'other', 0, 10);

    const { updates, logLength } = await store.load('b');
    expect(logLength).toBe(300);
    expect(updates).toHaveLength(301);
    expect(updates.slice(1)).toEqual(tail);
    for (const update of updates) {
      expect(Object.getPrototypeOf(update)).toBe(Uint8Array.prototype);
      expect(update.byteOffset).toBe(0);
      expect(update.buffer.byteLength).toBe(update.byteLength);
    }
    expect(new Set(updates.map((update) => update.buffer)).size).toBe(updates.length);

    const loaded = new Y.Doc();
    for (const update of updates) Y.applyUpdate(loaded, update);
    expect(loaded.getMap('m').toJSON()).toEqual(source.getMap('m').toJSON());
    await store.close();
  });

  it('keeps what it handed out intact when the store reads again or closes', async () => {
    const store = openStore();
    const written = await write(store, new Y.Doc(), 'b', 0, 20);
    const first = await store.load('b');
    await store.load('b');
    await store.close();
    expect(first.updates).toEqual(written);
  });
});
