/**
 * Propagation under load: N editors on one board, measured from a separate generator process
 * while this process reads the server's CPU and RSS from /proc.
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchState } from '../load/board';
import type { Target } from '../load/RawClient';
import type { WorkerConfig, WorkerResult } from '../load/worker';
import { cpuMeter, eventLoopP99Ms, watchRss } from '../proc';
import type { BenchServer } from '../servers';

const WORKER = fileURLToPath(new URL('../load/worker.ts', import.meta.url));

export interface PropagationOptions {
  realClients: number;
  warmupMs: number;
  durationMs: number;
  graceMs: number;
}

export interface PropagationRun extends WorkerResult {
  editors: number;
  serverCpuCores: number;
  serverRssPeak: number;
  /** Frames clients received per second per core of server CPU used. */
  deliveriesPerCoreSecond: number;
  eventLoopP99: number;
}

let tags = 0;

export async function runPropagation(server: BenchServer, target: Target, editors: number, options: PropagationOptions, dir: string): Promise<PropagationRun> {
  // The generator starts from what the server holds now (earlier runs moved cards).
  const stateFile = join(dir, 'state.bin');
  writeFileSync(stateFile, await fetchState(target));
  const config: WorkerConfig = { target, stateFile, editors, ...options, tag: ++tags % 10_000 };
  const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let cpu: ReturnType<typeof cpuMeter> | null = null;
  let rss: ReturnType<typeof watchRss> | null = null;
  let serverCpuCores = NaN;
  let serverRssPeak = NaN;
  let eventLoopP99 = NaN;
  const result = await new Promise<WorkerResult>((resolve, reject) => {
    child.on('message', (message: { phase: string; result?: WorkerResult; message?: string }) => {
      if (message.phase === 'measure-start') {
        cpu = cpuMeter(server.pid);
        rss = watchRss(server.pid);
        void eventLoopP99Ms(server.metricsUrl);
      } else if (message.phase === 'measure-end') {
        serverCpuCores = cpu!.stop().cores;
        serverRssPeak = rss!.stop();
        void eventLoopP99Ms(server.metricsUrl).then((value) => (eventLoopP99 = value));
      } else if (message.phase === 'result') resolve(message.result!);
      else if (message.phase === 'error') reject(new Error(message.message));
    });
    child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
    child.send(config);
  });
  const durationS = options.durationMs / 1000;
  return {
    ...result,
    // IPC is JSON, which turns Infinity (undelivered moves) into null.
    p50: result.p50 ?? Infinity,
    p99: result.p99 ?? Infinity,
    editors,
    serverCpuCores,
    serverRssPeak,
    deliveriesPerCoreSecond: result.framesInWindow / durationS / Math.max(serverCpuCores, 0.01),
    eventLoopP99,
  };
}

/** A level passes when p99 ≤ 250 ms (undelivered moves count as too slow) and nobody was dropped. */
export const passes = (run: PropagationRun) => run.p99 <= 250 && run.dropped === 0;
