/**
 * Entry point: parse config, pick the adapters it names (importing only their drivers),
 * serve, and shut down gracefully on SIGTERM/SIGINT.
 */
import { type Config, ConfigError, parseConfig } from './config';
import { createLogger } from './log';
import { startServer } from './startServer';
import { MergeWorker } from './store/MergeWorker';
import { openStore } from './store/openStore';

async function main(): Promise<void> {
  let config: Config;
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
  // Compaction merges whole boards; off the event loop so that no connection waits for it.
  const merger = new MergeWorker();
  const store = await openStore(config, log, merger.merge);
  // Never waits for Redis: a bus that is down is logged and retried while edits keep being saved.
  const bus = config.redis ? new (await import('./bus/RedisBus')).RedisBus({ url: config.redis, log }) : new (await import('./bus/LocalBus')).LocalBus();
  // Only a networked bus can lose messages, so only it needs the periodic state comparison.
  const busRepairIntervalMs = config.redis ? config.busRepairMs : 0;

  const server = await startServer(config, { store, bus, log, busRepairIntervalMs });
  log.info({ url: server.url, store: store.kind, bus: bus.kind, dataDir: config.dataDir }, 'Stratboard is ready');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => merger.close().then(() => process.exit(0)),
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
