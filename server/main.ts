/**
 * Entry point: parse config, pick the adapters it names (importing only their drivers),
 * serve, and shut down gracefully on SIGTERM/SIGINT.
 */
import { join } from 'node:path';
import { ConfigError, parseConfig } from './config';
import { createLogger } from './log';
import { startServer } from './startServer';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`stratboard: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config);
  const { SqliteStore } = await import('./store/SqliteStore');
  const store = new SqliteStore({ file: join(config.dataDir, 'stratboard.sqlite') });
  const { LocalBus } = await import('./bus/LocalBus');
  const bus = new LocalBus();

  const server = await startServer(config, { store, bus, log });
  log.info({ url: server.url, store: store.kind, bus: bus.kind, dataDir: config.dataDir }, 'Stratboard is ready');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main().catch((error: unknown) => {
  process.stderr.write(`stratboard: failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
