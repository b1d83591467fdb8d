/**
 * The client benchmark (issue #11): the same board in Stratboard, tldraw and Excalidraw, one
 * after another in one headless Chromium, then Stratboard again with a crowd of remote
 * participants moving cursors and dragging cards. Returns the numbers; `clientReport.ts`
 * turns them into tables and the target checklist.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { SYSTEM_CHROMIUM } from '../../e2e/tools/systemChromium';
import { type AppName, type AppUnderTest, peerApps, stratboardApp } from './apps';
import { type CrowdReport, startCrowd } from './crowd';
import { type AppRun, measureApp } from './measureApp';
import { type BoardData, boardExtent } from './pages/src/boardData';
import { type PeerPages, servePeerPages } from './peerPages';
import { buildClient, openStratboardBoard } from './stratboardBoard';

export interface CrowdSize {
  people: number;
  drags: number;
  cursorHz: number;
  /** The web client sends a live drag at up to 30 updates a second (createPresence.ts). */
  dragHz: number;
}

export interface ClientBenchOptions {
  notes: number;
  apps: readonly AppName[];
  gestureMs: number;
  /** See `MeasureOptions.quietMs`. */
  quietMs: number;
  crowd: CrowdSize | null;
  /** A folder for screenshots of each drawn board, to check by eye what was measured. */
  screenshots?: string | undefined;
  log: (line: string) => void;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ClientBenchResult {
  options: Omit<ClientBenchOptions, 'log'>;
  runs: Array<{ app: AppName; outcome: Outcome<AppRun> }>;
  /** Stratboard with the crowd, and what the crowd sent meanwhile. */
  crowded: Outcome<AppRun & { crowd: CrowdReport }> | null;
}

export async function runClientBench(options: ClientBenchOptions): Promise<ClientBenchResult> {
  const { log, ...rest } = options;
  const clientDir = mkdtempSync(join(tmpdir(), 'stratboard-client-build-'));
  let board: Awaited<ReturnType<typeof openStratboardBoard>> | null = null;
  let peers: PeerPages | null = null;
  let browser: Browser | null = null;
  const result: ClientBenchResult = { options: rest, runs: [], crowded: null };
  try {
    log('client: building the web client…');
    buildClient(clientDir);
    log(`client: a board of ${options.notes} notes…`);
    board = await openStratboardBoard(options.notes, clientDir);
    const apps: AppUnderTest[] = [stratboardApp(board.url)];
    if (options.apps.some((name) => name !== 'Stratboard')) {
      log('client: building the tldraw and Excalidraw pages…');
      peers = await servePeerPages(board.data, log);
      apps.push(...peerApps(peers.url));
    }
    browser = await chromium.launch(SYSTEM_CHROMIUM);
    for (const app of apps.filter((candidate) => options.apps.includes(candidate.name))) {
      log(`client: ${app.name}…`);
      result.runs.push({
        app: app.name,
        outcome: await attempt(() =>
          measureApp(browser!, app, { gestureMs: options.gestureMs, quietMs: options.quietMs, screenshot: shot(options, app.name) }),
        ),
      });
    }
    if (options.crowd && options.apps.includes('Stratboard')) {
      const size = options.crowd;
      log(`client: Stratboard with ${size.people} remote cursors at ${size.cursorHz} Hz and ${size.drags} live drags…`);
      const { data, crowdTarget, stateVector } = board;
      result.crowded = await attempt(async () => {
        const crowd = await startCrowd({
          target: crowdTarget,
          stateVector: Buffer.from(stateVector).toString('base64'),
          plan: { people: size.people, drags: size.drags, cards: cardsNearCentre(data, size.drags), area: boardArea(data) },
          cursorHz: size.cursorHz,
          dragHz: size.dragHz,
        });
        let run: AppRun;
        try {
          run = await measureApp(browser!, stratboardApp(board!.url), {
            gestureMs: options.gestureMs,
            quietMs: options.quietMs,
            screenshot: shot(options, 'Stratboard-crowd'),
            beforeGestures: (page) => crowdDrawn(page, size),
          });
        } catch (error) {
          await crowd.stop();
          throw error;
        }
        const sent = await crowd.stop();
        if (sent.dropped > 0) throw new Error(`the relay closed ${sent.dropped} of the crowd's connections`);
        return { ...run, crowd: sent };
      });
    }
    return result;
  } finally {
    await browser?.close();
    await peers?.close();
    await board?.close();
    rmSync(clientDir, { recursive: true, force: true });
  }
}

async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: (error as Error).message.split('\n')[0]! };
  }
}

const shot = (options: ClientBenchOptions, name: string) => (options.screenshots ? join(options.screenshots, `${name}.png`) : undefined);

/** Every remote cursor and every remote drag is on the page before anything is measured. */
async function crowdDrawn(page: Page, size: CrowdSize): Promise<void> {
  const counts = () =>
    page.evaluate(() => ({
      cursors: document.querySelectorAll('.canvas-cursors .remote-cursor').length,
      // Far out the dragged cards are painted blocks (the canvas says how many it moves).
      drags:
        document.querySelectorAll('.canvas-card.remote-dragging').length +
        Number(document.querySelector<HTMLElement>('.card-blocks')?.dataset.remoteDrags ?? 0),
    }));
  const deadline = Date.now() + 20_000;
  let seen = await counts();
  while (seen.cursors < size.people || seen.drags < size.drags) {
    if (Date.now() > deadline) throw new Error(`the crowd is not drawn: ${seen.cursors} of ${size.people} cursors, ${seen.drags} of ${size.drags} drags`);
    await page.waitForTimeout(200);
    seen = await counts();
  }
}

function boardArea(data: BoardData) {
  const { right, bottom } = boardExtent(data);
  return { x: 0, y: 0, w: right, h: bottom };
}

/** The cards the draggers hold: those nearest the board's centre, in view at every zoom. */
function cardsNearCentre(data: BoardData, count: number) {
  const area = boardArea(data);
  const centre = { x: area.w / 2, y: area.h / 2 };
  const distance = (note: { x: number; y: number }) => Math.hypot(note.x - centre.x, note.y - centre.y);
  return [...data.notes].sort((a, b) => distance(a) - distance(b)).slice(0, count);
}
