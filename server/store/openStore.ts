/**
 * The store the configuration names: PostgreSQL with `--postgres`, else the SQLite file in
 * `--data`. Only the chosen driver is imported. Used by the server and the operator commands,
 * so both always open the same store from the same settings.
 */
import { join } from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { DocStore } from './DocStore';
import type { MergeUpdates } from './mergeUpdates';

/** The SQLite file of a data directory. */
export const sqliteFile = (dataDir: string) => join(dataDir, 'stratboard.sqlite');

export async function openStore(config: Pick<Config, 'postgres' | 'dataDir'>, log: Logger, merge?: MergeUpdates): Promise<DocStore> {
  // PostgresStore.connect waits (logging) for a database that is down.
  if (config.postgres) return (await import('./PostgresStore')).PostgresStore.connect(config.postgres, { log, merge });
  return new (await import('./SqliteStore')).SqliteStore({ file: sqliteFile(config.dataDir), merge });
}
