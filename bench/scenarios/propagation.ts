/**
 * Propagation under load: N editors on one board, measured from a separate generator process
 * while this process reads the server's CPU and RSS from /proc. With several nodes (relay
 * processes serving the same board) the clients are spread over them evenly; CPU is the sum
 * over the nodes, RSS and event-loop delay the largest of them.
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchState } from '../load/board';
import type { Target } from '../load/RawClient';
import type { WorkerConfig, WorkerResult } from '../load/worker';
import { type CheckTotals, cpuMeter, eventLoopP99Ms, medianBetween, updateCheckTotals, watchRss } from '../proc';
import type { BenchServer } from '../servers';
import { median } from '../stats';

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
  /** Card moves delivered to clients per second per core of server CPU used. */
  deliveriesPerCoreSecond: number;
  /** Frames (updates and presence, merged or not) clients received per second per server core. */
  framesPerCoreSecond: number;
  eventLoopP99: number;
  /** Time the server spent checking one client update against the schema and the sender's role (µs, mean; Stratboard only). */
  updateCheckMicros: number;
  /** The same, median (from the server's histogram: pauses such as GC inflate the mean). */
  updateCheckMedianMicros: number;
  /** Client updates checked per second in the window, over all nodes. */
  updatesCheckedPerSecond: number;
}

let tags = 0;

export async function runPropagation(
  server: BenchServer | BenchServer[],
  target: Target | Target[],
  editors: number,
  options: PropagationOptions,
  dir: string,
): Promise<PropagationRun> {
  const servers = [server].flat();
  const targets = [target].flat();
  // The generator starts from what the server holds now (earlier runs moved cards).
  const stateFile = join(dir, 'state.bin');
  writeFileSync(stateFile, await fetchState(targets[0]!));
  const config: WorkerConfig = { targets, stateFile, editors, ...options, tag: ++tags % 10_000 };
  const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let cpu: Array<ReturnType<typeof cpuMeter>> = [];
  let rss: Array<ReturnType<typeof watchRss>> = [];
  let serverCpuCores = NaN;
  let serverRssPeak = NaN;
  let eventLoopP99 = NaN;
  // Node 0's histogram for the median (nodes see the same mix); sums over all nodes for the mean.
  const checksAt = () =>
    Promise.all(servers.map((node) => updateCheckTotals(node.metricsUrl))).then(
      (all): CheckTotals => ({
        seconds: all.reduce((sum, one) => sum + one.seconds, 0),
        count: all.reduce((sum, one) => sum + one.count, 0),
        buckets: all[0]!.buckets,
      }),
    );
  let checksBefore: Promise<CheckTotals> | null = null;
  let checksAfter: Promise<CheckTotals> | null = null;
  const result = await new Promise<WorkerResult>((resolve, reject) => {
    child.on('message', (message: { phase: string; result?: WorkerResult; message?: string }) => {
      if (message.phase === 'measure-start') {
        cpu = servers.map((node) => cpuMeter(node.pid));
        rss = servers.map((node) => watchRss(node.pid));
        for (const node of servers) void eventLoopP99Ms(node.metricsUrl);
        checksBefore = checksAt();
      } else if (message.phase === 'measure-end') {
        serverCpuCores = cpu.reduce((sum, meter) => sum + meter.stop().cores, 0);
        serverRssPeak = Math.max(...rss.map((meter) => meter.stop()));
        void Promise.all(servers.map((node) => eventLoopP99Ms(node.metricsUrl))).then((values) => (eventLoopP99 = Math.max(...values)));
        checksAfter = checksAt();
      } else if (message.phase === 'result') resolve(message.result!);
      else if (message.phase === 'error') reject(new Error(message.message));
    });
    child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
    child.send(config);
  });
  const durationS = options.durationMs / 1000;
  const [before, after] = await Promise.all([checksBefore ?? checksAt(), checksAfter ?? checksAt()]);
  const checked = after.count - before.count;
  return {
    updateCheckMicros: checked > 0 ? ((after.seconds - before.seconds) / checked) * 1e6 : NaN,
    updateCheckMedianMicros: servers.length === 1 ? medianBetween(before, after) * 1e6 : NaN,
    updatesCheckedPerSecond: checked / durationS,
    ...result,
    // IPC is JSON, which turns Infinity (undelivered moves) into null.
    p50: result.p50 ?? Infinity,
    p99: result.p99 ?? Infinity,
    crossNodeP50: result.crossNodeP50 ?? NaN,
    crossNodeP99: result.crossNodeP99 ?? NaN,
    editors,
    serverCpuCores,
    serverRssPeak,
    deliveriesPerCoreSecond: result.received / durationS / Math.max(serverCpuCores, 0.01),
    framesPerCoreSecond: result.framesInWindow / durationS / Math.max(serverCpuCores, 0.01),
    eventLoopP99,
  };
}

/** A level passes when p99 ≤ 250 ms (undelivered moves count as too slow) and nobody was dropped. */
export const passes = (run: PropagationRun) => run.p99 <= 250 && run.dropped === 0;

/** Median of each numeric field over several runs of one level. */
export function medianRun(runs: PropagationRun[]): PropagationRun {
  const out = { ...runs[0]! } as Record<string, number>;
  for (const key of Object.keys(out)) out[key] = median(runs.map((run) => (run as unknown as Record<string, number>)[key]!));
  // Capacity needs every run clean, not the median one.
  out.dropped = Math.max(...runs.map((run) => run.dropped));
  return out as unknown as PropagationRun;
}
