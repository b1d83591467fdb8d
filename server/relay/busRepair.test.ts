import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { encodeUpdate } from '../../shared/protocol/messages';
import { MemoryStore } from '../store/MemoryStore';
import { LossyBus } from '../test/LossyBus';
import { eventually } from '../test/clients';
import { LINK_HASH, createTestRelay, docFromMessages, readNote, settle, writeNote } from '../test/testRelay';
import { stateDigest } from './busRepair';

const BOARD = 'board-bus-repair';

/** Test notes (see `writeNote`) as a little map. */
interface Notes {
  set(key: string, value: string | number | boolean): void;
  delete(key: string): void;
}

/** A client-side doc whose changes are captured as update frames. */
function clientDoc() {
  const doc = new Y.Doc({ gc: false });
  const notes: Notes = {
    set: (key, value) => writeNote(doc, key, String(value)),
    delete: (key) => doc.getMap('cards').delete(key),
  };
  return {
    doc,
    change(fn: (notes: Notes) => void): Uint8Array {
      let update: Uint8Array | null = null;
      doc.once('update', (u: Uint8Array) => (update = u));
      doc.transact(() => fn(notes));
      if (!update) throw new Error('no change');
      return encodeUpdate(update);
    },
  };
}

/**
 * Two relay nodes over one store and a lossy bus. The board is stored with the test links:
 * the periodic pass also re-reads the links (linkCheck.ts), and it would close every
 * connection to a board the store does not hold.
 */
async function twoNodes(options: { busRepairIntervalMs?: number } = {}) {
  const store = new MemoryStore();
  await store.createBoard({ id: BOARD, createdAt: 1, locale: 'ru', linkHashes: { ...LINK_HASH } }, []);
  const bus = new LossyBus();
  const node1 = createTestRelay({ store, bus, nodeId: 'n1', ...options });
  const node2 = createTestRelay({ store, bus, nodeId: 'n2', ...options });
  return { store, bus, node1, node2 };
}

/** Every test note a node holds, key → title. */
const serverMap = (node: ReturnType<typeof createTestRelay>) =>
  node.relay.withBoard(BOARD, (board) =>
    Object.fromEntries([...board.content.doc.getMap('cards').keys()].map((key) => [key, readNote(board.content.doc, key)])),
  );

describe('bus repair (state exchange between relay nodes)', () => {
  it('after a gap, sends each node what it missed, both ways, and persists nothing twice', async () => {
    const { store, bus, node1, node2 } = await twoNodes();
    const a = node1.client(BOARD, 'editor');
    const b = node2.client(BOARD, 'editor');
    await settle();
    bus.down = true;
    a.send(clientDoc().change((map) => map.set('from1', 1)));
    b.send(clientDoc().change((map) => map.set('from2', 2)));
    await settle();
    expect(readNote(docFromMessages(b), 'from1')).toBeUndefined();

    const append = vi.spyOn(store, 'append');
    bus.reconnect();
    await settle(20);
    expect(readNote(docFromMessages(b), 'from1')).toBe('1');
    expect(readNote(docFromMessages(a), 'from2')).toBe('2');
    expect(await serverMap(node1)).toEqual(await serverMap(node2));
    expect(append).not.toHaveBeenCalled();
    // What the bus lost: the note, and the private document's record of who wrote it.
    expect(await node2.metrics.busRepairs.get()).toMatchObject({
      values: expect.arrayContaining([expect.objectContaining({ labels: { direction: 'applied' }, value: 2 })]),
    });
  });

  it('repairs a missed deletion, which leaves state vectors equal', async () => {
    const { bus, node1, node2 } = await twoNodes();
    const a = node1.client(BOARD, 'editor');
    node2.client(BOARD, 'editor');
    await settle();
    const writer = clientDoc();
    a.send(writer.change((map) => map.set('doomed', true)));
    await settle();
    expect(await serverMap(node2)).toEqual({ doomed: 'true' });
    bus.down = true;
    a.send(writer.change((map) => map.delete('doomed')));
    await settle();
    expect(await serverMap(node2)).toEqual({ doomed: 'true' });
    bus.reconnect();
    await settle(20);
    expect(await serverMap(node2)).toEqual({});
  });

  it('says nothing more once nodes agree (no repair traffic in steady state)', async () => {
    const { bus, node1, node2 } = await twoNodes();
    const a = node1.client(BOARD, 'editor');
    node2.client(BOARD, 'editor');
    await settle();
    a.send(clientDoc().change((map) => map.set('k', 'v')));
    await settle();
    bus.published.length = 0;
    bus.reconnect();
    await settle(20);
    expect(bus.published.filter((m) => m.kind === 'repair')).toEqual([]);
  });

  it('holds a gap reported while the board is still loading until the store has been read', async () => {
    const { bus, node1, node2 } = await twoNodes();
    node1.client(BOARD, 'editor');
    await settle();
    node2.client(BOARD, 'editor');
    // The subscription exists from the first moment; the store read has not finished yet.
    bus.reconnect();
    expect(bus.published.filter((m) => m.kind === 'state' && m.node === 'n2')).toEqual([]);
    await settle();
    expect(bus.published.filter((m) => m.kind === 'state' && m.node === 'n2').map((m) => m.kind === 'state' && m.doc)).toEqual([
      'content',
      'session',
      'private',
    ]);
  });

  it('repairs without any reconnect through the periodic state announcement', async () => {
    const { bus, node1, node2 } = await twoNodes({ busRepairIntervalMs: 20 });
    const a = node1.client(BOARD, 'editor');
    const b = node2.client(BOARD, 'editor');
    await settle();
    bus.down = true;
    a.send(clientDoc().change((map) => map.set('lost', 'then found')));
    await settle();
    bus.down = false;
    await eventually(() => expect(readNote(docFromMessages(b), 'lost')).toBe('then found'), 2000);
    // Repaired on the live connection, not by a reconnect after an eviction.
    expect(b.closedWith).toBeNull();
    await Promise.all([node1.relay.shutdown(), node2.relay.shutdown()]);
  });
});

describe('stateDigest', () => {
  it('is equal for equal states reached in any order, and differs after a deletion', () => {
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    source.getMap('m').set('a', 1);
    source.getText('t').insert(0, 'hello');
    source.getText('t').insert(5, ' world');
    const forward = new Y.Doc();
    const backward = new Y.Doc();
    for (const u of updates) Y.applyUpdate(forward, u);
    for (const u of [...updates].reverse()) Y.applyUpdate(backward, u);
    expect(stateDigest(forward)).toEqual(stateDigest(backward));
    const before = stateDigest(forward);
    forward.getText('t').delete(0, 1);
    expect(stateDigest(forward)).not.toEqual(before);
    expect(Y.encodeStateVector(forward)).toEqual(Y.encodeStateVector(backward));
  });
});
