/**
 * Re-runs only propagation levels against Stratboard, for profiling a change quickly:
 * `npx tsx bench/levelCheck.ts 200 500` (editors per level; each level runs once).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { preloadBoard } from './load/board';
import { RawClient } from './load/RawClient';
import { runPropagation } from './scenarios/propagation';
import { startServer } from './servers';

const levels = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const dir = mkdtempSync(join(tmpdir(), 'stratboard-levels-'));
const server = await startServer('Stratboard', dir);
try {
  const target = await server.newBoard();
  await preloadBoard(target, 5000);
  const keeper = new RawClient(target, Y.encodeStateVector(new Y.Doc()));
  await keeper.synced;
  for (const editors of levels.length > 0 ? levels : [200]) {
    const run = await runPropagation(server, target, editors, { realClients: 3, warmupMs: 1500, durationMs: 5000, graceMs: 1500 }, dir);
    console.log(
      `${editors} editors: p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms, ${((100 * run.received) / run.expected).toFixed(1)} % delivered, ` +
        `server ${run.serverCpuCores.toFixed(2)} cores (loop p99 ${run.eventLoopP99.toFixed(0)} ms), generator ${run.generatorCpuCores.toFixed(2)} cores (loop p99 ${run.generatorLoopP99.toFixed(0)} ms), ` +
        `update check ${run.updateCheckMedianMicros.toFixed(1)} µs median, ${run.updateCheckMicros.toFixed(1)} µs mean × ${run.updatesCheckedPerSecond.toFixed(0)}/s`,
    );
  }
  keeper.close();
} finally {
  await server.kill();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
