/**
 * Several relay processes serving one board: two real servers (`server/main.ts` as child
 * processes) sharing one store and one private Redis, a stock y-websocket client on each.
 *
 * Store: PostgreSQL (a database per test, dropped afterwards) when reachable, always in CI;
 * otherwise one SQLite file shared by both processes (WAL works across processes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { startChildServer, type ChildServer } from './childServer';
import { createTestBoard, eventually, openProvider, RawClient, synced, upgradeStatus, type CreatedTestBoard } from './clients';
import { readNote, writeNote } from './testRelay';
import { hasRedisServerBinary, startRedisServer, type PrivateRedis } from './redisServer';
import { withAdmin } from './testPostgres';

const PG_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const canSpawnRedis = hasRedisServerBinary();
const usePostgres = Boolean(process.env.CI) || (await pgReachable());
if (!usePostgres) console.warn(`multi-node tests share a SQLite file: no PostgreSQL at ${PG_ADMIN_URL}`);
/** Short, so a gap that no reconnect reports is still repaired within the test's patience. */
const REPAIR_MS = 500;

async function pgReachable(): Promise<boolean> {
  try {
    await withAdmin(PG_ADMIN_URL, (client) => client.query('SELECT 1'), { connectTimeoutMs: 2000 });
    return true;
  } catch {
    return false;
  }
}

const pgAdmin = (sql: string) => withAdmin(PG_ADMIN_URL, (client) => client.query(sql)).then(() => {});

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Cluster {
  redis: PrivateRedis;
  nodes: [ChildServer, ChildServer];
  board: CreatedTestBoard;
  /** Starts (or restarts, on the same port) node `i`. */
  startNode(i: 0 | 1, port?: number): Promise<ChildServer>;
  client(i: 0 | 1): ReturnType<typeof openProvider>;
}

