/**
 * Redis for tests. `testRedisUrl()` finds the shared one (REDIS_URL / TEST_REDIS_URL, else
 * 127.0.0.1:6379); `startRedisServer()` spawns a private, throw-away redis-server on a free
 * port that a test may kill and restart without touching anyone else's Redis.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';

/** Whether Redis-backed suites must run: in CI they always do, and fail loudly if they cannot. */
export const REDIS_REQUIRED = Boolean(process.env.CI);

/** The shared test Redis if it answers PING, else null (the caller skips, with a message). */
export async function testRedisUrl(): Promise<string | null> {
  const url = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const client = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null, connectTimeout: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch {
    if (REDIS_REQUIRED) throw new Error(`Redis tests must run in CI, but ${url} is unreachable`);
    console.warn(`Redis tests skipped: no Redis at ${url} (set TEST_REDIS_URL to run them)`);
    return null;
  } finally {
    client.disconnect();
  }
}

/** Whether `redis-server` can be spawned here (private servers for restart tests). */
export function hasRedisServerBinary(): boolean {
  const found = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!found && REDIS_REQUIRED) throw new Error('redis-server must be installed in CI');
  if (!found) console.warn('Redis restart tests skipped: no redis-server binary on PATH');
  return found;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PrivateRedis {
  readonly port: number;
  readonly url: string;
  /** SIGKILL (a crash: nothing is saved, every connection drops). */
  kill(): Promise<void>;
  /** Starts again on the same port, empty. */
  start(): Promise<void>;
}

/** A redis-server on a free port, no persistence, bound to loopback. */
export async function startRedisServer(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const redis: PrivateRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async kill() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      const started = child;
      await new Promise<void>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output}`)), 10_000);
        started.stdout!.on('data', (chunk) => {
          output += String(chunk);
          if (output.includes('Ready to accept connections')) {
            clearTimeout(timer);
            resolve();
          }
        });
        started.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`redis-server exited with ${code}: ${output}`));
        });
      });
    },
  };
  await redis.start();
  return redis;
}
