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
  const client = (boardId: string, role: Role, doc: PublicDocKind = 'content', address?: string) => {
    const socket = new TestClientSocket();
    socket.connection = relay.connect(socket.serverSide, { boardId, doc, role, linkHash: LINK_HASH[role], address });
    return socket;
  };
  return { relay, store, bus, metrics, client };
}

/** Lets queued commits, fan-out and awareness flushes run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * A test note: the card `key`, whose title is `value`. Any editor may write it (a card under
 * their own name, here none), so relay tests can write and read simple values as real content.
 */
export function writeNote(doc: Y.Doc, key: string, value: string | number): void {
  const cards = doc.getMap<Y.Map<unknown>>('cards');
  const existing = cards.get(key);
  if (existing instanceof Y.Map) {
    existing.set('title', String(value));
    return;
  }
  const card = new Y.Map<unknown>();
  card.set('pos', { lane: 'lane-test', order: 'a0', x: 0, y: 0 });
  card.set('title', String(value));
  card.set('author', '');
  cards.set(key, card);
}

/** The title of the test note `key`, or undefined. */
export function readNote(doc: Y.Doc, key: string): string | undefined {
  const card = doc.getMap<Y.Map<unknown>>('cards').get(key);
  return card instanceof Y.Map ? (card.get('title') as string) : undefined;
}

/** The update that writes a test note, as a client's doc (`doc`, kept between calls) would produce it. */
export function noteUpdate(key: string, value: string | number, doc = new Y.Doc({ gc: false })): Uint8Array {
  let captured: Uint8Array | null = null;
  const capture = (update: Uint8Array) => {
    captured = captured ? Y.mergeUpdates([captured, update]) : update;
  };
  doc.on('update', capture);
  doc.transact(() => writeNote(doc, key, value));
  doc.off('update', capture);
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