/** `redisDown`: Redis is not running when the nodes start (it can be started later). */
async function startCluster(options: { redisDown?: boolean } = {}): Promise<Cluster> {
  const redis = await startRedisServer();
  cleanups.push(() => redis.kill());
  if (options.redisDown) await redis.kill();
  const dataDir = mkdtempSync(join(tmpdir(), 'stratboard-multinode-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const storeArgs: string[] = [];
  if (usePostgres) {
    // A database per test: PostgresStore keeps its tables in `public`, so a fresh database
    // isolates this test as a fresh schema would.
    const database = `stratboard_multinode_${Math.random().toString(36).slice(2, 10)}`;
    await pgAdmin(`CREATE DATABASE ${database}`);
    cleanups.push(() => pgAdmin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${database}`;
    storeArgs.push('--postgres', url.href);
  }
  const args = ['--redis', redis.url, '--bus-repair-ms', String(REPAIR_MS), ...storeArgs];
  const cluster = {
    redis,
    nodes: [] as unknown as [ChildServer, ChildServer],
    board: null as unknown as CreatedTestBoard,
    async startNode(i: 0 | 1, port?: number) {
      const node = await startChildServer(dataDir, { port, args });
      cluster.nodes[i] = node;
      cleanups.push(() => node.kill());
      return node;
    },
    client(i: 0 | 1) {
      const client = openProvider(cluster.nodes[i].wsUrl, cluster.board.id, cluster.board.token('editor'));
      cleanups.push(() => client.provider.destroy());
      return client;
    },
  };
  await Promise.all([cluster.startNode(0), cluster.startNode(1)]);
  cluster.board = await createTestBoard(cluster.nodes[0].url);
  return cluster;
}

/** Keys of the test notes a doc holds (see `writeNote`). */
const keysOf = (doc: Y.Doc) => new Set(doc.getMap('cards').keys());
const portOf = (node: ChildServer) => Number(new URL(node.url).port);

async function healthStatus(node: ChildServer): Promise<number> {
  return (await fetch(`${node.url}/healthz`)).status;
}

function writeEntries(doc: Y.Doc, prefix: string, count: number): string[] {
  const keys = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  for (const key of keys) writeNote(doc, key, key);
  return keys;
}

describe.skipIf(!canSpawnRedis)(`two relay nodes on one Redis and one ${usePostgres ? 'PostgreSQL' : 'SQLite file'}`, () => {
  it('converges edits and presence both ways', { timeout: 60_000 }, async () => {
    const cluster = await startCluster();
    const a = cluster.client(0);
    const b = cluster.client(1);
    await Promise.all([synced(a.provider), synced(b.provider)]);

    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
      const seen = new Promise<void>((resolve) => {
        const observer = () => {
          if (readNote(to.doc, `k${i}`) === undefined) return;
          to.doc.getMap('cards').unobserve(observer);
          resolve();
        };
        to.doc.getMap('cards').observe(observer);
      });
      const started = performance.now();
      writeNote(from.doc, `k${i}`, i);
      await seen;
      latencies.push(performance.now() - started);
    }
    latencies.sort((x, y) => x - y);
    console.info(`cross-node propagation over Redis: p50 ${latencies[10]!.toFixed(1)} ms, max ${latencies[19]!.toFixed(1)} ms (20 edits)`);
    const notes = (doc: Y.Doc) => Object.fromEntries([...keysOf(doc)].map((key) => [key, readNote(doc, key)]));
    expect(notes(a.doc)).toEqual(notes(b.doc));

    a.awareness.setLocalStateField('user', { name: 'Анна' });
    await eventually(() => expect([...b.awareness.getStates().values()]).toContainEqual({ user: { name: 'Анна' } }));
  });

  it('loses nothing and converges across a Redis crash and restart', { timeout: 60_000 }, async () => {
    const cluster = await startCluster();
    const a = cluster.client(0);
    const b = cluster.client(1);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    const before = [...writeEntries(a.doc, 'before-a', 5), ...writeEntries(b.doc, 'before-b', 5)];
    await eventually(() => expect(keysOf(b.doc)).toEqual(keysOf(a.doc)));

    await cluster.redis.kill();
    await eventually(() => expect(healthStatus(cluster.nodes[0])).resolves.toBe(503));
    // Edits keep being accepted and saved by each node while the nodes cannot talk.
    const during = [...writeEntries(a.doc, 'during-a', 20), ...writeEntries(b.doc, 'during-b', 20)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(keysOf(b.doc).has('during-a0')).toBe(false);

    const restarted = performance.now();
    await cluster.redis.start();
    await eventually(() => expect(keysOf(a.doc)).toEqual(keysOf(b.doc)), 15_000);
    console.info(`converged ${(performance.now() - restarted).toFixed(0)} ms after Redis came back`);
    const all = [...before, ...during];
    expect([...keysOf(a.doc)].sort()).toEqual(all.sort());
    await eventually(() => expect(healthStatus(cluster.nodes[1])).resolves.toBe(200));

    const after = writeEntries(b.doc, 'after-b', 3);
    await eventually(() => expect([...keysOf(a.doc)]).toEqual(expect.arrayContaining(after)));
    // And it is all durable: a fresh client of either node reads every entry.
    const reader = cluster.client(1);
    await synced(reader.provider);
    expect([...keysOf(reader.doc)].sort()).toEqual([...all, ...after].sort());
  });

  it('loses nothing and converges across kill -9 and restart of one node', { timeout: 60_000 }, async () => {
    const cluster = await startCluster();
    const a = cluster.client(0);
    const b = cluster.client(1);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    const before = writeEntries(a.doc, 'before-a', 10);
    await eventually(() => expect([...keysOf(b.doc)]).toEqual(expect.arrayContaining(before)));

    const port = portOf(cluster.nodes[0]);
    await cluster.nodes[0].kill();
    // Node B keeps serving; client A edits offline and sends it all on reconnect.
    const during = [...writeEntries(b.doc, 'during-b', 20), ...writeEntries(a.doc, 'offline-a', 5)];
    await new Promise((resolve) => setTimeout(resolve, 200));
    const restarted = performance.now();
    await cluster.startNode(0, port);
    await eventually(() => expect(keysOf(a.doc)).toEqual(keysOf(b.doc)), 20_000);
    console.info(`converged ${(performance.now() - restarted).toFixed(0)} ms after the node restarted (client reconnect backoff included)`);
    const all = [...before, ...during].sort();
    expect([...keysOf(a.doc)].sort()).toEqual(all);

    const after = writeEntries(a.doc, 'after-a', 3);
    await eventually(() => expect([...keysOf(b.doc)]).toEqual(expect.arrayContaining(after)));
    const reader = cluster.client(0);
    await synced(reader.provider);
    expect([...keysOf(reader.doc)].sort()).toEqual([...all, ...after].sort());
  });

  it('closes connections of a link rotated while Redis was down, on every node', { timeout: 60_000 }, async () => {
    const cluster = await startCluster();
    const { id, token } = cluster.board;
    const wsUrl = (i: 0 | 1, k: string) => `${cluster.nodes[i].wsUrl}/${id}?k=${k}`;
    const oldLink = new RawClient(wsUrl(1, token('editor')));
    cleanups.push(() => oldLink.close());
    await oldLink.opened;
    await eventually(() => expect(oldLink.messages.some((m) => m.type === 'sync-step-1')).toBe(true));

    await cluster.redis.kill();
    // Node A saves the rotation; its `link-rotated` message is lost with Redis.
    const response = await fetch(`${cluster.nodes[0].url}/api/boards/${id}/links/editor/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token('facilitator')}` },
    });
    expect(response.status).toBe(200);
    const newToken = ((await response.json()) as { link: string }).link.split('#k=')[1]!;
    await cluster.redis.start();
    // Node B re-reads the links from PostgreSQL on the bus-repair cadence (after the
    // reconnect, and every REPAIR_MS even while Redis is still down).
    await eventually(() => expect(oldLink.closed).toEqual({ code: 4401, reason: expect.stringContaining('replaced') }), 10_000);

    expect(await upgradeStatus(wsUrl(1, token('editor')))).toBe(403);
    const fresh = openProvider(cluster.nodes[1].wsUrl, id, newToken);
    cleanups.push(() => fresh.provider.destroy());
    await synced(fresh.provider);
  });

  it('starts without Redis, keeps accepting edits, and converges once Redis appears', { timeout: 60_000 }, async () => {
    const cluster = await startCluster({ redisDown: true });
    expect(await healthStatus(cluster.nodes[0])).toBe(503);
    const a = cluster.client(0);
    const b = cluster.client(1);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    const written = [...writeEntries(a.doc, 'a', 10), ...writeEntries(b.doc, 'b', 10)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(keysOf(a.doc).has('b0')).toBe(false);
    await cluster.redis.start();
    await eventually(() => expect([...keysOf(a.doc)].sort()).toEqual(written.sort()), 15_000);
    await eventually(() => expect(keysOf(b.doc)).toEqual(keysOf(a.doc)));
  });
});
