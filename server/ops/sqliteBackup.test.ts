import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runBackupCommand, runRestoreCommand } from '../cli/backupCommands';
import { SQLITE_SCHEMA_VERSION, SqliteStore } from '../store/SqliteStore';
import { readSample, writeSample } from '../test/storeSample';
import { backupStore, BackupRefused, checkStoreFile, restoreStore } from './sqliteBackup';

const dirs: string[] = [];
const stores: SqliteStore[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stratboard-backup-'));
  dirs.push(dir);
  return dir;
}

function openStore(dataDir: string): SqliteStore {
  const store = new SqliteStore({ file: join(dataDir, 'stratboard.sqlite') });
  stores.push(store);
  return store;
}

/** A data directory whose store holds the sample, left open as a running server would. */
async function liveStore() {
  const root = tempDir();
  const dataDir = join(root, 'data');
  const store = openStore(dataDir);
  const ids = await writeSample(store, 'b');
  return { root, dataDir, store, ids };
}

/** Runs a command in-process, as the entry points do. */
async function command(run: typeof runBackupCommand, argv: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (text) => (out += text), err: (text) => (err += text), env });
  return { code, out, err };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupRefused);
  return (error as BackupRefused).reason;
}

describe('backup', () => {
  it('copies a store that is open and being written, as it was at the backup', async () => {
    const { root, dataDir, store, ids } = await liveStore();
    const expected = await readSample(store, ids);
    const out = join(root, 'nightly.sqlite');
    const result = await backupStore({ dataDir, out });
    await store.append([{ doc: ids[0]!, update: new Uint8Array([0, 0]) }]);
    await writeSample(store, 'later');
    expect(result).toEqual({ file: out, bytes: statSync(out).size, boards: 2 });
    // One self-contained file: no temp file or -wal left beside it.
    expect(readdirSync(root).sort()).toEqual(['data', 'nightly.sqlite']);
    const restored = join(root, 'restored');
    await restoreStore({ file: out, dataDir: restored });
    const copy = openStore(restored);
    expect(await readSample(copy, ids)).toEqual(expected);
    expect(await copy.getBoard('latera')).toBeNull();
  });

  it('refuses a directory without a store, an existing --out, and the store itself', async () => {
    const { root, dataDir } = await liveStore();
    expect(await refusal(backupStore({ dataDir: join(root, 'elsewhere'), out: join(root, 'x.sqlite') }))).toBe('no-store');
    const out = join(root, 'taken.sqlite');
    writeFileSync(out, 'keep me');
    expect(await refusal(backupStore({ dataDir, out }))).toBe('out-exists');
    expect(await refusal(backupStore({ dataDir, out: join(dataDir, 'stratboard.sqlite'), force: true }))).toBe('same-file');
    expect(await refusal(backupStore({ dataDir, out: join(root, 'missing', 'x.sqlite') }))).toBe('out-dir-missing');
    expect(existsSync(join(root, 'elsewhere'))).toBe(false);
    await backupStore({ dataDir, out, force: true });
    expect(checkStoreFile(out).boards).toBe(2);
  });

  it('leaves no half file when the final rename fails', async () => {
    const { root, dataDir } = await liveStore();
    const out = join(root, 'a-directory');
    mkdirSync(join(out, 'inside'), { recursive: true });
    await expect(backupStore({ dataDir, out, force: true })).rejects.toThrow();
    expect(readdirSync(root).sort()).toEqual(['a-directory', 'data']);
  });

  it('as a command: exit 2 and one line on stderr when refused, the written file on stdout when done', async () => {
    const { root, dataDir } = await liveStore();
    const missingOut = await command(runBackupCommand, ['--data', dataDir]);
    expect(missingOut).toMatchObject({ code: 2, out: '' });
    expect(missingOut.err).toMatch(/^stratboard backup: --out FILE is required .*\n$/);
    const noStore = await command(runBackupCommand, ['--out', join(root, 'x.sqlite')], { DATA_DIR: join(root, 'empty') });
    expect(noStore.code).toBe(2);
    expect(noStore.err.trimEnd().split('\n')).toHaveLength(1);
    expect(noStore.err).toContain('no Stratboard store at');
    // DATA_DIR, the server's variable, names the data directory too.
    const out = join(root, 'x.sqlite');
    const done = await command(runBackupCommand, ['--out', out], { DATA_DIR: dataDir });
    expect(done).toEqual({ code: 0, out: `wrote ${out} (${statSync(out).size} bytes, 2 board(s))\n`, err: '' });
    const again = await command(runBackupCommand, ['--out', out, '--data', dataDir]);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`stratboard backup: ${out} exists (add --force to replace it)\n`);
    expect((await command(runBackupCommand, ['--out', out, '--data', dataDir, '--force'])).code).toBe(0);
    expect((await command(runBackupCommand, ['--out', out, '--bogus'])).code).toBe(2);
  });
});

