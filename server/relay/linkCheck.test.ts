import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/board/types';
import { LocalBus } from '../bus/LocalBus';
import type { BusMessage } from '../bus/RoomBus';
import type { DocStore } from '../store/DocStore';
import { MemoryStore } from '../store/MemoryStore';
import { eventually } from '../test/clients';
import { LossyBus } from '../test/LossyBus';
import { TestClientSocket } from '../test/socketPair';
import { createTestRelay, LINK_HASH, settle } from '../test/testRelay';

const BOARD = 'board-link-check';
const NEW_EDITOR_HASH = '1'.repeat(64);

/** A healthy bus that loses exactly the rotation notices. */
class RotationLosingBus extends LocalBus {
  override publish(message: BusMessage): void {
    if (message.kind !== 'link-rotated') super.publish(message);
  }
}

async function storeWithBoard(): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.createBoard({ id: BOARD, createdAt: 1, locale: 'ru', linkHashes: { ...LINK_HASH } }, []);
  return store;
}

/** Replaces one role's link hash in the store, as a rotation does. */
async function storeLinkHash(store: DocStore, role: Role, hash: string): Promise<void> {
  await store.rotateLink(BOARD, (board) => ({ linkHashes: { ...board.linkHashes, [role]: hash } }));
}

/** What POST /links/:role/rotate does: store first, then the node that served it revokes. */
async function rotate(node: ReturnType<typeof createTestRelay>, role: Role, hash: string): Promise<void> {
  await storeLinkHash(node.store, role, hash);
  node.relay.revokeLink(BOARD, role, hash);
}

function connectWith(node: ReturnType<typeof createTestRelay>, role: Role, linkHash: string): TestClientSocket {
  const socket = new TestClientSocket();
  socket.connection = node.relay.connect(socket.serverSide, { boardId: BOARD, doc: 'content', role, linkHash });
  return socket;
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

describe('re-checking share links against the store (a lost link-rotated)', () => {
  it('closes, within the repair interval, connections on another node that the rotation notice never reached', async () => {
    const store = await storeWithBoard();
    const bus = new RotationLosingBus();
    // Long enough that the repair cannot run before the check that the notice was lost (at 20 ms
    // a loaded machine ran it first), short enough to come well within the wait below.
    const node1 = node({ store, bus, nodeId: 'n1', busRepairIntervalMs: 200 });
    const node2 = node({ store, bus, nodeId: 'n2', busRepairIntervalMs: 200 });
    const here = node1.client(BOARD, 'editor');
    const there = node2.client(BOARD, 'editor');
    const thereSession = node2.client(BOARD, 'editor', 'session');
    const facilitator = node2.client(BOARD, 'facilitator');
    await settle();

    await rotate(node1, 'editor', NEW_EDITOR_HASH);
    expect(here.closedWith?.code).toBe(4401);
    await settle();
    expect(there.closedWith).toBeNull();
    await eventually(() => expect(there.closedWith).toEqual(here.closedWith), 1000);
    expect(thereSession.closedWith).toEqual(here.closedWith);
    expect(facilitator.closedWith).toBeNull();
  });

  it('re-checks after a bus gap (reconnect), without waiting for the interval', async () => {
    const store = await storeWithBoard();
    const bus = new LossyBus();
    const node1 = node({ store, bus, nodeId: 'n1' });
    const node2 = node({ store, bus, nodeId: 'n2' });
    node1.client(BOARD, 'viewer');
    const there = node2.client(BOARD, 'viewer');
    await settle();
    bus.down = true;
    await rotate(node1, 'viewer', '2'.repeat(64));
    await settle();
    expect(there.closedWith).toBeNull();
    bus.reconnect();
    await settle();
    expect(there.closedWith?.code).toBe(4401);
  });

  it('reads the store once per board however many connections and requests, and not at all without connections', async () => {
    const store = await storeWithBoard();
    const bus = new LossyBus();
    const { relay, client } = node({ store, bus });
    const getBoard = vi.spyOn(store, 'getBoard');
    await relay.withBoard(BOARD, (board) => board.verifyLinks());
    expect(getBoard).not.toHaveBeenCalled();

    for (const role of ['editor', 'editor', 'viewer', 'facilitator'] as const) client(BOARD, role);
    await settle();
    bus.reconnect();
    bus.reconnect();
    await relay.withBoard(BOARD, (board) => board.verifyLinks());
    expect(getBoard).toHaveBeenCalledTimes(1);
  });

  it('never closes a connection that joined with the new link while the read was in flight', async () => {
    const store = await storeWithBoard();
    const n = node({ store });
    const old = n.client(BOARD, 'editor');
    await settle();
    // The read returns the record from before the rotation, but only after a newcomer joined.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const before = await store.getBoard(BOARD);
    vi.spyOn(store, 'getBoard').mockImplementationOnce(async () => {
      await gate;
      return before;
    });
    const check = n.relay.withBoard(BOARD, (board) => board.verifyLinks());
    await settle();
    await storeLinkHash(store, 'editor', NEW_EDITOR_HASH);
    const fresh = connectWith(n, 'editor', NEW_EDITOR_HASH);
    await settle();
    release();
    await check;
    expect(fresh.closedWith).toBeNull();

    await n.relay.withBoard(BOARD, (board) => board.verifyLinks());
    expect(old.closedWith?.code).toBe(4401);
    expect(fresh.closedWith).toBeNull();
  });

  it('closes nothing while the store cannot be read, and catches up once it can', async () => {
    const store = await storeWithBoard();
    const n = node({ store });
    const editor = n.client(BOARD, 'editor');
    await settle();
    await storeLinkHash(store, 'editor', NEW_EDITOR_HASH);
    vi.spyOn(store, 'getBoard').mockRejectedValueOnce(new Error('store unreachable'));
    await n.relay.withBoard(BOARD, (board) => board.verifyLinks());
    expect(editor.closedWith).toBeNull();
    await n.relay.withBoard(BOARD, (board) => board.verifyLinks());
    expect(editor.closedWith?.code).toBe(4401);
  });
});
