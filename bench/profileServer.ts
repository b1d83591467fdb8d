/**
 * Profiles Stratboard under the propagation workload: `npx tsx bench/profileServer.ts [editors]`.
 * The server runs as `npm start` runs it (the esbuild bundle, with the bench's lifted
 * per-address caps) with --cpu-prof, and is stopped with SIGTERM (a SIGKILLed process writes
 * no profile); prints the functions with the most self time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestBoard } from '../server/test/clients';
import { preloadBoard } from './load/board';
import { runPropagation } from './scenarios/propagation';
import { type BenchServer, ensureServerBuilt, LOAD_FROM_ONE_ADDRESS } from './servers';

const editors = Number(process.argv[2] ?? 200);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'stratboard-prof-'));
await ensureServerBuilt();
const child = spawn(
  process.execPath,
  [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    '--enable-source-maps',
    'dist/server/main.js',
    ...LOAD_FROM_ONE_ADDRESS,
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data',
    dir,
    '--log-level',
    'info',
    '--unload-delay-ms',
    '600000',
  ],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((resolve) => {
  let buffered = '';
  child.stdout!.on('data', (chunk) => {
    buffered += String(chunk);
    const match = /"url":"([^"]+)"/.exec(buffered);
    if (match) resolve(match[1]!);
  });
});
const wsBase = `${url.replace(/^http/, 'ws')}/ws`;
const server: BenchServer = {
  name: 'Stratboard',
  pid: child.pid!,
  metricsUrl: `${url}/metrics`,
  persistent: true,
  async newBoard() {
    const board = await createTestBoard(url, { title: 'Профиль', template: 'strategic-session' });
    const token = board.token('editor');
    return { protocol: 'yws', doc: board.id, token, base: wsBase, url: `${wsBase}/${board.id}?k=${token}` };
  },
  kill: async () => {},
  restart: async () => server,
};
const target = await server.newBoard();
await preloadBoard(target, 5000);
const run = await runPropagation(server, target, editors, { realClients: 3, warmupMs: 1500, durationMs: 8000, graceMs: 1500 }, dir);
console.log(
  `${editors} editors: p50 ${run.p50} ms, p99 ${run.p99} ms, server ${run.serverCpuCores.toFixed(2)} cores, generator ${run.generatorCpuCores.toFixed(2)} cores`,
);
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}
const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error('no profile written');
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: Node[] };
const total = profile.nodes.reduce((sum, node) => sum + node.hitCount, 0);
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
  const where = node.callFrame.url
    .replace(/^.*node_modules\//, '')
    .replace(ROOT, '')
    .replace('file://', '');
  const key = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.hitCount);
}
console.log(`profile: ${join(dir, file)}`);
for (const [name, hits] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`);
process.exit(0);
