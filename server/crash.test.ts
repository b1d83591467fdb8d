/**
 * kill -9 at random moments: nothing any client has seen may be missing after a restart.
 *
 * A writer sends a burst of numbered entries; an observer records what it receives; the
 * server is SIGKILLed from inside the observer's callback right after it has seen k entries.
 * A fresh reader on the restarted server must find every entry the observer saw.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createTestBoard, eventually, openProvider, synced, type CreatedTestBoard } from './test/clients';
import { writeNote } from './test/testRelay';
import { startChildServer, type ChildServer } from './test/childServer';
import { prng } from '../shared/board/test/replicas';

const dirs: string[] = [];
let child: ChildServer | null = null;
const providers: Array<{ destroy(): void }> = [];

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  await child?.kill();
  child = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `count` entries to `key`, one transaction each, yielding now and then so they go out as many frames. */
async function burst(doc: Y.Doc, key: string, count: number, stop: () => boolean): Promise<void> {
  for (let i = 0; i < count && !stop(); i++) {
    writeNote(doc, `${key}-n${i}`, i);
    if (i % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

async function readBack(server: ChildServer, board: CreatedTestBoard, key: string): Promise<Set<string>> {
  const reader = openProvider(server.wsUrl, board.id, board.token('viewer'));
  providers.push(reader.provider);
  await synced(reader.provider);
  return new Set([...reader.doc.getMap('cards').keys()].filter((id) => id.startsWith(`${key}-`)).map((id) => id.slice(key.length + 1)));
}

describe('crash safety (SIGKILL of the server process)', () => {
  it('loses nothing a client has seen, over several random kill points', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stratboard-crash-'));
    dirs.push(dataDir);
    const random = prng(20261123);
    child = await startChildServer(dataDir);
    const board = await createTestBoard(child.url);
    const second = await createTestBoard(child.url, { title: 'Вторая доска', template: 'blank' });

    for (let round = 0; round < 5; round++) {
      const key = `round${round}`;
      const killAfter = 20 + Math.floor(random() * 200);
      const writer = openProvider(child.wsUrl, board.id, board.token('editor'));
      const otherWriter = openProvider(child.wsUrl, second.id, second.token('editor'));
      const observer = openProvider(child.wsUrl, board.id, board.token('viewer'));
      providers.push(writer.provider, otherWriter.provider, observer.provider);
      await Promise.all([synced(writer.provider), synced(observer.provider), synced(otherWriter.provider)]);

      const seen = new Set<string>();
      const server = child;
      let killed = false;
      observer.doc.getMap('cards').observe((event) => {
        for (const k of event.keysChanged) if (k.startsWith(`${key}-`)) seen.add(k.slice(key.length + 1));
        if (!killed && seen.size >= killAfter) {
          killed = true;
          server.process.kill('SIGKILL');
        }
      });
      // A second board is written at the same time, so commits group several boards.
      await Promise.all([burst(writer.doc, key, 400, () => killed), burst(otherWriter.doc, key, 400, () => killed)]);
      await eventually(() => expect(killed).toBe(true), 10_000);
      await server.kill();
      for (const provider of providers.splice(0)) provider.destroy();

      child = await startChildServer(dataDir);
      const stored = await readBack(child, board, key);
      const missing = [...seen].filter((k) => !stored.has(k));
      expect(missing, `round ${round}: killed after ${killAfter} seen`).toEqual([]);
      expect(seen.size).toBeGreaterThanOrEqual(killAfter);
      const info = await fetch(`${child.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.token('facilitator')}` } });
      expect(info.status).toBe(200);
    }
  }, 120_000);
});

describe('graceful shutdown (SIGTERM)', () => {
  it('closes sockets with 1001, commits and compacts, exits 0, and keeps everything', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stratboard-term-'));
    dirs.push(dataDir);
    child = await startChildServer(dataDir);
    const board = await createTestBoard(child.url);
    const writer = openProvider(child.wsUrl, board.id, board.token('editor'));
    providers.push(writer.provider);
    await synced(writer.provider);
    const closes: number[] = [];
    writer.provider.on('connection-close', (event: CloseEvent | null) => event && closes.push(event.code));
    for (let i = 0; i < 50; i++) writeNote(writer.doc, `term-n${i}`, i);
    const observer = openProvider(child.wsUrl, board.id, board.token('viewer'));
    providers.push(observer.provider);
    await eventually(() => expect(observer.doc.getMap('cards').size).toBe(50));
    const exited = new Promise<number | null>((resolve) => child!.process.once('exit', (code) => resolve(code)));
    child.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    await eventually(() => expect(closes).toContain(1001));
    for (const provider of providers.splice(0)) provider.destroy();
    child = await startChildServer(dataDir);
    expect((await readBack(child, board, 'term')).size).toBe(50);
  }, 60_000);
});
