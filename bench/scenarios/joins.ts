/**
 * Cold joins of the big board: a client with nothing locally, timed until it holds the board.
 * The single join also applies the state to a Y.Doc (what a browser waits for); the storm
 * only waits for every sync step 2 to arrive, because applying 200 boards would make this
 * 2-core load generator, not the server, the thing being measured.
 */
import * as Y from 'yjs';
import { withTimeout } from '../load/board';
import { RawClient, type Target } from '../load/RawClient';
import { cpuMeter, eventLoopP99Ms, watchRss } from '../proc';
import type { BenchServer } from '../servers';

const EMPTY = Y.encodeStateVector(new Y.Doc());

export async function singleJoinMs(target: Target): Promise<number> {
  const t = performance.now();
  const client = new RawClient(target, EMPTY);
  const state = await withTimeout(client.synced, 60_000, 'join');
  Y.applyUpdate(new Y.Doc(), state);
  client.close();
  return performance.now() - t;
}

export interface StormResult {
  allSyncedMs: number;
  failed: number;
  serverRssPeak: number;
  serverCpuSeconds: number;
  eventLoopP99: number;
}

export async function joinStorm(server: BenchServer, target: Target, joins: number): Promise<StormResult> {
  await eventLoopP99Ms(server.metricsUrl);
  const rss = watchRss(server.pid, 100);
  const cpu = cpuMeter(server.pid);
  const t = performance.now();
  const clients = Array.from({ length: joins }, () => new RawClient(target, EMPTY));
  const outcomes = await Promise.allSettled(
    clients.map((client) =>
      withTimeout(
        client.opened.then(() => client.synced),
        60_000,
        'storm join',
      ),
    ),
  );
  const allSyncedMs = performance.now() - t;
  const used = cpu.stop();
  const result = {
    allSyncedMs,
    failed: outcomes.filter((outcome) => outcome.status === 'rejected').length,
    serverRssPeak: rss.stop(),
    serverCpuSeconds: used.seconds,
    eventLoopP99: await eventLoopP99Ms(server.metricsUrl),
  };
  for (const client of clients) client.close();
  return result;
}
