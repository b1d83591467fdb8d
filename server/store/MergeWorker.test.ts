import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MergeWorker } from './MergeWorker';
import { mergeUpdatesViaDoc } from './mergeUpdates';

/** A snapshot plus a log of small edits, as a store holds them. */
function storedParts(edits: number): Uint8Array[] {
  const doc = new Y.Doc();
  const parts: Uint8Array[] = [];
  doc.getArray<string>('cards').insert(0, ['Умная парковка', 'Ветропарк']);
  parts.push(Y.encodeStateAsUpdate(doc));
  doc.on('update', (update: Uint8Array) => parts.push(update));
  for (let i = 0; i < edits; i++) doc.getMap('owners').set(`card-${i % 7}`, `Команда ${i}`);
  doc.getArray<string>('cards').delete(0, 1);
  return parts;
}

const workers: MergeWorker[] = [];
const worker = (entry?: URL) => {
  const created = new MergeWorker(entry);
  workers.push(created);
  return created;
};
afterEach(async () => {
  await Promise.all(workers.splice(0).map((created) => created.close()));
});

describe('MergeWorker', () => {
  it('merges to the same bytes as merging on this thread', async () => {
    const parts = storedParts(200);
    const merged = await worker().merge(parts);
    expect(Buffer.from(merged).equals(Buffer.from(mergeUpdatesViaDoc(parts)))).toBe(true);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, merged);
    expect(doc.getArray('cards').toArray()).toEqual(['Ветропарк']);
    expect(doc.getMap('owners').get('card-3')).toBe('Команда 199');
  });

  it('answers concurrent merges each with its own result', async () => {
    const merger = worker();
    const inputs = [storedParts(10), storedParts(50), storedParts(3)];
    const results = await Promise.all(inputs.map((parts) => merger.merge(parts)));
    results.forEach((merged, i) => {
      expect(Buffer.from(merged).equals(Buffer.from(mergeUpdatesViaDoc(inputs[i]!)))).toBe(true);
    });
  });

  it('rejects bytes that are not an update, and keeps working', async () => {
    const merger = worker();
    await expect(merger.merge([new Uint8Array([255, 255, 255, 255, 1])])).rejects.toThrow(/merge failed/);
    const parts = storedParts(5);
    expect((await merger.merge(parts)).length).toBeGreaterThan(0);
  });

  it('fails the merges a crashed worker held and starts a new worker for the next one', async () => {
    const crashing = worker(new URL('./test/crashingMergeWorker.mjs', import.meta.url));
    await expect(crashing.merge(storedParts(1))).rejects.toThrow(/exited with code 3/);
    const merger = worker();
    await expect(merger.merge([new Uint8Array([1])])).rejects.toThrow();
    expect((await merger.merge(storedParts(2))).length).toBeGreaterThan(0);
  });

  it('refuses work once closed', async () => {
    const merger = worker();
    await merger.close();
    await expect(merger.merge(storedParts(1))).rejects.toThrow(/closed/);
  });
});
