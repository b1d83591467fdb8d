/** Getting the 5,000-card board into a server, and reading back what a server holds. */
import * as Y from 'yjs';
import { listCards } from '../../shared/board';
import { fillBoard } from '../bigBoard';
import { UPDATE, syncFrame } from './frames';
import { RawClient, type Target } from './RawClient';

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

/** The whole document as the server serves it to a client that has nothing. */
export async function fetchState(target: Target, timeoutMs = 30_000): Promise<Uint8Array> {
  const client = new RawClient(target, EMPTY_STATE_VECTOR);
  try {
    await client.opened;
    return await withTimeout(client.synced, timeoutMs, 'sync step 2');
  } finally {
    client.close();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)))]).finally(
    () => clearTimeout(timer),
  );
}

/**
 * Builds the board on top of whatever the server already has (Stratboard's template lanes),
 * sends it as one update from one client, and waits until a fresh client is served all cards.
 */
export async function preloadBoard(target: Target, cards: number): Promise<{ bytes: number }> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await fetchState(target));
  fillBoard(doc, cards);
  const full = Y.encodeStateAsUpdate(doc);
  const writer = new RawClient(target, Y.encodeStateVector(doc));
  await writer.opened;
  writer.send(syncFrame(target, UPDATE, full));
  try {
    await waitUntilServed(target, cards);
    return { bytes: full.byteLength };
  } finally {
    writer.close();
  }
}

/** Waits until a fresh client is served at least `cards` cards of the board. */
export async function waitUntilServed(target: Target, cards: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const served = new Y.Doc();
    Y.applyUpdate(served, await fetchState(target));
    if (listCards(served).length >= cards) return;
    if (Date.now() > deadline) throw new Error('server never served the preloaded board');
    await new Promise((r) => setTimeout(r, 200));
  }
}
