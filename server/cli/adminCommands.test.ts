/**
 * `npm run admin -- …` on a SQLite data directory: in-process for each command, and once as
 * the real command line an operator types.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashLinkToken } from '../auth/linkTokens';
import { createBoard } from '../boards/createBoard';
import { createLogger } from '../log';
import { SqliteStore } from '../store/SqliteStore';
import { sqliteFile } from '../store/openStore';
import { runAdminCommand } from './adminCommands';

const run = promisify(execFile);
const DAY = 24 * 60 * 60 * 1000;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stratboard-admin-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Two boards in the data directory: one of today, one untouched for 100 days. */
async function seed() {
  const store = new SqliteStore({ file: sqliteFile(dir) });
  const today = await createBoard(store, { title: 'Умная парковка', template: 'strategic-session', locale: 'ru', place: 'Калуга', date: '2026-12-03' });
  const old = await createBoard(store, { title: 'Ветропарк', template: 'blank', locale: 'ru' }, Date.now() - 100 * DAY);
  await store.close();
  return { today, old };
}

async function admin(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runAdminCommand(argv, { out: (text) => (out += text), err: (text) => (err += text), env: {}, log: createLogger({ logLevel: 'silent' }) });
  return { code, out, err };
}

describe('npm run admin', () => {
  it('list shows every board; --json gives the console API rows', async () => {
    const { today, old } = await seed();
    const table = await admin('list', '--data', dir);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^id\s+title\s+place/);
    expect(table.out).toContain('Умная парковка');
    expect(table.out).toContain('Калуга');
    const json = await admin('list', '--json', '--data', dir);
    const { boards } = JSON.parse(json.out) as { boards: Array<{ id: string; title: string; place: string | null; participants: number; bytes: number }> };
    expect(boards.map((board) => board.id).sort()).toEqual([today.id, old.id].sort());
    expect(boards.find((board) => board.id === today.id)).toMatchObject({ title: 'Умная парковка', place: 'Калуга', participants: 0 });
  });

  it('export writes the JSON export; delete needs --yes and removes the board', async () => {
    const { today, old } = await seed();
    const file = join(dir, 'export.json');
    expect((await admin('export', today.id, '--out', file, '--data', dir)).code).toBe(0);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { version: number; board: { meta: { title: string }; lanes: unknown[] } };
    expect(exported.version).toBe(2);
    expect(exported.board.meta.title).toBe('Умная парковка');
    expect(exported.board.lanes.length).toBe(4);

    const unconfirmed = await admin('delete', old.id, '--data', dir);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.err).toMatch(/--yes/);
    expect((await admin('delete', old.id, '--yes', '--data', dir)).code).toBe(0);
    const missing = await admin('delete', old.id, '--yes', '--data', dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no board/);
    const store = new SqliteStore({ file: sqliteFile(dir) });
    expect(await store.getBoard(old.id)).toBeNull();
    expect(await store.getBoard(today.id)).not.toBeNull();
    await store.close();
  });

  it('rotate replaces all four links and prints them; the old hashes are gone', async () => {
    const { today } = await seed();
    const refused = await admin('rotate', today.id, '--data', dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--public-url/);
    const rotated = await admin('rotate', today.id, '--public-url', 'https://board.example.org', '--data', dir);
    expect(rotated.code).toBe(0);
    const links = Object.fromEntries(
      rotated.out
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/) as [string, string]),
    );
    expect(Object.keys(links)).toEqual(['facilitator', 'editor', 'expert', 'viewer']);
    const store = new SqliteStore({ file: sqliteFile(dir) });
    const record = (await store.getBoard(today.id))!;
    for (const role of ['facilitator', 'editor', 'expert', 'viewer'] as const) {
      expect(links[role]).toMatch(new RegExp(`^https://board\\.example\\.org/b/${today.id}#k=`));
      expect(record.linkHashes[role]).toBe(hashLinkToken(links[role]!.split('#k=')[1]!));
      expect(record.linkHashes[role]).not.toBe(hashLinkToken(today.tokens[role]));
    }
    await store.close();
  });

  it('retain --dry-run lists the quiet board; retain deletes it', async () => {
    const { today, old } = await seed();
    const dry = await admin('retain', '--retain-days', '30', '--dry-run', '--data', dir);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('would delete 1 board(s)');
    expect(dry.out).toContain(old.id);
    expect(dry.out).not.toContain(today.id);
    const real = await admin('retain', '--retain-days', '30', '--data', dir);
    expect(real.out).toContain('deleted 1 board(s)');
    const store = new SqliteStore({ file: sqliteFile(dir) });
    expect((await store.listBoards()).map((board) => board.record.id)).toEqual([today.id]);
    await store.close();
  });

  it('explains wrong usage with exit code 2', async () => {
    for (const argv of [[], ['frobnicate'], ['export'], ['list', '--port', '1'], ['retain'], ['retain', '--retain-days', 'soon']]) {
      const result = await admin(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err, argv.join(' ')).toMatch(/usage: npm run admin/);
    }
  });

  it('runs as the operator types it, logging the action as a JSON line on stderr', async () => {
    const { old } = await seed();
    const root = new URL('../..', import.meta.url).pathname;
    const result = await run(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', 'delete', old.id, '--yes', '--data', dir], { cwd: root });
    expect(result.stdout).toBe(`deleted ${old.id}\n`);
    const line = JSON.parse(result.stderr.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(line).toMatchObject({ action: 'delete', boardId: old.id, by: 'command', level: 'info' });
  }, 30_000);
});
