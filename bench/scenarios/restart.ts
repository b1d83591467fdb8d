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
  servedMs: number;
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
  const served = await servedWithTail(target, last, tail, 20_000);
  return { servedMs: served ? performance.now() - t : NaN, tailIntact: served, server: restarted };
}

async function servedWithTail(target: Target, last: string, tail: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const doc = new Y.Doc();
    const done = new Promise<boolean>((resolve) => {
      const client = new RawClient(target, Y.encodeStateVector(doc), (data) => {
        const message = readIncoming(target.protocol, data);
        if (message.kind !== 'sync' || message.step === 0) return;
        Y.applyUpdate(doc, message.payload);
        if (getCard(doc, last as never)?.owner === `Команда ${tail - 1}`) {
          client.close();
          resolve(true);
        }
      });
      client.opened.catch(() => resolve(false));
      setTimeout(
        () => {
          client.close();
          resolve(false);
        },
        Math.max(0, deadline - performance.now()),
      );
    });
    if (await done) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

async function hasTail(target: Target, last: string, tail: number): Promise<boolean> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await fetchState(target));
  return getCard(doc, last as never)?.owner === `Команда ${tail - 1}`;
}
