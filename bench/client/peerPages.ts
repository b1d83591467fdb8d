/**
 * The peer pages (bench/client/pages): installed from their own lock file the first time
 * (like the server peers in bench/peers, so the root install stays free of React, tldraw and
 * Excalidraw), built with Vite into a temporary folder, and served with the board as JSON.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BoardData } from './pages/src/boardData';
import { type StaticServer, startStaticServer } from './staticServer';

const PAGES = fileURLToPath(new URL('./pages', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface PeerPages extends StaticServer {
  /** Where the pages were built (removed by `close`). */
  dir: string;
}

export async function servePeerPages(board: BoardData, log: (line: string) => void): Promise<PeerPages> {
  if (!existsSync(join(PAGES, 'node_modules'))) {
    log('peer pages: installing from bench/client/pages/package-lock.json (once)…');
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PAGES, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`the peer pages could not be installed: \`npm ci\` in ${PAGES} exited with ${result.status ?? result.signal}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'stratboard-peer-pages-'));
  try {
    execFileSync('npx', ['vite', 'build', '--config', join(PAGES, 'vite.config.ts'), '--outDir', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const server = await startStaticServer(dir, { '/board.json': JSON.stringify(board) });
    return {
      ...server,
      dir,
      close: async () => {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
