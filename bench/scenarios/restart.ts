/**
 * Restart recovery: a board with a snapshot (the preloaded 5,000 cards) and a tail of small
 * updates still in the update log, then kill -9 and a fresh process; timed from spawn until a client is served the
 * board, and checked for the last update of the tail (a lost tail is reported, not hidden).
 */
import * as Y from 'yjs';
import { getCard, listCards, updateCard } from '../../shared/board';
import { fetchState } from '../load/board';
import { UPDATE, readIncoming, syncFrame } from '../load/frames';
import { RawClient, type Target } from '../load/RawClient';
import type { BenchServer } from '../servers';

const WRITER_SHARE = 1000;

export interface RestartResult {
  /** Until the client had applied the frame that completed the tail: the scenario's number. */
  servedMs: number;
  /**
   * Until that frame arrived, before the client applied it: the server's share of `servedMs`.
   * Applying a 3.3 MB board takes the load generator ~0.5–0.7 s here, whatever the server.
   */
  arrivedMs: number;
  tailIntact: boolean;
  server: BenchServer;
}

export async function restartRecovery(server: BenchServer, target: Target, tail: number): Promise<RestartResult> {
  // Stratboard compacts every 1,000 updates: written at full speed, the tail would be merged
  // into the snapshot before the kill. Deferring compaction keeps all of it in the log.
  if (server.keepingLog) server = await server.keepingLog();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await fetchState(target));
  const cards = listCards(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < tail; i++) updateCard(doc, cards[i % cards.length]!.id, { owner: `Команда ${i}` });
  const last = cards[(tail - 1) % cards.length]!.id;
  // Stratboard limits messages per connection (300/s, bursts of 1,500), so the tail is spread
  // over several writers, each within one burst; the server holds any update that arrives
  // before the one it depends on until that one comes.
  const writers: RawClient[] = [];
  for (let from = 0; from < updates.length; from += WRITER_SHARE) {
    const writer = new RawClient(target, Y.encodeStateVector(doc));
    writers.push(writer);
    await writer.opened;
    for (const update of updates.slice(from, from + WRITER_SHARE)) writer.send(syncFrame(target, UPDATE, update));
  }
  // The tail counts once the server serves it to someone else.
  const deadline = Date.now() + 60_000;
  while (!(await hasTail(target, last, tail)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const writer of writers) writer.close();
  await server.kill();

  const t = performance.now();
  const restarted = await server.restart();
  // One client stays connected and applies everything it is sent: y-websocket@2 answers the
  // first sync before LevelDB has loaded the board and sends the board as an update later.
  const arrived = await servedWithTail(target, last, tail, 20_000);
  const served = arrived !== null;
  return { servedMs: served ? performance.now() - t : NaN, arrivedMs: served ? arrived - t : NaN, tailIntact: served, server: restarted };
}

/** When the frame that completed the tail arrived (performance.now()), or null if none did in time. */
async function servedWithTail(target: Target, last: string, tail: number, timeoutMs: number): Promise<number | null> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const doc = new Y.Doc();
    const done = new Promise<number | null>((resolve) => {
      const client = new RawClient(target, Y.encodeStateVector(doc), (data) => {
        const arrived = performance.now();
        const message = readIncoming(target.protocol, data);
        if (message.kind !== 'sync' || message.step === 0) return;
        Y.applyUpdate(doc, message.payload);
        if (getCard(doc, last as never)?.owner === `Команда ${tail - 1}`) {
          client.close();
          resolve(arrived);
        }
      });
      client.opened.catch(() => resolve(null));
      setTimeout(
        () => {
          client.close();
          resolve(null);
        },
        Math.max(0, deadline - performance.now()),
      );
    });
    const arrived = await done;
    if (arrived !== null) return arrived;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

async function hasTail(target: Target, last: string, tail: number): Promise<boolean> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await fetchState(target));
  return getCard(doc, last as never)?.owner === `Команда ${tail - 1}`;
}
