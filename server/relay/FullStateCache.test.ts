import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FullStateCache } from './FullStateCache';

/** A cache whose frames are counted: one per encoding of the document, and one per seed. */
function countingCache() {
  const doc = new Y.Doc();
  doc.getMap('cards').set('a', 'Умная парковка');
  let frames = 0;
  const cache = new FullStateCache(doc, (state) => {
    frames++;
    return state;
  });
  return { doc, cache, encodings: () => frames };
}

describe('FullStateCache', () => {
  it('encodes once for many readers while nothing changes, even across empty transactions', () => {
    const { doc, cache, encodings } = countingCache();
    cache.get();
    // What each joiner's empty sync step 2 does to the room's document.
    for (let i = 0; i < 5; i++) Y.applyUpdate(doc, Y.encodeStateAsUpdate(new Y.Doc()));
    doc.transact(() => {});
    cache.get();
    expect(encodings()).toBe(1);
  });

  it('encodes again after an insert or a deletion, and serves the new state', () => {
    const { doc, cache, encodings } = countingCache();
    cache.get();
    doc.getMap('cards').set('b', 'Ветропарк');
    const afterInsert = new Y.Doc();
    Y.applyUpdate(afterInsert, cache.get());
    expect(afterInsert.getMap('cards').get('b')).toBe('Ветропарк');
    doc.getMap('cards').delete('a');
    const afterDelete = new Y.Doc();
    Y.applyUpdate(afterDelete, cache.get());
    expect(afterDelete.getMap('cards').has('a')).toBe(false);
    expect(encodings()).toBe(3);
  });

  it('serves a seeded state as it is, without encoding the document', () => {
    const { cache, encodings } = countingCache();
    // Not what encoding this document gives (it holds a card): served means not encoded.
    const seeded = Y.encodeStateAsUpdate(new Y.Doc());
    cache.seed(seeded);
    expect(cache.get()).toBe(seeded);
    expect(cache.get()).toBe(seeded);
    expect(encodings()).toBe(1);
  });

  it('drops a seeded state at the first change and encodes the document again', () => {
    const { doc, cache, encodings } = countingCache();
    cache.seed(Y.encodeStateAsUpdate(new Y.Doc()));
    doc.transact(() => {});
    expect(cache.get().byteLength).toBe(2);
    doc.getMap('cards').set('b', 'Ветропарк');
    const served = new Y.Doc();
    Y.applyUpdate(served, cache.get());
    expect(served.getMap('cards').toJSON()).toEqual({ a: 'Умная парковка', b: 'Ветропарк' });
    expect(encodings()).toBe(2);
  });
});
