/**
 * The propagation workload across two Stratboard nodes through Redis: editors and real
 * clients alternate between the nodes, so half of every card's receivers are on the other
 * node. Reported beside the single-node numbers at the same levels.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { startCluster } from '../cluster';
import { preloadBoard } from '../load/board';
import { RawClient } from '../load/RawClient';
import { medianRun, runPropagation, type PropagationOptions, type PropagationRun } from './propagation';

export interface TwoNodeOptions {
  cards: number;
  levels: number[];
  runs: number;
  propagation: PropagationOptions;
}

export async function twoNodePropagation(options: TwoNodeOptions, log: (line: string) => void): Promise<Map<number, PropagationRun>> {
  const dir = mkdtempSync(join(tmpdir(), 'stratboard-2nodes-'));
  const cluster = await startCluster(dir);
  const keepers: RawClient[] = [];
  try {
    const targets = await cluster.newBoard();
    await preloadBoard(targets[0]!, options.cards);
    // Both nodes keep the board loaded between runs, as they would with people on it.
    for (const target of targets) {
      const keeper = new RawClient(target, Y.encodeStateVector(new Y.Doc()));
      keepers.push(keeper);
      await keeper.synced;
    }
    const results = new Map<number, PropagationRun>();
    for (const editors of options.levels) {
      const runs: PropagationRun[] = [];
      for (let i = 0; i < options.runs; i++) runs.push(await runPropagation(cluster.nodes, targets, editors, options.propagation, dir));
      const run = medianRun(runs);
      results.set(editors, run);
      log(
        `two nodes: ${editors} editors p50 ${run.p50.toFixed(1)} ms p99 ${run.p99.toFixed(1)} ms (across nodes p50 ${run.crossNodeP50.toFixed(1)} / p99 ${run.crossNodeP99.toFixed(1)} ms), ${run.received}/${run.expected} delivered, dropped ${run.dropped}, nodes ${run.serverCpuCores.toFixed(2)} cores`,
      );
    }
    return results;
  } finally {
    for (const keeper of keepers) keeper.close();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
