/**
 * The load generator, run as its own process (see propagation.ts) so that its CPU is measured
 * apart from the orchestrator's. Protocol with the parent over IPC:
 *   parent → {config}; worker → {phase: 'ready'}, {phase: 'measure-start'}, {phase: 'measure-end'},
 *   {phase: 'result', result}.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { awarenessFrame } from './frames';
import { LatencyHistogram } from './histogram';
import { nowMicros, readStamp, scanMarkers, stamp } from './marker';
import { buildMoves } from './moves';
import { RawClient, type Target } from './RawClient';
import { openRealClient, type RealClient } from './realClients';

export interface WorkerConfig {
  /** One per relay node; editor i and real client i connect to node i mod count. */
  targets: Target[];
  stateFile: string;
  editors: number;
  realClients: number;
  warmupMs: number;
  durationMs: number;
  graceMs: number;
  tag: number;
}

export interface WorkerResult {
  p50: number;
  p99: number;
  /** The same over deliveries between clients of different nodes (NaN with one node). */
  crossNodeP50: number;
  crossNodeP99: number;
  /** Move deliveries expected in the window (each move to every other client) and received. */
  expected: number;
  received: number;
  /** Every frame clients received during the window, updates and awareness alike. */
  framesInWindow: number;
  dropped: number;
  generatorCpuCores: number;
  /** The generator's own event-loop delay p99 in the window: frames wait this long to be read. */
  generatorLoopP99: number;
  connectMs: number;
}

const send = (message: unknown) => process.send!(message);

async function run(config: WorkerConfig): Promise<WorkerResult> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, readFileSync(config.stateFile));
  const stateVector = Y.encodeStateVector(doc);
  const movesEach = Math.ceil((config.warmupMs + config.durationMs) / 1000) + 2;
  const nodes = config.targets.length;
  const targetOf = (i: number) => config.targets[i % nodes]!;
  const scripts = buildMoves(doc, targetOf(0), config.tag, config.editors, movesEach);
  doc.destroy();

  const histogram = new LatencyHistogram();
  const crossNode = new LatencyHistogram();
  let windowStart = Infinity;
  let windowEnd = Infinity;
  let framesInWindow = 0;
  let received = 0;
  const inWindow = (micros: number) => micros >= windowStart && micros < windowEnd;
  /** `self`: the receiving editor (-1 for a real client); `node`: the node it is connected to. */
  const receiver = (self: number, node: number) => (data: Buffer) => {
    const now = nowMicros();
    if (inWindow(now)) framesInWindow++;
    scanMarkers(data, config.tag, (editor, sent) => {
      if (editor === self || !inWindow(sent)) return;
      received++;
      histogram.record((now - sent) / 1000);
      if (editor % nodes !== node) crossNode.record((now - sent) / 1000);
    });
  };

  const connectStart = performance.now();
  const clients: RawClient[] = [];
  for (let i = 0; i < config.editors; i += 50) {
    const batch = scripts.slice(i, i + 50).map((_, j) => new RawClient(targetOf(i + j), stateVector, receiver(i + j, (i + j) % nodes)));
    clients.push(...batch);
    await Promise.all(batch.map((client) => client.opened));
  }
  await Promise.all(clients.map((client) => client.synced));
  const real: RealClient[] = [];
  for (let i = 0; i < config.realClients; i++) {
    const onFrame = receiver(-1, i % nodes);
    const client = await openRealClient(targetOf(i), (update) => onFrame(Buffer.from(update.buffer, update.byteOffset, update.byteLength)));
    await client.synced;
    real.push(client);
  }
  const connectMs = performance.now() - connectStart;
  send({ phase: 'ready' });

  // Every editor: one move per second and two awareness updates, each at its own phase.
  const timers: NodeJS.Timeout[] = [];
  scripts.forEach((script, e) => {
    let move = 0;
    let clock = 0;
    const client = clients[e]!;
    const sendMove = () => {
      const next = script.moves[move++];
      if (!next) return;
      stamp(next.frame, next.at, nowMicros());
      client.send(next.frame);
    };
    const sendCursor = () =>
      client.send(
        awarenessFrame(targetOf(e), script.clientId, ++clock, {
          user: { name: `Участник ${e}`, color: '#3b82f6' },
          cursor: { x: (clock * 37) % 1600, y: (e * 13) % 900 },
        }),
      );
    timers.push(
      setTimeout(() => {
        sendMove();
        timers.push(setInterval(sendMove, 1000));
      }, Math.random() * 1000),
    );
    timers.push(
      setTimeout(() => {
        sendCursor();
        timers.push(setInterval(sendCursor, 500));
      }, Math.random() * 500),
    );
  });

  await new Promise((r) => setTimeout(r, config.warmupMs));
  windowStart = nowMicros();
  windowEnd = windowStart + config.durationMs * 1000;
  const cpuStart = process.cpuUsage();
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  send({ phase: 'measure-start' });
  await new Promise((r) => setTimeout(r, config.durationMs));
  const cpu = process.cpuUsage(cpuStart);
  loopDelay.disable();
  send({ phase: 'measure-end' });
  for (const timer of timers) clearInterval(timer);
  await new Promise((r) => setTimeout(r, config.graceMs));

  // Moves stamped inside the window, each owed to every other raw client and every real one.
  let sentInWindow = 0;
  for (const script of scripts) for (const move of script.moves) if (inWindow(readStamp(move.frame, move.at))) sentInWindow++;
  const expected = sentInWindow * (config.editors - 1 + config.realClients);
  histogram.addMissing(expected - received);
  // Undelivered moves are not attributed to a pair of nodes; with several nodes they count
  // in the overall percentiles above, which the cross-node ones are read beside.
  const dropped = clients.filter((client) => client.dropped).length;
  for (const client of clients) client.close();
  for (const client of real) client.destroy();
  return {
    p50: histogram.percentile(50),
    p99: histogram.percentile(99),
    crossNodeP50: nodes > 1 ? crossNode.percentile(50) : NaN,
    crossNodeP99: nodes > 1 ? crossNode.percentile(99) : NaN,
    expected,
    received,
    framesInWindow,
    dropped,
    generatorCpuCores: (cpu.user + cpu.system) / 1000 / config.durationMs,
    generatorLoopP99: loopDelay.percentile(99) / 1e6,
    connectMs,
  };
}

process.once('message', (config: WorkerConfig) => {
  run(config).then(
    (result) => {
      send({ phase: 'result', result });
      setTimeout(() => process.exit(0), 100);
    },
    (error: unknown) => {
      send({ phase: 'error', message: (error as Error).stack ?? String(error) });
      setTimeout(() => process.exit(1), 100);
    },
  );
});
