/**
 * A small store's worth of data for backup and restore tests: two boards whose documents have
 * a compacted snapshot, a log and a named version, read back as plain data to compare.
 */
import * as Y from 'yjs';
import type { BoardRecord, DocStore } from '../store/DocStore';

export interface StoreSample {
  records: Record<string, BoardRecord | null>;
  /** Each document's `m` map as JSON, by document name. */
  docs: Record<string, unknown>;
  versions: Record<string, unknown[]>;
}

const record = (id: string): BoardRecord => ({
  id,
  createdAt: 1_700_000_000_000,
  locale: 'ru',
  linkHashes: { facilitator: 'a'.repeat(64), editor: 'b'.repeat(64), expert: 'e'.repeat(64), viewer: 'c'.repeat(64) },
});

/** The documents of a board, as the relay names them. */
const docsOf = (id: string) => [id, `${id}/session`];

/** Writes two boards (`<prefix>a`, `<prefix>b`) and returns their ids. */
export async function writeSample(store: DocStore, prefix: string): Promise<string[]> {
  const ids = [`${prefix}a`, `${prefix}b`];
  for (const id of ids) {
    const writers = Object.fromEntries(docsOf(id).map((doc) => [doc, new Y.Doc()]));
    const updates: Array<{ doc: string; update: Uint8Array }> = [];
    for (const [doc, ydoc] of Object.entries(writers)) ydoc.on('update', (update: Uint8Array) => updates.push({ doc, update }));
    writers[id]!.getMap('m').set('title', `Доска ${id}`);
    await store.createBoard(record(id), updates.splice(0));
    for (let i = 0; i < 3; i++) writers[id]!.getMap('m').set(`card${i}`, `Идея ${i}`);
    writers[`${id}/session`]!.getMap('m').set('phase', 'voting');
    await store.append(updates.splice(0));
    // A snapshot and a log after it, so both tables hold something.
    await store.compact(id);
    writers[id]!.getMap('m').set('after-compaction', true);
    await store.append(updates.splice(0));
    const state = Y.encodeStateAsUpdate(writers[id]!);
    await store.saveVersion(id, { id: `v-${id}`, name: 'Итог', createdAt: 1_700_000_100_000, trigger: 'manual', state }, 10);
  }
  return ids;
}

/** What the store holds for `ids`, as plain data. */
export async function readSample(store: DocStore, ids: readonly string[]): Promise<StoreSample> {
  const sample: StoreSample = { records: {}, docs: {}, versions: {} };
  for (const id of ids) {
    sample.records[id] = await store.getBoard(id);
    for (const name of docsOf(id)) {
      const doc = new Y.Doc();
      for (const update of (await store.load(name)).updates) Y.applyUpdate(doc, update);
      sample.docs[name] = doc.getMap('m').toJSON();
      doc.destroy();
    }
    sample.versions[id] = await store.listVersions(id);
  }
  return sample;
}
