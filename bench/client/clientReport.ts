/** Turns the client benchmark's numbers into Markdown tables and the issue #11 target checklist. */
import type { AppName } from './apps';
import type { ClientBenchResult } from './clientBench';
import { type FrameStats, VSYNC_MS } from './gestures';
import type { AppRun, GestureResults } from './measureApp';

/** Frame intervals come in vsyncs (16.7 ms ± ~0.2 ms of timer jitter): a frame on time may read 16.8. */
const JITTER_MS = 0.5;
const TARGETS = { firstRenderMs: 1000, frameMs: VSYNC_MS, crowdRatio: 1.5, scriptKb: 150 } as const;

const GESTURES: Array<[keyof Omit<GestureResults, 'openZoom'>, string]> = [
  ['panOverview', 'pan, whole board in view'],
  ['zoom', 'Ctrl+wheel zoom, overview ↔ 100 %'],
  ['pan100', 'pan at 100 %'],
];

type Better = 'lower' | 'none';
interface Row {
  label: string;
  value: (run: AppRun) => number;
  digits: number;
  better: Better;
}

const frameRows = (key: (typeof GESTURES)[number][0], name: string): Row[] => {
  const at = (pick: (stats: FrameStats) => number) => (run: AppRun) => pick(run[key]);
  return [
    { label: `${name}: frame p50 (ms)`, value: at((s) => s.p50), digits: 1, better: 'lower' },
    { label: `${name}: frame p95 (ms)`, value: at((s) => s.p95), digits: 1, better: 'lower' },
    { label: `${name}: frames late (%)`, value: at((s) => s.droppedPercent), digits: 0, better: 'lower' },
    { label: `${name}: main thread busy (%)`, value: at((s) => s.mainThreadBusyPercent), digits: 0, better: 'lower' },
    { label: `${name}: wheel events taken`, value: at((s) => s.events), digits: 0, better: 'none' },
  ];
};

const ROWS: Row[] = [
  { label: 'first render: navigation → board drawn (ms)', value: (run) => run.firstRenderMs, digits: 0, better: 'lower' },
  { label: 'page JavaScript until then (KB gzip)', value: (run) => run.scriptGzipBytes / 1024, digits: 0, better: 'lower' },
  { label: 'JS heap used after GC (MB)', value: (run) => run.memory.jsHeapBytes / 2 ** 20, digits: 1, better: 'lower' },
  { label: 'renderer process RSS (MB)', value: (run) => run.memory.rendererRssBytes / 2 ** 20, digits: 0, better: 'lower' },
  { label: 'DOM nodes', value: (run) => run.memory.domNodes, digits: 0, better: 'none' },
  { label: 'opening zoom, board fitted (%)', value: (run) => run.openZoom * 100, digits: 0, better: 'none' },
  ...GESTURES.flatMap(([key, name]) => frameRows(key, name)),
];

const num = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const table = (header: string[], lines: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((line) => `| ${line.join(' | ')} |`)].join('\n');

function runOf(result: ClientBenchResult, app: AppName): AppRun | null {
  const outcome = result.runs.find((run) => run.app === app)?.outcome;
  return outcome?.ok ? outcome.value : null;
}

/** The apps side by side, with Stratboard over the better peer. */
export function appsTable(result: ClientBenchResult): string {
  const apps = result.runs.map((run) => run.app);
  const strat = runOf(result, 'Stratboard');
  const peers = apps.filter((app) => app !== 'Stratboard').flatMap((app) => runOf(result, app) ?? []);
  const lines = ROWS.map((row) => {
    const values = apps.map((app) => {
      const run = runOf(result, app);
      return run ? num(row.value(run), row.digits) : 'failed';
    });
    const best = Math.min(...peers.map(row.value));
    const ratio = row.better === 'lower' && strat && peers.length > 0 && best > 0 ? `${(row.value(strat) / best).toFixed(2)}×` : '—';
    return [row.label, ...values, ratio];
  });
  const failures = result.runs.flatMap((run) => (run.outcome.ok ? [] : [`${run.app} failed: ${run.outcome.error}`]));
  return [table(['metric', ...apps, 'Stratboard ÷ best peer'], lines), ...failures.map((line) => `\n${line}`)].join('\n');
}

/** Stratboard alone and with the crowd. */
export function crowdTable(result: ClientBenchResult): string {
  const crowded = result.crowded;
  if (!crowded) return 'Not measured.';
  if (!crowded.ok) return `Failed: ${crowded.error}`;
  const idle = runOf(result, 'Stratboard');
  const rows = ROWS.filter((row) => row.better === 'lower' && !row.label.startsWith('page JavaScript'));
  const lines = rows.map((row) => {
    const ratio = idle && row.value(idle) > 0 ? `${(row.value(crowded.value) / row.value(idle)).toFixed(2)}×` : '—';
    return [row.label, idle ? num(row.value(idle), row.digits) : 'failed', num(row.value(crowded.value), row.digits), ratio];
  });
  const size = result.options.crowd!;
  return [
    table(['metric', 'Stratboard alone', `with ${size.people} cursors + ${size.drags} drags`, 'ratio'], lines),
    '',
    `The crowd sent ${crowded.value.crowd.updatesPerSecond.toFixed(0)} presence updates a second (${crowded.value.crowd.frames} frames), none refused.`,
  ].join('\n');
}

export type Check = [target: string, met: boolean | null, detail: string];

export function clientTargets(result: ClientBenchResult): Check[] {
  const strat = runOf(result, 'Stratboard');
  if (!strat) return [['Stratboard measured', false, 'its run failed']];
  const peers = result.runs.filter((run) => run.app !== 'Stratboard').flatMap((run) => (run.outcome.ok ? [[run.app, run.outcome.value] as const] : []));
  const crowded = result.crowded?.ok ? result.crowded.value : null;
  const checks: Check[] = [
    ['first render ≤ 1 s', strat.firstRenderMs <= TARGETS.firstRenderMs, `${strat.firstRenderMs.toFixed(0)} ms`],
    ['board page JavaScript ≤ 150 KB gzip', strat.scriptGzipBytes / 1024 <= TARGETS.scriptKb, `${(strat.scriptGzipBytes / 1024).toFixed(0)} KB`],
  ];
  for (const [key, name] of GESTURES) {
    const p95 = strat[key].p95;
    checks.push([`${name}: p95 ≤ 16.7 ms`, p95 <= TARGETS.frameMs + JITTER_MS, `${p95.toFixed(1)} ms`]);
    const worse = peers.filter(([, run]) => p95 > run[key].p95 + JITTER_MS);
    checks.push([
      `${name}: p95 not worse than either peer`,
      peers.length === 0 ? null : worse.length === 0,
      peers.length === 0 ? 'no peer measured' : peers.map(([app, run]) => `${app} ${run[key].p95.toFixed(1)} ms`).join(', '),
    ]);
    checks.push([
      `${name}: p95 with the crowd ≤ 1.5× alone`,
      crowded ? crowded[key].p95 <= TARGETS.crowdRatio * p95 + JITTER_MS : null,
      crowded ? `${crowded[key].p95.toFixed(1)} ms vs ${p95.toFixed(1)} ms` : 'not measured',
    ]);
  }
  return checks;
}

export const checkLine = ([target, met, detail]: Check) => `${met === null ? 'n/a   ' : met ? 'met   ' : 'MISSED'} ${target}: ${detail}`;
export const checkMarkdown = ([target, met, detail]: Check) => `- **${met === null ? 'n/a' : met ? 'met' : 'missed'}**: ${target} — ${detail}`;
