/**
 * Cost, not count: bytes in, costly requests, send buffers, the heartbeat and connection caps,
 * and presence that cannot lie about roles, through the relay with in-memory sockets.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes';
import { encodeAwareness, encodeQueryAwareness, encodeSyncStep1, encodeUpdate } from '../../shared/protocol/messages';
import { createTestRelay, noteUpdate, settle } from '../test/testRelay';
import type { TestClientSocket } from '../test/socketPair';

const BOARD = 'board-budgets';

function awarenessFrame(clientId: number, state: Record<string, unknown> | null): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, [clientId]));
  awareness.destroy();
  return frame;
}

/** Every presence state a client has been sent, by client id. */
function presenceSeen(socket: TestClientSocket): Map<number, Record<string, unknown>> {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  for (const message of socket.messages()) if (message.type === 'awareness') awarenessProtocol.applyAwarenessUpdate(awareness, message.update, null);
  const states = new Map(awareness.getStates() as Map<number, Record<string, unknown>>);
  awareness.destroy();
  return states;
}

describe('relay budgets', () => {
  it('closes a connection that sends more bytes than its budget, sparing the others', async () => {
    const { client } = createTestRelay({ maxFrameBytes: 64 * 1024, maxBytesPerSecond: 16 * 1024 });
    const flood = client(BOARD, 'editor');
    const calm = client(BOARD, 'editor');
    await settle();
    // Each frame well within the frame size and the message rate, but 40 × 10 KB is past a burst of two frames.
    for (let i = 0; i < 40 && !flood.closedWith; i++) flood.send(awarenessFrame(5001, { user: { name: 'Флуд' }, note: 'x'.repeat(10_000) }));
    await settle();
    expect(flood.closedWith?.code).toBe(CLOSE_CODES.rateLimited);
    expect(calm.closedWith).toBeNull();
  });

  it('answers one request for the whole board freely, then refuses a stream of them', async () => {
    const { client } = createTestRelay();
    const writer = client(BOARD, 'editor');
    await settle();
    const doc = new Y.Doc({ gc: false });
    for (let i = 0; i < 50; i++) writer.send(encodeUpdate(noteUpdate(`card-${i}`, `Идея ${i}`.repeat(20), doc)));
    await settle();
    const viewer = client(BOARD, 'viewer');
    await settle();
    // The join's request, then a forged state vector claiming to hold nothing of the writer: the whole board again.
    viewer.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    const forged = Y.encodeStateVector(new Map([[doc.clientID, 0]]));
    viewer.send(encodeSyncStep1(forged));
    await settle();
    expect(viewer.closedWith).toBeNull();
    viewer.send(encodeSyncStep1(forged));
    await settle();
    expect(viewer.closedWith?.code).toBe(CLOSE_CODES.rateLimited);
    expect(writer.closedWith).toBeNull();
  });

  it('answers small catch-up syncs as often as a client asks', async () => {
    const { client } = createTestRelay();
    const editor = client(BOARD, 'editor');
    await settle();
    const doc = new Y.Doc({ gc: false });
    for (let i = 0; i < 20; i++) {
      editor.send(encodeUpdate(noteUpdate(`k${i}`, i, doc)));
      // The web client's "is everything saved?" probe: its own, current state vector.
      editor.send(encodeSyncStep1(Y.encodeStateVector(doc)));
    }
    await settle();
    expect(editor.closedWith).toBeNull();
    expect(editor.messages().filter((m) => m.type === 'sync-step-2').length).toBeGreaterThanOrEqual(20);
  });

  it('counts a query for every presence state as costly', async () => {
    const { client } = createTestRelay();
    const asker = client(BOARD, 'viewer');
    await settle();
    for (let i = 0; i < 3; i++) asker.send(encodeQueryAwareness());
    await settle();
    expect(asker.closedWith?.code).toBe(CLOSE_CODES.rateLimited);
  });

  it('sheds presence to a peer that stopped reading, then closes it', async () => {
    const { client } = createTestRelay();
    const slow = client(BOARD, 'viewer');
    const talker = client(BOARD, 'editor');
    await settle();
    slow.clear();
    slow.buffered = 2 * 1024 * 1024;
    talker.send(awarenessFrame(7001, { user: { name: 'Анна' }, cursor: { x: 1, y: 1 } }));
    await settle();
    expect(slow.messages().filter((m) => m.type === 'awareness')).toHaveLength(0);
    expect(slow.closedWith).toBeNull();
    slow.buffered = 64 * 1024 * 1024;
    talker.send(encodeUpdate(noteUpdate('k', 'v')));
    await settle();
    expect(slow.closedWith?.code).toBe(CLOSE_CODES.tooSlow);
    expect(talker.closedWith).toBeNull();
  });

  it('drops a peer that no longer answers pings, and keeps one that does', async () => {
    // The interval only sets how long silence may last (twice it); the test beats by hand.
    const { client, relay } = createTestRelay({ heartbeatIntervalMs: 20_000 });
    const gone = client(BOARD, 'editor');
    const alive = client(BOARD, 'editor');
    await settle();
    gone.silent = true;
    for (const socket of [gone, alive]) socket.connection!.lastHeard = performance.now() - 10_000;
    relay.connections.beat();
    await settle();
    expect(alive.connection!.lastHeard).toBeGreaterThan(performance.now() - 1000);
    gone.connection!.lastHeard = performance.now() - 60_000;
    relay.connections.beat();
    expect(gone.closedWith?.code).toBe(1006);
    expect(alive.closedWith).toBeNull();
    expect(relay.connections.size).toBe(1);
  });

  it('caps connections per address and in all', async () => {
    const { client, relay } = createTestRelay({ maxConnections: 3, maxConnectionsPerAddress: 2 });
    const a1 = client(BOARD, 'editor', 'content', '10.0.0.1');
    const a2 = client(BOARD, 'editor', 'content', '10.0.0.1');
    const a3 = client(BOARD, 'editor', 'content', '10.0.0.1');
    const b1 = client(BOARD, 'editor', 'content', '10.0.0.2');
    const b2 = client(BOARD, 'editor', 'content', '10.0.0.2');
    await settle();
    expect([a1, a2, b1].map((socket) => socket.closedWith)).toEqual([null, null, null]);
    expect(a3.closedWith?.code).toBe(CLOSE_CODES.full);
    expect(b2.closedWith?.code).toBe(CLOSE_CODES.full);
    a1.hangUp();
    expect(relay.connections.refusal('10.0.0.1')).toBeNull();
  });
});

