/**
 * The browser client's list view on a big board: time from navigation to every card rendered,
 * and the initial JavaScript a board page loads (gzip). The canvas, the default view, is
 * measured by bench/client/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { listCards } from '../shared/board';
import { createTestBoard, openProvider, synced } from '../server/test/clients';
import { startChildServer } from '../server/test/childServer';
import { SYSTEM_CHROMIUM } from '../e2e/tools/systemChromium';
import { fillBoard } from './bigBoard';
import { median, ms, printTable } from './stats';

export function bundleSizes(distDir = 'dist/client/assets') {
  const files = readdirSync(distDir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  return files.map((file) => {
    const bytes = readFileSync(join(distDir, file));
    return { file, raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
  });
}

/** `clientDir`: a build of the web client (`vite build --outDir`), which the server serves. */
export async function runClientRender(options: { cards: number; runs: number; clientDir: string }) {
  const sizes = bundleSizes(join(options.clientDir, 'assets'));
  const js = sizes.filter((s) => s.file.endsWith('.js'));
  printTable('Client bundle (vite build)', [
    ...sizes.map((s): [string, string] => [s.file, `${(s.raw / 1024).toFixed(1)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzip`]),
    ['board page JavaScript, total gzip', `${(js.reduce((n, s) => n + s.gzip, 0) / 1024).toFixed(1)} KB (budget 150 KB)`],
  ]);

  const dir = mkdtempSync(join(tmpdir(), 'stratboard-render-'));
  const server = await startChildServer(dir, { args: ['--static-dir', options.clientDir] });
  // Launched inside the try: a browser that fails to start must not leave the server running.
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(SYSTEM_CHROMIUM);
    const board = await createTestBoard(server.url);
    const writer = openProvider(server.wsUrl, board.id, board.token('editor'));
    await synced(writer.provider);
    fillBoard(writer.doc, options.cards);
    const check = openProvider(server.wsUrl, board.id, board.token('viewer'));
    while (listCards(check.doc).length < options.cards) await new Promise((r) => setTimeout(r, 50));
    check.provider.destroy();
    writer.provider.destroy();
    const times: number[] = [];
    const typing: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1600, height: 1000 } });
      // The list, not the canvas the board opens in by default.
      await context.addInitScript(() => {
        localStorage.setItem('stratboard.displayName', JSON.stringify('Bench'));
        localStorage.setItem('stratboard.view', 'list');
      });
      const page = await context.newPage();
      await page.goto(board.links.viewer);
      await page.waitForFunction((n) => document.querySelectorAll('[data-card-id]').length >= n, options.cards, { timeout: 60_000, polling: 20 });
      times.push(await page.evaluate(() => performance.now()));
      // Responsiveness on the full board: one remote edit to one card, until it shows.
      const t = performance.now();
      const editor = openProvider(server.wsUrl, board.id, board.token('editor'));
      await synced(editor.provider);
      const target = listCards(editor.doc)[0]!;
      const started = performance.now();
      const { updateCard } = await import('../shared/board');
      updateCard(editor.doc, target.id, { title: 'Изменено в бенчмарке' });
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-card-id] .card-title')].some((el) => el.textContent === 'Изменено в бенчмарке'),
        null,
        { polling: 'raf' },
      );
      typing.push(performance.now() - started);
      void t;
      editor.provider.destroy();
      await context.close();
    }
    printTable(`Browser on a ${options.cards}-card board (headless Chromium, ${options.runs} runs)`, [
      ['navigation → every card rendered, median', ms(median(times))],
      ['remote edit of one card → visible, median', ms(median(typing))],
    ]);
  } finally {
    await browser?.close();
    await server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
