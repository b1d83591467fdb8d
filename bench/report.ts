/** Turns side-by-side results into the Markdown table and the target checklist. */
import type { PropagationRun } from './scenarios/propagation';
import type { ServerResult } from './sideBySide';

const num = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : value === Infinity ? '∞ (undelivered)' : '—');
const PEERS = (results: ServerResult[]) => results.filter((result) => result.name !== 'Stratboard' && !result.error);

type Row = { label: string; value: (result: ServerResult) => number; digits?: number; better: 'lower' | 'higher' | 'none' };

function rows(levels: number[]): Row[] {
  const at = (editors: number, pick: (run: NonNullable<ReturnType<ServerResult['levels']['get']>>) => number) => (result: ServerResult) => {
    const run = result.levels.get(editors);
    return run ? pick(run) : NaN;
  };
  return [
    ...levels.flatMap((editors): Row[] => [
      { label: `p50 propagation, ${editors} editors (ms)`, value: at(editors, (run) => run.p50), better: 'lower' },
      { label: `p99 propagation, ${editors} editors (ms)`, value: at(editors, (run) => run.p99), better: 'lower' },
      { label: `delivered, ${editors} editors (%)`, value: at(editors, (run) => (100 * run.received) / Math.max(run.expected, 1)), better: 'higher' },
      { label: `server CPU, ${editors} editors (cores)`, value: at(editors, (run) => run.serverCpuCores), digits: 2, better: 'lower' },
      { label: `server RSS peak, ${editors} editors (MB)`, value: at(editors, (run) => run.serverRssPeak / 2 ** 20), digits: 0, better: 'lower' },
      {
        label: `card-move deliveries/s per server core, ${editors} editors`,
        value: at(editors, (run) => run.deliveriesPerCoreSecond),
        digits: 0,
        better: 'higher',
      },
      { label: `frames received/s per server core, ${editors} editors`, value: at(editors, (run) => run.framesPerCoreSecond), digits: 0, better: 'none' },
      { label: `load generator CPU, ${editors} editors (cores)`, value: at(editors, (run) => run.generatorCpuCores), digits: 2, better: 'none' },
      { label: `load generator event-loop delay p99, ${editors} editors (ms)`, value: at(editors, (run) => run.generatorLoopP99), better: 'none' },
      { label: `event-loop delay p99, ${editors} editors (ms)`, value: at(editors, (run) => run.eventLoopP99), better: 'none' },
      // Only Stratboard checks updates (the peers apply whatever arrives): what that costs per update.
      { label: `update check, ${editors} editors (µs per update, mean)`, value: at(editors, (run) => run.updateCheckMicros), better: 'none' },
      { label: `update check, ${editors} editors (µs per update, median)`, value: at(editors, (run) => run.updateCheckMedianMicros), better: 'none' },
      { label: `updates checked/s, ${editors} editors`, value: at(editors, (run) => run.updatesCheckedPerSecond), digits: 0, better: 'none' },
    ]),
    { label: 'capacity: most editors with p99 ≤ 250 ms, none dropped', value: (result) => result.capacity.passed, digits: 0, better: 'higher' },
    { label: 'cold join, 1 client, incl. applying (ms)', value: (result) => result.joinMs, better: 'lower' },
    { label: 'join storm: all synced (ms)', value: (result) => result.storm.allSyncedMs, digits: 0, better: 'lower' },
    { label: 'join storm: failed joins', value: (result) => result.storm.failed, digits: 0, better: 'lower' },
    { label: 'join storm: server RSS peak (MB)', value: (result) => result.storm.serverRssPeak / 2 ** 20, digits: 0, better: 'lower' },
    { label: 'join storm: event-loop delay p99 (ms)', value: (result) => result.storm.eventLoopP99, better: 'none' },
    // RSS can shrink (GC) while sockets open; a negative growth says nothing about a connection.
    {
      label: 'RSS per idle connection (KB)',
      value: (result) => (result.idle.bytesPerConnection >= 0 ? result.idle.bytesPerConnection / 1024 : NaN),
      better: 'lower',
    },
    { label: 'restart after kill -9: board served (ms)', value: (result) => result.restart?.servedMs ?? NaN, digits: 0, better: 'lower' },
  ];
}

