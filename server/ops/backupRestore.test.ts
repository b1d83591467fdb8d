/**
 * The operator's night, end to end with the real server and the real commands: back up while
 * people edit, keep editing, kill the server, restore last night's backup into a new directory,
 * and every board opens, by its old links, with what it held at the backup.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, listCards, listLanes, updateCard } from '../../shared/board';
import type { CardId } from '../../shared/board/types';
import { startChildServer, type ChildServer } from '../test/childServer';
import { createTestBoard, eventually, openProvider, synced, type CreatedTestBoard } from '../test/clients';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const dirs: string[] = [];
const servers: ChildServer[] = [];
const providers: Array<{ destroy(): void }> = [];

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  for (const server of servers.splice(0)) await server.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `npm run <script> -- …`, as an operator types it, from the repository. */
function npmRun(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function start(dataDir: string): Promise<ChildServer> {
  const server = await startChildServer(dataDir);
  servers.push(server);
  return server;
}

function connect(server: ChildServer, board: CreatedTestBoard, role: 'editor' | 'viewer') {
  const client = openProvider(server.wsUrl, board.id, board.token(role));
  providers.push(client.provider);
  return client;
}

const titles = (doc: Y.Doc) =>
  listCards(doc)
    .map((card) => card.title)
    .sort();

/** An editor and a viewer on one board; an edit counts as stored once the viewer has it (the relay fans out only what is durable). */
async function session(server: ChildServer, board: CreatedTestBoard) {
  const editor = connect(server, board, 'editor');
  const viewer = connect(server, board, 'viewer');
  await Promise.all([synced(editor.provider), synced(viewer.provider)]);
  const lane = listLanes(editor.doc)[0]?.id ?? null;
  return {
    add: (title: string) => addCard(editor.doc, { laneId: lane, title, author: '' }),
    rename: (id: CardId, title: string) => updateCard(editor.doc, id, { title }),
    stored: (expected: string[]) => eventually(() => expect(titles(viewer.doc)).toEqual([...expected].sort()), 10_000),
  };
}

describe('backup and restore of a running server', () => {
  it("kills the server mid-session, restores last night's backup into a new directory, and every board opens with what it held then", async () => {
    const root = mkdtempSync(join(tmpdir(), 'stratboard-restore-'));
    dirs.push(root);
    const dataDir = join(root, 'data');
    const server = await start(dataDir);
    const first = await createTestBoard(server.url);
    const second = await createTestBoard(server.url, { title: 'Вторая доска', template: 'blank' });
    const a = await session(server, first);
    const b = await session(server, second);

    const renamed = a.add('Умная парковка');
    a.add('Велодорожки');
    b.add('Школьный двор');
    const before = { first: ['Велодорожки', 'Умная парковка'], second: ['Школьный двор'] };
    await a.stored(before.first);
    await b.stored(before.second);

    // Last night's backup, taken while the server runs and both boards have clients.
    const backupFile = join(root, 'nightly.sqlite');
    const backup = await npmRun('backup', ['--out', backupFile, '--data', dataDir]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^wrote .*nightly\.sqlite \(\d+ bytes, 2 board\(s\)\)\n$/);

    // The session goes on after the backup; none of this may come back.
    a.add('Ночной автобус');
    a.rename(renamed, 'Умная парковка 2.0');
    b.add('Сквер у реки');
    await a.stored(['Велодорожки', 'Ночной автобус', 'Умная парковка 2.0']);
    await b.stored([...before.second, 'Сквер у реки']);

    await server.kill();
    for (const provider of providers.splice(0)) provider.destroy();

    const restoredDir = join(root, 'restored', 'data');
    const restore = await npmRun('restore', [backupFile, '--data', restoredDir]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^restored .*stratboard\.sqlite \(\d+ bytes, 2 board\(s\)\)\n$/);

    const restored = await start(restoredDir);
    for (const [board, expected] of [
      [first, before.first],
      [second, before.second],
    ] as const) {
      // The old links open the board: the viewer's over WebSocket, the facilitator's over HTTP.
      const viewer = connect(restored, board, 'viewer');
      await synced(viewer.provider);
      expect(titles(viewer.doc)).toEqual(expected);
      const info = await fetch(`${restored.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.token('facilitator')}` } });
      expect(info.status).toBe(200);
      expect(((await info.json()) as { role: string }).role).toBe('facilitator');
    }

    // And the restored server takes new edits on them.
    const again = await session(restored, first);
    again.add('После восстановления');
    await again.stored([...before.first, 'После восстановления']);
  }, 120_000);
});
