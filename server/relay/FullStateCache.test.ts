import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FullStateCache } from './FullStateCache';

function countingCache() {
  const doc = new Y.Doc();
  doc.getMap('cards').set('a', 'Умная парковка');
  let encodings = 0;
  const cache = new FullStateCache(doc, (d) => {
    encodings++;
    return Y.encodeStateAsUpdate(d);
  });
  return { doc, cache, encodings: () => encodings };
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
});
