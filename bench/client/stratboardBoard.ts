/**
 * Stratboard as the client benchmark opens it: the web client built into a temporary folder
 * (not dist/, which other work on this machine builds and serves too), the server from the
 * sources serving that build, and one board of `notes` cards written through a real provider.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { listCards } from '../../shared/board';
import { startChildServer } from '../../server/test/childServer';
import { createTestBoard, openProvider, synced } from '../../server/test/clients';
import type { Target } from '../load/RawClient';
import { boardData, fillNoteBoard } from './noteBoard';
import type { BoardData } from './pages/src/boardData';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface StratboardBoard {
  /** The editor link: the board page as a participant opens it. */
  url: string;
  /** Where the built client is (for its bundle sizes). */
  clientDir: string;
  data: BoardData;
  /** What the remote crowd connects to, and the board's state vector so it joins without a full sync. */
  crowdTarget: Target;
  stateVector: Uint8Array;
  serverPid: number;
  close(): Promise<void>;
}

/** Builds the client into `clientDir` (its own folder, so nothing else's dist/ changes under it). */
export function buildClient(clientDir: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', clientDir, '--emptyOutDir'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function openStratboardBoard(notes: number, clientDir: string): Promise<StratboardBoard> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stratboard-client-bench-'));
  const server = await startChildServer(dataDir, { args: ['--static-dir', clientDir] });
  try {
    const board = await createTestBoard(server.url);
    // Only a facilitator may move and resize lane frames.
    const writer = openProvider(server.wsUrl, board.id, board.token('facilitator'));
    await synced(writer.provider);
    fillNoteBoard(writer.doc, notes);
    // Wait until the server holds every card: a second client sees them all.
    const check = openProvider(server.wsUrl, board.id, board.token('viewer'));
    const deadline = Date.now() + 120_000;
    while (listCards(check.doc).length < notes) {
      if (Date.now() > deadline) throw new Error(`the server holds ${listCards(check.doc).length} of ${notes} cards after two minutes`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    check.provider.destroy();
    const data = boardData(writer.doc);
    const stateVector = Y.encodeStateVector(writer.doc);
    writer.provider.destroy();
    const token = board.token('editor');
    return {
      url: board.links.editor,
      clientDir,
      data,
      crowdTarget: { protocol: 'yws', doc: board.id, token, base: server.wsUrl, url: `${server.wsUrl}/${board.id}?k=${token}` },
      stateVector,
      serverPid: server.process.pid!,
      close: async () => {
        await server.kill();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
