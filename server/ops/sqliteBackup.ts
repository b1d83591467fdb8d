/**
 * Backup and restore of the SQLite store through SQLite's online backup API (better-sqlite3's
 * `db.backup`), never a file copy: a copy of a WAL database taken while the server writes can
 * miss the log or tear a page. The copy is one read transaction, so it holds the store exactly
 * as it was at one commit, and in WAL mode the server keeps writing meanwhile.
 *
 * Both directions write a temporary file beside the target and rename it at the end, so a
 * failure never leaves a half file where a store or a backup is expected.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { sqliteFile } from '../store/openStore';
import { SQLITE_SCHEMA_VERSION } from '../store/SqliteStore';

/** Why an operation was refused before anything was written. */
export type BackupRefusalReason =
  | 'no-store'
  | 'out-exists'
  | 'out-dir-missing'
  | 'same-file'
  | 'no-file'
  | 'not-a-store'
  | 'corrupt'
  | 'newer-schema'
  | 'target-holds-store';

/** A refusal: the message is one line, meant for the operator. */
export class BackupRefused extends Error {
  override readonly name = 'BackupRefused';
  constructor(
    readonly reason: BackupRefusalReason,
    message: string,
  ) {
    super(message);
  }
}

export interface CopyResult {
  /** Absolute path of what was written. */
  file: string;
  bytes: number;
  boards: number;
}

/** SQLite's companions of a database file; any of them beside a target means a store is there. */
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** Copies the store of `dataDir` to `out`, online. Refuses an existing `out` unless `force`. */
export async function backupStore(options: { dataDir: string; out: string; force?: boolean }): Promise<CopyResult> {
  const store = resolve(sqliteFile(options.dataDir));
  const out = resolve(options.out);
  if (!existsSync(store)) throw new BackupRefused('no-store', `no Stratboard store at ${options.dataDir} (no ${basename(store)})`);
  if (COMPANIONS.some((suffix) => out === store + suffix)) throw new BackupRefused('same-file', `--out ${options.out} is the store itself`);
  if (existsSync(out) && !options.force) throw new BackupRefused('out-exists', `${options.out} exists (add --force to replace it)`);
  if (!existsSync(dirname(out))) throw new BackupRefused('out-dir-missing', `the directory of ${options.out} does not exist`);
  // Read-only: the backup never writes to the live store.
  const source = new Database(store, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    return await copyInto(source, out);
  } finally {
    source.close();
  }
}

/** What `checkStoreFile` found in a valid store file. */
export interface StoreFileInfo {
  boards: number;
  schemaVersion: number;
}

/**
 * Checks that `file` is a Stratboard store this server can open: an intact SQLite database
 * with the `boards` and `updates` tables and a schema no newer than this server's.
 */
export function checkStoreFile(file: string): StoreFileInfo {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupRefused('no-file', `no file ${file}`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefused('not-a-store', `${file} cannot be opened as SQLite: ${(error as Error).message}`);
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Not a database at all, as opposed to a database with damaged pages.
      if (code === 'SQLITE_NOTADB') throw new BackupRefused('not-a-store', `${file} is not an SQLite database`);
      throw new BackupRefused('corrupt', `${file} is damaged: ${(error as Error).message}`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') throw new BackupRefused('corrupt', `${file} is damaged: ${problems[0] ?? 'integrity check failed'}`);
    const tables = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    const missing = ['boards', 'updates'].filter((name) => !tables.has(name));
    if (missing.length > 0) throw new BackupRefused('not-a-store', `${file} is not a Stratboard store (no ${missing.join(', ')} table)`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > SQLITE_SCHEMA_VERSION) {
      throw new BackupRefused(
        'newer-schema',
        `${file} has schema ${schemaVersion}, newer than this server's (${SQLITE_SCHEMA_VERSION}): restore it with a newer Stratboard`,
      );
    }
    return { boards: countBoards(db), schemaVersion };
  } finally {
    db.close();
  }
}

/** Writes the store in `file` (a backup) as the store of `dataDir`, which must not hold one yet. */
export async function restoreStore(options: { file: string; dataDir: string }): Promise<CopyResult> {
  const target = resolve(sqliteFile(options.dataDir));
  const present = COMPANIONS.map((suffix) => target + suffix).find((path) => existsSync(path));
  if (present)
    throw new BackupRefused('target-holds-store', `${options.dataDir} already holds a store (${basename(present)}): restore into an empty directory`);
  checkStoreFile(options.file);
  const source = new Database(options.file, { readonly: true, fileMustExist: true });
  try {
    // Created after the checks, so a refused restore leaves no directory behind.
    mkdirSync(dirname(target), { recursive: true });
    return await copyInto(source, target);
  } finally {
    source.close();
  }
}

/**
 * Backs `source` up into a temporary file beside `target`, makes it a self-contained file
 * (rollback journal, so it opens read-only anywhere and has no -wal beside it; the server
 * switches it back to WAL when it opens it), syncs it and renames it to `target`.
 */
async function copyInto(source: Database.Database, target: string): Promise<CopyResult> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    // All remaining pages in one step: a step-wise copy restarts whenever the server commits
    // in between, and under steady writes it might never finish. One step is one read
    // transaction, which in WAL mode does not hold the server's writes back.
    await source.backup(temp, { progress: () => 0x7fffffff });
    const copy = new Database(temp, { fileMustExist: true });
    let boards: number;
    try {
      copy.pragma('journal_mode = DELETE');
      boards = countBoards(copy);
    } finally {
      copy.close();
    }
    syncFile(temp);
    renameSync(temp, target);
    syncDirectory(dirname(target));
    return { file: target, bytes: statSync(target).size, boards };
  } catch (error) {
    for (const suffix of COMPANIONS) {
      if (existsSync(temp + suffix)) unlinkSync(temp + suffix);
    }
    throw error;
  }
}

function countBoards(db: Database.Database): number {
  return db.prepare<[], number>('SELECT COUNT(*) FROM boards').pluck().get() ?? 0;
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename durable; some platforms (Windows) cannot open a directory, and skip it. */
function syncDirectory(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Not supported for directories here.
  } finally {
    closeSync(fd);
  }
}
