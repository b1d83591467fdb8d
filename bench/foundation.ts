/**
 * Foundation numbers: durable commit latency, load and join of a 5,000-card board, restart
 * recovery with a 10,000-update tail. Absolute numbers; peers come with the scale-out bench.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { listCards, updateCard } from '../shared/board';
import { createTestBoard, openProvider, synced } from '../server/test/clients';
import { type ChildServer, startChildServer } from '../server/test/childServer';
import { SqliteStore } from '../server/store/SqliteStore';
import { fillBoard } from './bigBoard';
import { median, ms, percentile, printTable } from './stats';

async function commitLatency(dir: string) {
  const store = new SqliteStore({ file: join(dir, 'latency.sqlite') });
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < 2000; i++) doc.getMap('m').set(`k${i % 100}`, i);
  const single: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    await store.append([{ doc: 'b', update: updates[i]! }]);
    single.push(performance.now() - t);
  }
  const batch: number[] = [];
  for (let i = 500; i + 50 <= 2000; i += 50) {
    const t = performance.now();
    await store.append(updates.slice(i, i + 50).map((update) => ({ doc: 'b', update })));
    batch.push(performance.now() - t);
  }
  await store.close();
  return { single, batch };
}

export async function runFoundation(options: { cards: number; tail: number; joins: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'stratboard-bench-'));
  // Killed however this ends: a failed step must not leave a server running with a big board.
  let server: ChildServer | null = null;
  try {
    const { single, batch } = await commitLatency(dir);
    printTable('Durable commit (SQLite, WAL, synchronous=FULL)', [
      ['1 update per commit p50 / p99', `${ms(median(single))} / ${ms(percentile(single, 99))}`],
      ['50 updates per commit p50 / p99', `${ms(median(batch))} / ${ms(percentile(batch, 99))}  (${ms(median(batch) / 50)} per update)`],
    ]);

    server = await startChildServer(join(dir, 'server'));
    const board = await createTestBoard(server.url);
    const writer = openProvider(server.wsUrl, board.id, board.token('editor'));
    await synced(writer.provider);
    const built = performance.now();
    fillBoard(writer.doc, options.cards);
    const buildMs = performance.now() - built;
    const size = Y.encodeStateAsUpdate(writer.doc).byteLength;
    // Wait until the server has it all: a fresh reader sees every card.
    const check = openProvider(server.wsUrl, board.id, board.token('viewer'));
    await synced(check.provider);
    while (listCards(check.doc).length < options.cards) await new Promise((r) => setTimeout(r, 50));
    check.provider.destroy();

    const warm: number[] = [];
    for (let i = 0; i < options.joins; i++) {
      const t = performance.now();
      const reader = openProvider(server.wsUrl, board.id, board.token('viewer'));
      await synced(reader.provider);
      warm.push(performance.now() - t);
      reader.provider.destroy();
    }
    // Small edits pile up a tail behind the snapshot.
    const cards = listCards(writer.doc);
    for (let i = 0; i < options.tail; i++) {
      updateCard(writer.doc, cards[i % cards.length]!.id, { owner: `Команда ${i}` });
      if (i % 200 === 0) await new Promise((r) => setImmediate(r));
    }
    const probe = openProvider(server.wsUrl, board.id, board.token('viewer'));
    await synced(probe.provider);
    probe.provider.destroy();
    writer.provider.destroy();
    await server.kill();

    const restarted = performance.now();
    server = await startChildServer(join(dir, 'server'));
    const up = performance.now() - restarted;
    const t = performance.now();
    const cold = openProvider(server.wsUrl, board.id, board.token('viewer'));
    await synced(cold.provider);
    const coldJoin = performance.now() - t;
    const correct = listCards(cold.doc).length === options.cards;
    cold.provider.destroy();
    await server.kill();
    printTable(`A ${options.cards}-card board (${(size / 1024 / 1024).toFixed(2)} MB of Yjs state)`, [
      ['built in one client', ms(buildMs)],
      [`join of a loaded board, median of ${options.joins}`, ms(median(warm))],
      ['process start after kill -9', ms(up)],
      [`first join after restart (snapshot + ${options.tail}-update tail, load + sync)`, `${ms(coldJoin)}${correct ? '' : '  (WRONG CARD COUNT)'}`],
    ]);
  } finally {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
