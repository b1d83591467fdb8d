/**
 * The side-by-side benchmark: the same workload against each server, one after another, on
 * 127.0.0.1. Each server gets a fresh data directory and is killed before the next starts, so
 * they never compete for the 2 cores with each other (only with the load generator).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { preloadBoard, waitUntilServed } from './load/board';
import { RawClient } from './load/RawClient';
import { idleConnections, type IdleResult } from './scenarios/idle';
import { joinStorm, singleJoinMs, type StormResult } from './scenarios/joins';
import { medianRun, passes, runPropagation, type PropagationOptions, type PropagationRun } from './scenarios/propagation';
import { restartRecovery } from './scenarios/restart';
import { startServer, type BenchServer, type ServerName } from './servers';

export interface SideBySideOptions {
  servers: ServerName[];
  cards: number;
  /** Levels reported in the latency table; each runs `runs` times and reports medians. */
  levels: number[];
  /** Extra levels tried (once each) while stepping up for capacity. */
  ladder: number[];
  runs: number;
  propagation: PropagationOptions;
  storm: number;
  idle: number;
  tail: number;
}

export interface ServerResult {
  name: ServerName;
  boardBytes: number;
  levels: Map<number, PropagationRun>;
  /** Most editors that passed, and the first level that failed (if any). */
  capacity: { passed: number; failedAt: number | null };
  joinMs: number;
  storm: StormResult;
  idle: IdleResult;
  restart: { servedMs: number; tailIntact: boolean } | null;
  error?: string;
}

export async function benchServer(name: ServerName, options: SideBySideOptions, log: (line: string) => void): Promise<ServerResult> {
  const dir = mkdtempSync(join(tmpdir(), 'stratboard-sbs-'));
  let server: BenchServer = await startServer(name, dir);
  const stop = () => void server.kill();
  let keeper: RawClient | null = null;
  let restartKeeper: RawClient | null = null;
  process.once('exit', stop);
  try {
    const target = await server.newBoard();
    const { bytes } = await preloadBoard(target, options.cards);
    log(`${name}: preloaded ${options.cards} cards (${(bytes / 2 ** 20).toFixed(2)} MB)`);
    // One connection stays open so the board stays loaded, as Stratboard's unload delay keeps
    // it for the bench: y-websocket@2 otherwise unloads it and answers the next client's sync
    // before LevelDB has loaded it back (an empty board).
    keeper = new RawClient(target, Y.encodeStateVector(new Y.Doc()));
    await keeper.synced;
    // y-websocket@2 may have unloaded the board between the preload's last check and the
    // keeper: the joins below must find it loaded again.
    await waitUntilServed(target, options.cards);
    const joinMs = await singleJoinMs(target);
    const storm = await joinStorm(server, target, options.storm);
    log(`${name}: join ${joinMs.toFixed(0)} ms, storm of ${options.storm} ${storm.allSyncedMs.toFixed(0)} ms`);

    const levels = new Map<number, PropagationRun>();
    const steps = [...new Set([...options.levels, ...options.ladder])].sort((a, b) => a - b);
    const capacity: ServerResult['capacity'] = { passed: 0, failedAt: null };
    for (const editors of steps) {
      const reported = options.levels.includes(editors);
      if (!reported && capacity.failedAt !== null) continue;
      const runs: PropagationRun[] = [];
      for (let i = 0; i < (reported ? options.runs : 1); i++) runs.push(await runPropagation(server, target, editors, options.propagation, dir));
      const run = medianRun(runs);
      if (reported) levels.set(editors, run);
      if (capacity.failedAt === null) {
        if (passes(run)) capacity.passed = editors;
        else capacity.failedAt = editors;
      }
      log(
        `${name}: ${editors} editors p50 ${run.p50.toFixed(1)} ms p99 ${run.p99.toFixed(1)} ms, ${run.received}/${run.expected} delivered, dropped ${run.dropped}, server ${run.serverCpuCores.toFixed(2)} cores, generator ${run.generatorCpuCores.toFixed(2)} cores, event-loop p99 server ${run.eventLoopP99.toFixed(0)} ms / generator ${run.generatorLoopP99.toFixed(0)} ms`,
      );
    }

    // Restart recovery on a board of its own, fresh like the one the propagation runs started
    // from (those runs added ~40,000 moves to theirs). It gets a keeper too: y-websocket@2
    // must still hold the board when the tail is written (the kill -9 drops both keepers).
    let restart: ServerResult['restart'] = null;
    if (server.persistent) {
      const restartTarget = await server.newBoard();
      await preloadBoard(restartTarget, options.cards);
      restartKeeper = new RawClient(restartTarget, Y.encodeStateVector(new Y.Doc()));
      await restartKeeper.synced;
      await waitUntilServed(restartTarget, options.cards);
      const outcome = await restartRecovery(server, restartTarget, options.tail);
      server = outcome.server;
      restart = { servedMs: outcome.servedMs, tailIntact: outcome.tailIntact };
      log(`${name}: restart served in ${outcome.servedMs.toFixed(0)} ms, tail ${outcome.tailIntact ? 'intact' : 'LOST'}`);
    }
    const idle = await idleConnections(server, options.idle);
    log(`${name}: ${idle.opened}/${idle.connections} idle connections, ${(idle.bytesPerConnection / 1024).toFixed(1)} KB each`);
    return { name, boardBytes: bytes, levels, capacity, joinMs, storm, idle, restart };
  } finally {
    keeper?.close();
    restartKeeper?.close();
    process.off('exit', stop);
    await server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
