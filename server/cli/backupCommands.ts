/**
 * `npm run backup` and `npm run restore`: flags in, exit code out (0 done, 1 failed, 2 refused
 * or typed wrong), one line on stderr when not done. The data directory comes under the
 * server's own names (`--data` / DATA_DIR), so the backup reads the store the server writes.
 */
import { parseArgs } from 'node:util';
import { CONFIG_NAMES, parseConfig } from '../config';
import { backupStore, BackupRefused, type CopyResult, restoreStore } from '../ops/sqliteBackup';

export const BACKUP_USAGE = 'usage: npm run backup -- --out FILE [--data DIR] [--force]';
export const RESTORE_USAGE = 'usage: npm run restore -- FILE --data DIR';

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
}

/** Typed wrong: exit code 2, like a refusal. */
class UsageError extends Error {}

const DATA = CONFIG_NAMES.dataDir;

export function runBackupCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  return run('backup', BACKUP_USAGE, io, async () => {
    const { values, positionals } = parse(argv, { out: { type: 'string' }, force: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`unexpected ${positionals.join(' ')}`);
    if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out FILE is required');
    const written = await backupStore({ dataDir: dataDir(values, io.env, true)!, out: values.out, force: values.force === true });
    io.out(`wrote ${describe(written)}\n`);
  });
}

export function runRestoreCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  return run('restore', RESTORE_USAGE, io, async () => {
    const { values, positionals } = parse(argv, {});
    if (positionals.length !== 1)
      throw new UsageError(positionals.length === 0 ? 'the backup FILE is required' : `one FILE only, got ${positionals.join(' ')}`);
    // No default here: restoring is into a directory the operator names.
    const dir = dataDir(values, io.env, false);
    if (!dir) throw new UsageError(`--${DATA.flag} DIR (or ${DATA.env}) is required: the new, empty data directory`);
    const restored = await restoreStore({ file: positionals[0]!, dataDir: dir });
    io.out(`restored ${describe(restored)}\n`);
  });
}

type Options = Record<string, { type: 'string' | 'boolean' }>;

function parse(argv: readonly string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { ...options, [DATA.flag]: { type: 'string' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--data`, else DATA_DIR, else (with `withDefault`) the server's default, by the server's own parser. */
function dataDir(values: Record<string, unknown>, env: CommandIo['env'], withDefault: boolean): string | undefined {
  const flag = values[DATA.flag];
  const given = typeof flag === 'string' && flag !== '' ? flag : env[DATA.env] || undefined;
  if (!given && !withDefault) return undefined;
  return parseConfig(given ? [`--${DATA.flag}`, given] : [], {}).dataDir;
}

const describe = ({ file, bytes, boards }: CopyResult) => `${file} (${bytes} bytes, ${boards} board(s))`;

async function run(name: string, usage: string, io: CommandIo, body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`stratboard ${name}: ${error.message} (${usage})\n`);
      return 2;
    }
    if (error instanceof BackupRefused) {
      io.err(`stratboard ${name}: ${error.message}\n`);
      return 2;
    }
    io.err(`stratboard ${name}: failed: ${oneLine((error as Error).message)}\n`);
    return 1;
  }
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