export function markdownTable(results: ServerResult[], levels: number[]): string {
  const header = ['metric', ...results.map((result) => result.name), 'Stratboard ÷ best peer'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows(levels)) {
    const values = results.map((result) => (result.error ? NaN : row.value(result)));
    if (values.every((value) => Number.isNaN(value))) continue;
    const strat = results.find((result) => result.name === 'Stratboard');
    const peers = PEERS(results)
      .map(row.value)
      .filter((value) => Number.isFinite(value));
    const best = row.better === 'lower' ? Math.min(...peers) : Math.max(...peers);
    const ratio = row.better !== 'none' && strat && peers.length > 0 && best !== 0 ? row.value(strat) / best : NaN;
    lines.push(`| ${row.label} | ${values.map((value) => num(value, row.digits)).join(' | ')} | ${Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—'} |`);
  }
  const tails = results.filter((result) => result.restart && !result.restart.tailIntact).map((result) => result.name);
  if (tails.length > 0) lines.push('', `Tail of updates missing after kill -9 and restart: ${tails.join(', ')}.`);
  const failed = results.filter((result) => result.error);
  for (const result of failed) lines.push('', `${result.name} failed: ${result.error}`);
  return lines.join('\n');
}

export function targets(results: ServerResult[], focus: number): Array<[string, boolean | null, string]> {
  const strat = results.find((result) => result.name === 'Stratboard');
  if (!strat || strat.error) return [];
  const peers = PEERS(results);
  const p99 = strat.levels.get(focus)?.p99 ?? NaN;
  const peerP99 = Math.min(...peers.map((peer) => peer.levels.get(focus)?.p99 ?? Infinity));
  const hocuspocus = peers.find((peer) => peer.name === 'Hocuspocus@3');
  const verdict = (ok: boolean, known: boolean) => (known ? ok : null);
  return [
    [
      `p99 at ${focus} editors ≤ 0.8× the better peer and ≤ 50 ms`,
      verdict(p99 <= 0.8 * peerP99 && p99 <= 50, peers.length > 0),
      `${num(p99)} ms vs best peer ${num(peerP99)} ms`,
    ],
    [
      'capacity ≥ 1.5× Hocuspocus and ≥ 500 editors',
      verdict(strat.capacity.passed >= 1.5 * (hocuspocus?.capacity.passed ?? Infinity) && strat.capacity.passed >= 500, !!hocuspocus),
      `${strat.capacity.passed} vs Hocuspocus ${hocuspocus?.capacity.passed ?? '—'}${strat.capacity.failedAt === null ? ' (never failed up to the top step)' : ''}`,
    ],
    ['join storm ≤ 5 s', strat.storm.allSyncedMs <= 5000 && strat.storm.failed === 0, `${num(strat.storm.allSyncedMs, 0)} ms, ${strat.storm.failed} failed`],
    [
      '≤ 20 KB per idle connection',
      strat.idle.bytesPerConnection <= 20 * 1024,
      `${num(strat.idle.bytesPerConnection / 1024)} KB over ${strat.idle.opened} connections`,
    ],
    [
      'restart serving ≤ 1 s',
      strat.restart ? strat.restart.servedMs <= 1000 && strat.restart.tailIntact : null,
      strat.restart ? `${num(strat.restart.servedMs, 0)} ms, tail ${strat.restart.tailIntact ? 'intact' : 'LOST'}` : '—',
    ],
  ];
}

/** Two nodes beside one node at each level the two-node run measured. */
export function twoNodeTable(single: ServerResult | undefined, twoNodes: Map<number, PropagationRun>): string {
  const levels = [...twoNodes.keys()];
  const header = ['metric', ...levels.flatMap((editors) => [`${editors} editors, 1 node`, `${editors} editors, 2 nodes`])];
  const metrics: Array<[string, (run: PropagationRun) => number, number?]> = [
    ['p50 propagation, all deliveries (ms)', (run) => run.p50],
    ['p99 propagation, all deliveries (ms)', (run) => run.p99],
    ['p50 propagation, across nodes (ms)', (run) => run.crossNodeP50],
    ['p99 propagation, across nodes (ms)', (run) => run.crossNodeP99],
    ['delivered (%)', (run) => (100 * run.received) / Math.max(run.expected, 1)],
    ['dropped connections', (run) => run.dropped, 0],
    ['server CPU, all nodes (cores)', (run) => run.serverCpuCores, 2],
    ['server RSS peak, largest node (MB)', (run) => run.serverRssPeak / 2 ** 20, 0],
    ['event-loop delay p99, worst node (ms)', (run) => run.eventLoopP99],
    ['load generator CPU (cores)', (run) => run.generatorCpuCores, 2],
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const [label, pick, digits] of metrics) {
    const cells = levels.flatMap((editors) => {
      const one = single?.levels.get(editors);
      return [one ? num(pick(one), digits) : '—', num(pick(twoNodes.get(editors)!), digits)];
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