describe('restore', () => {
  async function backupFile() {
    const live = await liveStore();
    const file = join(live.root, 'backup.sqlite');
    await backupStore({ dataDir: live.dataDir, out: file });
    return { ...live, file };
  }

  it('restores into a new directory, which the store then opens with the same boards', async () => {
    const { root, store, ids, file } = await backupFile();
    const expected = await readSample(store, ids);
    const target = join(root, 'new', 'data');
    const done = await command(runRestoreCommand, [file, '--data', target]);
    const restored = join(target, 'stratboard.sqlite');
    expect(done).toEqual({ code: 0, out: `restored ${restored} (${statSync(restored).size} bytes, 2 board(s))\n`, err: '' });
    expect(readdirSync(target)).toEqual(['stratboard.sqlite']);
    expect(await readSample(openStore(target), ids)).toEqual(expected);
  });

  it('refuses a file that is not a Stratboard store', async () => {
    const { root } = await backupFile();
    const text = join(root, 'notes.txt');
    writeFileSync(text, 'not a database at all, just some text that is long enough to have a header\n'.repeat(20));
    expect(await refusal(restoreStore({ file: text, dataDir: join(root, 'r1') }))).toBe('not-a-store');
    const other = join(root, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE boards (id TEXT)');
    db.close();
    expect(await refusal(restoreStore({ file: other, dataDir: join(root, 'r2') }))).toBe('not-a-store');
    expect(await refusal(restoreStore({ file: join(root, 'absent.sqlite'), dataDir: join(root, 'r3') }))).toBe('no-file');
    // A refused restore creates nothing.
    expect(['r1', 'r2', 'r3'].some((dir) => existsSync(join(root, dir)))).toBe(false);
  });

  it('refuses a damaged file', async () => {
    const { root, file } = await backupFile();
    const damaged = join(root, 'damaged.sqlite');
    copyFileSync(file, damaged);
    const pageSize = 4096;
    expect(statSync(damaged).size).toBeGreaterThan(4 * pageSize);
    // Garbage over every page but the first (the header and the schema), so the tables' b-trees break.
    const fd = openSync(damaged, 'r+');
    const pages = statSync(damaged).size / pageSize;
    for (let page = 1; page < pages; page++) writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, page * pageSize);
    closeSync(fd);
    expect(await refusal(restoreStore({ file: damaged, dataDir: join(root, 'r') }))).toBe('corrupt');
    const result = await command(runRestoreCommand, [damaged, '--data', join(root, 'r')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^stratboard restore: .*damaged\.sqlite is damaged: [^\n]*\n$/);
  });

  it('refuses a store of a newer schema than this server', async () => {
    const { root, file } = await backupFile();
    const db = new Database(file);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    db.close();
    expect(await refusal(restoreStore({ file, dataDir: join(root, 'r') }))).toBe('newer-schema');
  });

  it('refuses a directory that holds a store, or only its -wal', async () => {
    const { root, dataDir, file } = await backupFile();
    expect(await refusal(restoreStore({ file, dataDir }))).toBe('target-holds-store');
    const walOnly = join(root, 'wal-only');
    mkdirSync(walOnly);
    writeFileSync(join(walOnly, 'stratboard.sqlite-wal'), '');
    expect(await refusal(restoreStore({ file, dataDir: walOnly }))).toBe('target-holds-store');
    const result = await command(runRestoreCommand, [file, '--data', dataDir]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('already holds a store');
    expect(readdirSync(walOnly)).toEqual(['stratboard.sqlite-wal']);
  });

  it('as a command: needs the file and --data', async () => {
    const { file } = await backupFile();
    expect((await command(runRestoreCommand, ['--data', tempDir()])).code).toBe(2);
    const noDir = await command(runRestoreCommand, [file]);
    expect(noDir.code).toBe(2);
    expect(noDir.err).toContain('--data DIR (or DATA_DIR) is required');
  });
});
