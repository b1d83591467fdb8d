/**
 * `npm run bench`: the side-by-side benchmark (Stratboard against y-websocket, @y/websocket-server
 * and Hocuspocus), then Stratboard's foundation and client-render numbers, then the client
 * benchmark (Stratboard, tldraw and Excalidraw in the browser: bench/client/run.ts, which also
 * runs alone); writes bench/RESULTS.md. `--smoke` runs a tiny Stratboard-only version (seconds)
 * that CI uses to keep the benchmark working (it fails if any part fails) and writes nothing.
 * `--skip=foundation,render,two-nodes,client` leaves parts out (two-nodes needs PostgreSQL and
 * Redis on 127.0.0.1), `--servers=Stratboard,Hocuspocus@3` picks servers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runClientRender } from './clientRender';
import { runClientPart } from './client/run';
import { buildClient } from './client/stratboardBoard';
import { runFoundation } from './foundation';
import { markdownTable, targets, twoNodeTable } from './report';
import { ALL_SERVERS, type ServerName } from './servers';
import type { PropagationRun } from './scenarios/propagation';
import { clusterUnavailable } from './cluster';
import { twoNodePropagation } from './scenarios/twoNodes';
import { benchServer, type ServerResult, type SideBySideOptions } from './sideBySide';

const smoke = process.argv.includes('--smoke');
const flag = (name: string) =>
  process.argv
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.split('=')[1]
    ?.split(',') ?? [];
const skip = new Set(flag('skip'));
const servers = (flag('servers').length > 0 ? flag('servers') : smoke ? ['Stratboard'] : ALL_SERVERS) as ServerName[];

const FULL: SideBySideOptions = {
  servers,
  cards: 5000,
  levels: [50, 200, 500],
  ladder: [100, 300, 750, 1000],
  runs: 3,
  propagation: { realClients: 3, warmupMs: 1500, durationMs: 5000, graceMs: 1500 },
  storm: 200,
  idle: 10_000,
  tail: 10_000,
};
const SMOKE: SideBySideOptions = {
  servers,
  cards: 200,
  levels: [5],
  ladder: [],
  runs: 1,
  propagation: { realClients: 1, warmupMs: 300, durationMs: 1000, graceMs: 300 },
  storm: 5,
  idle: 50,
  tail: 200,
};
const options = smoke ? SMOKE : FULL;
const FOCUS = smoke ? 5 : 200;

const cpuModel = cpus()[0]?.model ?? 'cpu';
const machine = `${cpus().length} × ${cpuModel}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`;
const startLoad = loadavg()[0]!;
console.log(`Stratboard benchmark ${smoke ? '(smoke) ' : ''}— ${new Date().toISOString()}`);
console.log(`Machine: ${machine}; load average at start ${startLoad.toFixed(2)}`);

const results: ServerResult[] = [];
for (const name of options.servers) {
  try {
    results.push(await benchServer(name, options, (line) => console.log(`  ${line}`)));
  } catch (error) {
    console.log(`  ${name}: FAILED ${(error as Error).message}`);
    results.push({ name, error: (error as Error).message } as ServerResult);
  }
}
let twoNodes: Map<number, PropagationRun> | null = null;
let twoNodeError: string | null = null;
// Like the PostgreSQL and Redis tests: skipped with a message where they are not running,
// except in CI, where they always run.
const runTwoNodes = servers.includes('Stratboard') && !skip.has('two-nodes');
const clusterMissing = runTwoNodes && !process.env.CI ? await clusterUnavailable() : null;
if (clusterMissing) twoNodeError = `skipped: ${clusterMissing}`;
else if (runTwoNodes) {
  try {
    twoNodes = await twoNodePropagation({ cards: options.cards, levels: options.levels, runs: options.runs, propagation: options.propagation }, (line) =>
      console.log(`  ${line}`),
    );
  } catch (error) {
    twoNodeError = (error as Error).message;
    console.log(`  two nodes: FAILED ${twoNodeError} (needs PostgreSQL and Redis on 127.0.0.1)`);
  }
}
const table = markdownTable(results, options.levels);
const checklist = targets(results, FOCUS);
const twoNodeSection = twoNodes
  ? twoNodeTable(
      results.find((result) => result.name === 'Stratboard'),
      twoNodes,
    )
  : `Not measured: ${twoNodeError ?? 'skipped'}.`;
console.log(`\n${table}\n`);
for (const [target, met, detail] of checklist) console.log(`${met === null ? 'n/a   ' : met ? 'met   ' : 'MISSED'} ${target}: ${detail}`);
console.log(`\nTwo Stratboard nodes through Redis:\n${twoNodeSection}`);

if (!smoke) {
  const endLoad = loadavg()[0]!;
  const notes = readNotes();
  writeFileSync(
    fileURLToPath(new URL('./RESULTS.md', import.meta.url)),
    [
      '# Side-by-side benchmark results',
      '',
      `Run ${new Date().toISOString()} with \`npm run bench\` on ${machine}. Load average ${startLoad.toFixed(2)} at start, ${endLoad.toFixed(2)} at end${startLoad > 0.5 ? ': the machine was shared with other work (tests of other engineers), so absolute numbers are noisy' : ''}.`,
      '',
      `Workload: one board of ${options.cards} cards; each editor moves a card once a second and sends cursor awareness at 2 Hz; ${options.propagation.realClients} full Y.Doc clients (each server's own provider) plus one lightweight raw client per editor, all receiving; load generator in its own process on the same 2 cores. Each level: ${options.propagation.warmupMs / 1000} s warm-up, ${options.propagation.durationMs / 1000} s measured, median of ${options.runs} runs (capacity steps: 1 run). Moves not delivered within ${options.propagation.graceMs / 1000} s after the window count as infinitely slow.`,
      '',
      table,
      '',
      '## Targets (Stratboard)',
      '',
      ...checklist.map(([target, met, detail]) => `- **${met === null ? 'n/a' : met ? 'met' : 'missed'}**: ${target} — ${detail}`),
      '',
      '## Two Stratboard nodes through Redis',
      '',
      `Two relay processes on one PostgreSQL database and one Redis (both on this machine), editors and real clients alternating between the nodes, so half of each move's receivers are on the other node. Same workload, levels and medians as above; CPU is the sum of both nodes.`,
      '',
      twoNodeSection,
      '',
      notes,
    ].join('\n'),
  );
}

// The smoke run is CI's check that the benchmark still works: any server or the two-node
// run failing fails it.
if (smoke && (results.some((result) => result.error) || (twoNodeError !== null && !clusterMissing))) process.exit(1);

if (!skip.has('foundation')) await runFoundation(smoke ? { cards: 200, tail: 200, joins: 3 } : { cards: 5000, tail: 10_000, joins: 10 });
if (!skip.has('render') && !smoke) {
  // Its own build: dist/ is what other work on this machine builds and serves.
  const clientDir = mkdtempSync(join(tmpdir(), 'stratboard-render-build-'));
  try {
    buildClient(clientDir);
    await runClientRender({ cards: 2000, runs: 3, clientDir });
  } finally {
    rmSync(clientDir, { recursive: true, force: true });
  }
}
// Last, because it puts its section into the RESULTS.md written above.
if (!skip.has('client')) {
  const ok = await runClientPart({ smoke, write: true, log: (line) => console.log(`  ${line}`) });
  if (smoke && !ok) process.exit(1);
}
process.exit(0);

/** Hand-written findings (profiles, caveats) kept across runs in bench/NOTES.md. */
function readNotes(): string {
  try {
    return readFileSync(fileURLToPath(new URL('./NOTES.md', import.meta.url)), 'utf8');
  } catch {
    return '';
  }
}
