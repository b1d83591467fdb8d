/**
 * A relay on an in-memory store with in-memory sockets: deterministic relay tests without a
 * network. `client()` opens a connection as a given role and returns its socket double.
 */
import * as Y from 'yjs';
import type { Role } from '../../shared/board/types';
import { LocalBus } from '../bus/LocalBus';
import type { RoomBus } from '../bus/RoomBus';
import { createLogger } from '../log';
import { createMetrics } from '../metrics';
import type { PublicDocKind } from '../relay/docNames';
import { Relay, type RelayOptions } from '../relay/Relay';
import type { DocStore } from '../store/DocStore';
import { MemoryStore } from '../store/MemoryStore';
import { TestClientSocket } from './socketPair';

export const LINK_HASH: Record<Role, string> = { facilitator: 'f'.repeat(64), editor: 'e'.repeat(64), expert: 'x'.repeat(64), viewer: 'v'.repeat(64) };

export function createTestRelay(options: Partial<RelayOptions> & { store?: DocStore; bus?: RoomBus } = {}) {
  const store = options.store ?? new MemoryStore();
  const bus = options.bus ?? new LocalBus();
  const metrics = createMetrics();
  const relay = new Relay({
    store,
    bus,
    metrics,
    log: createLogger({ logLevel: 'silent' }),
    maxFrameBytes: 1024 * 1024,
    maxMessagesPerSecond: 1000,
    maxConnectionsPerBoard: 100,
    compactAfterUpdates: 1000,
    unloadDelayMs: 0,
    ...options,
  });
  const client = (boardId: string, role: Role, doc: PublicDocKind = 'content') => {
    const socket = new TestClientSocket();
    socket.connection = relay.connect(socket.serverSide, { boardId, doc, role, linkHash: LINK_HASH[role] });
    return socket;
  };
  return { relay, store, bus, metrics, client };
}

/** Lets queued commits, fan-out and awareness flushes run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A Yjs update that sets one key, as a client's doc would produce it. */
export function updateSetting(key: string, value: unknown, doc = new Y.Doc()): Uint8Array {
  let captured: Uint8Array | null = null;
  doc.once('update', (update: Uint8Array) => (captured = update));
  doc.getMap('test').set(key, value);
  if (!captured) throw new Error('no update produced');
  return captured;
}

/** Applies every update message a test client received to a fresh doc. */
export function docFromMessages(socket: TestClientSocket): Y.Doc {
  const doc = new Y.Doc();
  for (const message of socket.messages()) {
    if (message.type === 'sync-step-2' || message.type === 'update') Y.applyUpdate(doc, message.update);
  }
  return doc;
}
