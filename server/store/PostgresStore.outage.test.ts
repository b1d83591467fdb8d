/**
 * PostgresStore when PostgreSQL is down or not up yet: start-up retries, /healthz and the API.
 * Only the last test needs a real server.
 */
import { createServer, connect as netConnect, type AddressInfo, type Server } from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { createTestApp } from '../test/testApp';
import { dropSchema, randomSchema, testDatabaseUrl } from '../test/testPostgres';
import { PostgresStore } from './PostgresStore';

const url = await testDatabaseUrl();
const schema = randomSchema();
afterAll(async () => {
  if (url) await dropSchema(url, schema);
});

/** A local port with nothing listening on it (yet). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('PostgresStore while PostgreSQL is down', () => {
  it('logs one clear line per attempt and gives up only when told to', async () => {
    const port = await freePort();
    const lines: string[] = [];
    const log = { info: () => {}, warn: (_: unknown, message?: string) => void lines.push(message ?? '') };
    await expect(
      PostgresStore.connect(`postgres://postgres:secret@127.0.0.1:${port}/test`, { log, initialDelayMs: 100, maxAttempts: 3 }),
    ).rejects.toMatchObject({ reason: 'unavailable', message: `PostgreSQL at 127.0.0.1:${port} is not reachable (ECONNREFUSED)` });
    expect(lines).toEqual([
      `PostgreSQL at 127.0.0.1:${port} is not reachable (ECONNREFUSED); retrying in 0.1 s`,
      `PostgreSQL at 127.0.0.1:${port} is not reachable (ECONNREFUSED); retrying in 0.2 s`,
    ]);
    expect(lines.join('\n')).not.toContain('secret');
  });

  it('answers 503 to the API and on /healthz, naming the adapter there and the reason only in the log', async () => {
    const port = await freePort();
    const down = new PostgresStore({
      pool: new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/test`, connectionTimeoutMillis: 1000 }),
      target: `127.0.0.1:${port}`,
    });
    const { deps } = createTestApp();
    const warn = vi.spyOn(deps.log, 'warn');
    const app = createApp({ ...deps, store: down });
    try {
      await expect(down.ping()).rejects.toMatchObject({ reason: 'unavailable' });
      // The API answers 503 (retry later) without leaking where the database lives.
      const created = await app.request('/api/boards', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Стратсессия' }),
      });
      expect(created.status).toBe(503);
      expect(await created.json()).toEqual({ error: { code: 'unavailable', message: 'storage is unavailable; try again shortly' } });
      const response = await app.request('/healthz');
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.store).toEqual({ kind: 'postgres', ok: false });
      expect(JSON.stringify(body)).not.toContain('127.0.0.1');
      expect(warn).toHaveBeenCalledWith(
        expect.objectContaining({ err: expect.objectContaining({ message: `PostgreSQL at 127.0.0.1:${port} is not reachable (ECONNREFUSED)` }) }),
        expect.stringContaining('postgres'),
      );
    } finally {
      await down.close();
      await deps.relay.shutdown();
    }
  });

  it.runIf(url !== null)('waits for PostgreSQL to come up, then serves', async () => {
    const port = await freePort();
    const target = new URL(url!);
    let proxy: Server | undefined;
    const lines: string[] = [];
    const log = {
      info: () => {},
      warn: (_: unknown, message?: string) => {
        lines.push(message ?? '');
        // After the first refusal, "start the database": a TCP proxy to the real server.
        proxy ??= createServer((socket) => {
          const upstream = netConnect(Number(target.port || 5432), target.hostname);
          socket.pipe(upstream).pipe(socket);
          socket.on('error', () => upstream.destroy());
          upstream.on('error', () => socket.destroy());
        }).listen(port, '127.0.0.1');
      },
    };
    const proxied = new URL(url!);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(port);
    const store = await PostgresStore.connect(proxied.href, { schema, log, initialDelayMs: 100 });
    try {
      expect(lines).toHaveLength(1);
      await expect(store.ping()).resolves.toBeUndefined();
    } finally {
      await store.close();
      await new Promise((resolve) => proxy?.close(resolve));
    }
  });
});
