/**
 * A board that comes back after a crash with a long log gets compacted without waiting for a
 * write, once its reconnecting clients have been served (Relay.compactAfterLoad).
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { encodeSyncStep1 } from '../../shared/protocol/messages';
import { MemoryStore } from '../store/MemoryStore';
import { initBoardContent } from '../../shared/board/meta';
import { createTestRelay, docFromMessages, noteUpdate, readNote, settle, writeNote } from '../test/testRelay';

const BOARD = 'board-after-crash';
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

/** A store as a crash leaves it: `count` updates in the board's log, none compacted. */
async function crashedStore(count: number): Promise<MemoryStore> {
  const store = new MemoryStore();
  const doc = new Y.Doc({ gc: false });
  // A board at the current schema, so that loading it migrates (and writes) nothing.
  initBoardContent(doc, { title: 'После сбоя', locale: 'ru', template: 'blank', createdAt: 1 });
  writeNote(doc, 'k0', 0);
  await store.append([{ doc: BOARD, update: Y.encodeStateAsUpdate(doc) }]);
  for (let i = 1; i < count; i++) await store.append([{ doc: BOARD, update: noteUpdate(`k${i}`, i, doc) }]);
  return store;
}

async function storedKeys(store: MemoryStore): Promise<number> {
  const doc = new Y.Doc();
  for (const update of (await store.load(BOARD)).updates) Y.applyUpdate(doc, update);
  return doc.getMap('cards').size;
}

describe('compaction after load', () => {
  it('merges a long log once the board is loaded, with no write and nothing lost', async () => {
    const store = await crashedStore(30);
    const { client } = createTestRelay({ store, compactAfterUpdates: 10, compactAfterLoadDelayMs: 0 });
    const viewer = client(BOARD, 'viewer');
    viewer.send(encodeSyncStep1(EMPTY_STATE_VECTOR));
    await vi.waitFor(async () => expect(await store.logLength(BOARD)).toBe(0));
    expect(await storedKeys(store)).toBe(30);
    expect(readNote(docFromMessages(viewer), 'k29')).toBe('29');
  });

  it('serves the clients that are reconnecting before it compacts', async () => {
    const store = await crashedStore(30);
    const compact = vi.spyOn(store, 'compact');
    const { client } = createTestRelay({ store, compactAfterUpdates: 10, compactAfterLoadDelayMs: 50 });
    const viewer = client(BOARD, 'viewer');
    viewer.send(encodeSyncStep1(EMPTY_STATE_VECTOR));
    await settle();
    expect(viewer.messages().some((message) => message.type === 'sync-step-2')).toBe(true);
    expect(compact).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(compact).toHaveBeenCalledWith(BOARD));
  });

  it('leaves a log shorter than compactAfterUpdates to the usual triggers', async () => {
    const store = await crashedStore(5);
    const compact = vi.spyOn(store, 'compact');
    const { client } = createTestRelay({ store, compactAfterUpdates: 10, compactAfterLoadDelayMs: 0 });
    client(BOARD, 'viewer');
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(compact).not.toHaveBeenCalled();
    expect(await store.logLength(BOARD)).toBe(5);
  });

  it('leaves a board unloaded before the delay to the unload, which compacts it once', async () => {
    const store = await crashedStore(30);
    const compact = vi.spyOn(store, 'compact');
    const { client, relay } = createTestRelay({ store, compactAfterUpdates: 10, compactAfterLoadDelayMs: 50 });
    const viewer = client(BOARD, 'viewer');
    await settle();
    viewer.hangUp();
    await vi.waitFor(() => expect(relay.isLoaded(BOARD)).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(compact.mock.calls.filter(([doc]) => doc === BOARD)).toHaveLength(1);
    expect(await storedKeys(store)).toBe(30);
  });
});
