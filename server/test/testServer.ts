/**
 * Starts a real server on 127.0.0.1:0 for integration tests, on a SQLite file in a fresh
 * temporary directory (or a given store), and removes everything on close.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RetentionTiming } from '../admin/retention';
import { LocalBus } from '../bus/LocalBus';
import type { RoomBus } from '../bus/RoomBus';
import { testConfig, type Config } from '../config';
import { createLogger } from '../log';
import { startServer, type RunningServer } from '../startServer';
import type { DocStore } from '../store/DocStore';
import { SqliteStore } from '../store/SqliteStore';

export interface TestServer extends Omit<RunningServer, 'close'> {
  dataDir: string;
  /** ws://host:port/ws, the base URL a WebsocketProvider takes. */
  wsUrl: string;
  /** Stops the server; the data directory is removed unless `keepData` (for a restart). */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export async function startTestServer(
  options: { config?: Partial<Config>; store?: DocStore; bus?: RoomBus; dataDir?: string; keepData?: boolean; retentionTiming?: RetentionTiming } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'stratboard-test-'));
  const config = testConfig({ port: 0, host: '127.0.0.1', dataDir, unloadDelayMs: 50, ...options.config });
  const store = options.store ?? new SqliteStore({ file: join(dataDir, 'stratboard.sqlite') });
  const server = await startServer(config, {
    store,
    bus: options.bus ?? new LocalBus(),
    log: createLogger(config),
    retentionTiming: options.retentionTiming,
  });
  return {
    ...server,
    dataDir,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/ws`,
    close: async (closeOptions = {}) => {
      await server.close();
      if (!closeOptions.keepData && !options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
