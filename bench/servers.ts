/**
 * The servers under test, each started as its own child process on 127.0.0.1 so that its CPU
 * and memory can be read from /proc/<pid>. One interface; how to start and address each lives here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../server/build/buildServer';
import { startChildServer } from '../server/test/childServer';
import { createTestBoard } from '../server/test/clients';
import type { Target } from './load/RawClient';

const PEERS = fileURLToPath(new URL('./peers', import.meta.url));

export type ServerName = 'Stratboard' | 'y-websocket@2' | '@y/websocket-server' | 'Hocuspocus@3';

export interface BenchServer {
  name: ServerName;
  pid: number;
  /** Where Prometheus metrics are served (Stratboard only). */
  metricsUrl?: string;
  /** A new, empty board; `title` only matters for Stratboard. */
  newBoard(): Promise<Target>;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<void>;
  /** Starts the same server again on the same data, as after a crash. */
  restart(): Promise<BenchServer>;
  /**
   * Stratboard only: kill and start again with compaction deferred, so a tail written next
   * stays in the update log (the slowest case to recover) instead of being merged meanwhile.
   */
  keepingLog?(): Promise<BenchServer>;
  persistent: boolean;
}

export const ALL_SERVERS: ServerName[] = ['Stratboard', 'y-websocket@2', '@y/websocket-server', 'Hocuspocus@3'];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something accepts TCP connections at host:port (within `timeoutMs`). */
export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 3000): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = connect(port, host, () => {
      socket.end();
      resolve(true);
    });
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (await portAnswers(port)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`port ${port} did not open`);
}

let rooms = 0;
let built: Promise<unknown> | null = null;

/**
 * Stratboard is measured as `npm start` runs it: the bundled server under plain node. Built
 * once per bench process, from the sources as they are now.
 */
export function ensureServerBuilt(): Promise<unknown> {
  return (built ??= buildServer());
}

/** Every simulated participant connects from 127.0.0.1: lift the per-address caps meant for real rooms. */
export const LOAD_FROM_ONE_ADDRESS = ['--max-connections', '1000000', '--max-connections-per-ip', '1000000', '--max-boards-per-ip-per-hour', '1000000'];

async function startStratboard(dataDir: string, port?: number, args: string[] = LOAD_FROM_ONE_ADDRESS): Promise<BenchServer> {
  await ensureServerBuilt();
  // A fixed port so that boards keep their URLs across the restart scenario.
  const chosen = port ?? (await freePort());
  const child = await startChildServer(dataDir, { port: chosen, compiled: true, args });
  const wsBase = child.wsUrl;
  const server: BenchServer = {
    name: 'Stratboard',
    pid: child.process.pid!,
    metricsUrl: `${child.url}/metrics`,
    persistent: true,
    async newBoard() {
      const board = await createTestBoard(child.url, { title: 'Нагрузочная сессия', template: 'strategic-session' });
      const token = board.token('editor');
      return { protocol: 'yws', doc: board.id, token, base: wsBase, url: `${wsBase}/${board.id}?k=${token}` };
    },
    kill: () => child.kill(),
    restart: () => startStratboard(dataDir, chosen, args),
    async keepingLog() {
      await server.kill();
      return startStratboard(dataDir, chosen, [...args, '--compact-after-updates', '10000000']);
    },
  };
  return server;
}

/** Peers run from their own folders (bench/peers/<name>, installed with `npm ci` there). */
async function startPeer(name: ServerName, dataDir: string, port?: number): Promise<BenchServer> {
  const chosen = port ?? (await freePort());
  const spec = {
    'y-websocket@2': {
      folder: 'y-websocket-v2',
      script: 'node_modules/y-websocket/bin/server.cjs',
      env: { YPERSISTENCE: join(dataDir, 'leveldb') },
      protocol: 'yws',
      persistent: true,
    },
    '@y/websocket-server': {
      folder: 'y-websocket-server',
      script: 'node_modules/@y/websocket-server/src/server.js',
      env: {},
      protocol: 'yws',
      persistent: false,
    },
    'Hocuspocus@3': {
      folder: 'hocuspocus',
      script: 'server.mjs',
      env: { DATABASE: join(dataDir, 'hocuspocus.sqlite') },
      protocol: 'hocuspocus',
      persistent: true,
    },
  }[name as Exclude<ServerName, 'Stratboard'>];
  const cwd = join(PEERS, spec.folder);
  if (!existsSync(join(cwd, 'node_modules'))) installPeer(name, cwd);
  const child = spawn(process.execPath, [spec.script], {
    cwd,
    env: { ...process.env, ...spec.env, HOST: '127.0.0.1', PORT: String(chosen) },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(chosen, child);
  const wsBase = `ws://127.0.0.1:${chosen}`;
  return {
    name,
    pid: child.pid!,
    persistent: spec.persistent,
    async newBoard() {
      const doc = `bench-${process.pid}-${++rooms}`;
      const protocol = spec.protocol as Target['protocol'];
      return { protocol, doc, token: 'bench', base: wsBase, url: protocol === 'hocuspocus' ? wsBase : `${wsBase}/${doc}` };
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    restart: () => startPeer(name, dataDir, chosen),
  };
}

export function startServer(name: ServerName, dataDir: string): Promise<BenchServer> {
  return name === 'Stratboard' ? startStratboard(dataDir) : startPeer(name, dataDir);
}

/**
 * Installs a peer from its own lock file the first time it is benchmarked (registry packages
 * only, no install scripts that fetch binaries), so a fresh clone's `npm run bench` compares
 * against every peer rather than failing on one.
 */
function installPeer(name: string, cwd: string): void {
  console.log(`  ${name}: installing from bench/peers/${cwd.split('/').pop()}/package-lock.json (once)…`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${name} could not be installed: \`npm ci\` in ${cwd} exited with ${result.status ?? result.signal}`);
}
