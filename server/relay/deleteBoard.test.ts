/**
 * Deleting a board from a running relay: its connections are told it is gone (4404, which the
 * web client does not retry), on this node and on others, nothing of it is written after, and
 * nobody can join it while it goes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes';
import { encodeUpdate } from '../../shared/protocol/messages';
import { LocalBus } from '../bus/LocalBus';
import type { BusMessage } from '../bus/RoomBus';
import { MemoryStore } from '../store/MemoryStore';
import { eventually } from '../test/clients';
import { createTestRelay, LINK_HASH, settle, writeNote } from '../test/testRelay';
import { docName } from './docNames';

const BOARD = 'board-to-delete';
const OTHER = 'board-to-keep';

async function storeWithBoards(): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (const id of [BOARD, OTHER]) await store.createBoard({ id, createdAt: 1, locale: 'ru', linkHashes: { ...LINK_HASH } }, []);
  return store;
}

/** A healthy bus that loses exactly the deletion notices. */
class DeletionLosingBus extends LocalBus {
  override publish(message: BusMessage): void {
    if (message.kind !== 'board-deleted') super.publish(message);
  }
}

const relays: Array<ReturnType<typeof createTestRelay>> = [];
afterEach(async () => {
  await Promise.all(relays.splice(0).map((node) => node.relay.shutdown()));
});
function node(options: Parameters<typeof createTestRelay>[0]) {
  const created = createTestRelay(options);
  relays.push(created);
  return created;
}

/** An update writing one note, as a client sends it. */
function noteUpdate(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  writeNote(doc, key, value);
  return encodeUpdate(Y.encodeStateAsUpdate(doc));
}

describe('Relay.deleteBoard', () => {
  it('closes every connection of the board with 4404, removes all it stored, and leaves other boards alone', async () => {
    const store = await storeWithBoards();
    const { relay, client } = node({ store });
    const editor = client(BOARD, 'editor');
    const session = client(BOARD, 'facilitator', 'session');
    const elsewhere = client(OTHER, 'editor');
    await settle();
    editor.send(noteUpdate('n1', 'Умная парковка'));
    await settle();
    await relay.pipeline.drained();
    expect((await store.load(BOARD)).updates.length).toBeGreaterThan(0);

    expect(await relay.deleteBoard(BOARD)).toBe(true);
    expect(editor.closedWith?.code).toBe(CLOSE_CODES.notFound);
    expect(session.closedWith?.code).toBe(CLOSE_CODES.notFound);
    expect(editor.closedWith?.reason).toMatch(/deleted/);
    expect(elsewhere.closedWith).toBeNull();
    expect(await store.getBoard(BOARD)).toBeNull();
    for (const kind of ['content', 'session', 'private'] as const) expect((await store.load(docName(BOARD, kind))).updates).toEqual([]);
    expect(relay.isLoaded(BOARD)).toBe(false);
    expect(await store.getBoard(OTHER)).not.toBeNull();
  });

  it('an update in flight at the moment of deletion is not written after it', async () => {
    const store = await storeWithBoards();
    const { relay, client } = node({ store });
    const editor = client(BOARD, 'editor');
    await settle();
    editor.send(noteUpdate('n1', 'Ветропарк'));
    const deleting = relay.deleteBoard(BOARD);
    editor.send(noteUpdate('n2', 'after'));
    await deleting;
    await settle();
    await relay.pipeline.drained();
    expect((await store.load(BOARD)).updates).toEqual([]);
  });

  it('refuses a join that arrives while the board is being deleted', async () => {
    const store = await storeWithBoards();
    const { relay, client } = node({ store });
    client(BOARD, 'editor');
    await settle();
    const deleting = relay.deleteBoard(BOARD);
    const late = client(BOARD, 'viewer');
    await deleting;
    await settle();
    expect(late.closedWith?.code).toBe(CLOSE_CODES.notFound);
    expect(relay.isLoaded(BOARD)).toBe(false);
  });

  it('resolves false for a board that does not exist', async () => {
    const { relay } = node({ store: await storeWithBoards() });
    expect(await relay.deleteBoard('no-such-board')).toBe(false);
  });

  it('closes the board on the other nodes through the bus', async () => {
    const store = await storeWithBoards();
    const bus = new LocalBus();
    const node1 = node({ store, bus, nodeId: 'n1' });
    const node2 = node({ store, bus, nodeId: 'n2' });
    const here = node1.client(BOARD, 'editor');
    const there = node2.client(BOARD, 'viewer');
    await settle();
    await node1.relay.deleteBoard(BOARD);
    await settle();
    expect(here.closedWith?.code).toBe(CLOSE_CODES.notFound);
    expect(there.closedWith?.code).toBe(CLOSE_CODES.notFound);
    expect(node2.relay.isLoaded(BOARD)).toBe(false);
  });

  it('closes it on another node within the repair interval when the bus lost the notice', async () => {
    const store = await storeWithBoards();
    const bus = new DeletionLosingBus();
    const node1 = node({ store, bus, nodeId: 'n1', busRepairIntervalMs: 200 });
    const node2 = node({ store, bus, nodeId: 'n2', busRepairIntervalMs: 200 });
    node1.client(BOARD, 'editor');
    const there = node2.client(BOARD, 'viewer');
    await settle();
    await node1.relay.deleteBoard(BOARD);
    await settle();
    expect(there.closedWith).toBeNull();
    await eventually(() => expect(there.closedWith?.code).toBe(CLOSE_CODES.notFound), 2000);
    expect(node2.relay.isLoaded(BOARD)).toBe(false);
  });
});