describe('presence that cannot lie', () => {
  it('drops presence that claims another role than the connection has', async () => {
    const { client } = createTestRelay();
    const watcher = client(BOARD, 'editor');
    const viewer = client(BOARD, 'viewer');
    await settle();
    viewer.send(awarenessFrame(8001, { user: { name: 'Ведущий', color: '#1971c2', role: 'facilitator' } }));
    viewer.send(awarenessFrame(8002, { user: { name: 'Вера', color: '#1971c2', role: 'viewer' } }));
    await settle();
    const seen = presenceSeen(watcher);
    expect(seen.has(8001)).toBe(false);
    expect(seen.get(8002)).toMatchObject({ user: { role: 'viewer' } });
  });

  it('lets only facilitators see how many private ideas people hold', async () => {
    const { client } = createTestRelay();
    const facilitator = client(BOARD, 'facilitator');
    const colleague = client(BOARD, 'editor');
    const author = client(BOARD, 'editor');
    await settle();
    author.send(awarenessFrame(9001, { user: { name: 'Анна', color: '#1971c2', role: 'editor' }, privateIdeas: 4 }));
    await settle();
    expect(presenceSeen(facilitator).get(9001)).toMatchObject({ privateIdeas: 4 });
    expect(presenceSeen(colleague).get(9001)).toMatchObject({ user: { name: 'Анна' } });
    expect(presenceSeen(colleague).get(9001)).not.toHaveProperty('privateIdeas');
    // A late joiner's first view, and a query, are filtered the same way.
    const late = client(BOARD, 'viewer');
    await settle();
    expect(presenceSeen(late).get(9001)).not.toHaveProperty('privateIdeas');
  });
});
