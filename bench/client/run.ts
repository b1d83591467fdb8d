/**
 * The client benchmark on its own: `npx tsx bench/client/run.ts` (all three apps, the 5,000-note
 * board, Stratboard with 200 remote cursors and 20 drags; writes its section of
 * bench/RESULTS.md), `--smoke` (Stratboard only, 200 notes, a small crowd, short gestures,
 * writes nothing; CI's check that it still works), `--apps=Stratboard,tldraw`,
 * `--notes=1000`, `--screenshots=<dir>` (each drawn board as a PNG), `--no-write`.
 * `npm run bench` runs the same at its end.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BLOCKS } from '../../client/src/board/canvas/camera';
import { APP_NAMES, type AppName } from './apps';
import { type ClientBenchOptions, type ClientBenchResult, runClientBench } from './clientBench';
import { appsTable, checkLine, checkMarkdown, clientTargets, crowdTable } from './clientReport';
import { CLIENT_HEADING, writeClientSection } from './resultsSection';

export interface ClientPartOptions {
  smoke: boolean;
  apps?: readonly AppName[];
  notes?: number;
  screenshots?: string;
  write: boolean;
  log: (line: string) => void;
}

const FULL = { notes: 5000, gestureMs: 3000, quietMs: 1500, crowd: { people: 200, drags: 20, cursorHz: 10, dragHz: 30 } } as const;
const SMOKE = { notes: 200, gestureMs: 400, quietMs: 500, crowd: { people: 8, drags: 2, cursorHz: 10, dragHz: 30 } } as const;

/** Runs, prints and (unless smoke or told not to) writes the section; false when any part failed. */
export async function runClientPart(options: ClientPartOptions): Promise<boolean> {
  const preset = options.smoke ? SMOKE : FULL;
  const bench: ClientBenchOptions = {
    notes: options.notes ?? preset.notes,
    apps: options.apps ?? (options.smoke ? ['Stratboard'] : APP_NAMES),
    gestureMs: preset.gestureMs,
    quietMs: preset.quietMs,
    crowd: preset.crowd,
    screenshots: options.screenshots,
    log: options.log,
  };
  const startLoad = loadavg()[0]!;
  const result = await runClientBench(bench);
  const endLoad = loadavg()[0]!;
  const apps = appsTable(result);
  const crowd = crowdTable(result);
  const checks = clientTargets(result);
  console.log(`\nClient benchmark, ${bench.notes} notes:\n\n${apps}\n\nStratboard with remote participants:\n\n${crowd}\n`);
  for (const check of checks) console.log(checkLine(check));
  if (options.write && !options.smoke) {
    writeClientSection(fileURLToPath(new URL('../RESULTS.md', import.meta.url)), section(result, apps, crowd, checks.map(checkMarkdown), startLoad, endLoad));
  }
  return result.runs.every((run) => run.outcome.ok) && (result.crowded === null || result.crowded.ok);
}

function section(result: ClientBenchResult, apps: string, crowd: string, checks: string[], startLoad: number, endLoad: number): string {
  const { notes, gestureMs, crowd: size } = result.options;
  const pages = JSON.parse(readFileSync(fileURLToPath(new URL('./pages/package.json', import.meta.url)), 'utf8')) as { dependencies: Record<string, string> };
  const peers = ['tldraw', '@excalidraw/excalidraw', 'react'].map((name) => `${name} ${pages.dependencies[name]}`).join(', ');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`;
  return [
    CLIENT_HEADING,
    '',
    `Run ${new Date().toISOString()} with \`npx tsx bench/client/run.ts\` (also the end of \`npm run bench\`) on ${machine}; load average ${startLoad.toFixed(2)} at start, ${endLoad.toFixed(2)} at end.`,
    '',
    `The same board of ${notes} notes (bench/bigBoard.ts's cards in four widened lanes) in Stratboard (canvas view, editor link, from the relay), in tldraw and in Excalidraw (${peers}; pages in bench/client/pages built with Vite, loading the notes as JSON from a local static server), one app after another in one headless Chromium with --disable-gpu, 1600 × 1000 window. Each opens the board fitted whole; each gesture is ${gestureMs / 1000} s of real wheel events at 60 a second at the centre of the board. Frame times are the intervals between requestAnimationFrame callbacks (a multiple of the 16.7 ms vsync: a p95 of 33.4 means one frame in twenty came a vsync late), taken while the page is also rasterising in software (no GPU here), so they are slower than on a laptop; "main thread busy" is the renderer's task time over the gesture's wall time. Memory is measured after a forced GC: the JS heap, the DOM nodes and the renderer process's resident memory (DOM, layout and canvases live outside the JS heap). Stratboard far out on a board this big paints its notes as blocks on one canvas (below ${BLOCKS.below * 100} % with ${BLOCKS.fromCards} cards or more), as Excalidraw paints everything; tldraw keeps every note in the DOM.`,
    '',
    apps,
    '',
    `### Stratboard with ${size?.people ?? 0} remote cursors at ${size?.cursorHz ?? 0} Hz and ${size?.drags ?? 0} live drags`,
    '',
    `The remote participants are one process of raw y-websocket connections (four presence ids each, the relay's cap), editors of the same board; the draggers update at ${size?.dragHz ?? 0} Hz as the web client does while dragging. Before measuring, every cursor and every dragged card is checked to be on the page.`,
    '',
    crowd,
    '',
    '### Targets (client)',
    '',
    ...checks,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const apps = flag('apps')?.split(',') as AppName[] | undefined;
  const unknown = apps?.filter((app) => !APP_NAMES.includes(app)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown app ${unknown.join(', ')}; pick from ${APP_NAMES.join(', ')}`);
  const ok = await runClientPart({
    smoke: process.argv.includes('--smoke'),
    apps,
    notes: flag('notes') ? Number(flag('notes')) : undefined,
    screenshots: flag('screenshots'),
    write: !process.argv.includes('--no-write'),
    log: (line) => console.log(`  ${line}`),
  });
  process.exit(ok ? 0 : 1);
}
