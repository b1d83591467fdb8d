/**
 * Two Stratboard nodes as the scale-out section of the README describes them: both on one
 * PostgreSQL database (created for this run, dropped at the end) and one Redis, each its own
 * process. The board is created on the first node; the second serves it from the shared store.
 */
import { startChildServer, type ChildServer } from '../server/test/childServer';
import { createTestBoard } from '../server/test/clients';
import { withAdmin } from '../server/test/testPostgres';
import type { Target } from './load/RawClient';
import { ensureServerBuilt, portAnswers, type BenchServer } from './servers';

export interface ClusterOptions {
  /** An existing database the bench may create another database from (trust auth on 127.0.0.1). */
  postgresUrl: string;
  redisUrl: string;
}

export interface BenchCluster {
  nodes: BenchServer[];
  /** A new board, and how to reach it through each node (same board id and link). */
  newBoard(): Promise<Target[]>;
  stop(): Promise<void>;
}

export const DEFAULT_CLUSTER: ClusterOptions = {
  postgresUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
};

const admin = (url: string, sql: string, connectTimeoutMs?: number) => withAdmin(url, (client) => client.query(sql), { connectTimeoutMs });

/** Why the cluster cannot start here (PostgreSQL or Redis not answering), or null. */
export async function clusterUnavailable(options: ClusterOptions = DEFAULT_CLUSTER): Promise<string | null> {
  try {
    await admin(options.postgresUrl, 'SELECT 1', 3000);
  } catch (error) {
    return `no PostgreSQL at ${new URL(options.postgresUrl).host} (${(error as Error).message})`;
  }
  const redis = new URL(options.redisUrl);
  return (await portAnswers(Number(redis.port || 6379), redis.hostname)) ? null : `no Redis at ${redis.host}`;
}

export async function startCluster(dataDir: string, options: ClusterOptions = DEFAULT_CLUSTER): Promise<BenchCluster> {
  await ensureServerBuilt();
  const database = `stratboard_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(options.postgresUrl, `CREATE DATABASE ${database}`);
  const url = new URL(options.postgresUrl);
  url.pathname = `/${database}`;
  // Every simulated participant connects from 127.0.0.1: lift the per-address caps meant for real rooms.
  const args = ['--postgres', url.href, '--redis', options.redisUrl, '--max-connections', '1000000', '--max-connections-per-ip', '1000000'];
  const children: ChildServer[] = [];
  const stop = async () => {
    await Promise.all(children.map((child) => child.kill()));
    await admin(options.postgresUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  };
  try {
    // One after the other: both would create the schema at once (safe, but slower to start).
    for (let i = 0; i < 2; i++) children.push(await startChildServer(dataDir, { args, compiled: true }));
  } catch (error) {
    await stop();
    throw error;
  }
  const nodes = children.map(
    (child): BenchServer => ({
      name: 'Stratboard',
      pid: child.process.pid!,
      metricsUrl: `${child.url}/metrics`,
      persistent: true,
      newBoard: () => Promise.reject(new Error('create boards through the cluster')),
      kill: () => child.kill(),
      restart: () => Promise.reject(new Error('not used for the cluster')),
    }),
  );
  return {
    nodes,
    async newBoard() {
      const board = await createTestBoard(children[0]!.url, { title: 'Нагрузочная сессия, два узла', template: 'strategic-session' });
      const token = board.token('editor');
      return children.map((child) => ({ protocol: 'yws' as const, doc: board.id, token, base: child.wsUrl, url: `${child.wsUrl}/${board.id}?k=${token}` }));
    },
    stop,
  };
}
