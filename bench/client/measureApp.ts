/**
 * One app in a fresh browser context: navigation until the board is drawn, the tab's memory,
 * then the gestures (pan at the overview every app opens at, fitted whole: 10 % on the full
 * board; Ctrl+wheel zoom between that and 100 %; pan at 100 %). Requests anywhere but 127.0.0.1 are refused, so no app
 * waits on a CDN this machine cannot reach.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import type { AppUnderTest } from './apps';
import { type FrameStats, type GestureTarget, pan, zoom, zoomTo } from './gestures';
import { firstRender, installRecorder } from './pageRecorder';
import { type TabMemory, tabMemory } from './tabMemory';

export interface GestureResults {
  /** The zoom the board opened at, fitted whole. */
  openZoom: number;
  panOverview: FrameStats;
  zoom: FrameStats;
  pan100: FrameStats;
}

export interface AppRun extends GestureResults {
  firstRenderMs: number;
  /** JavaScript the page fetched until its first render, gzip-compressed here file by file. */
  scriptGzipBytes: number;
  memory: TabMemory;
}

export interface MeasureOptions {
  gestureMs: number;
  /** How long what the app draws must stay unchanged before the first render counts as done. */
  quietMs: number;
  /** Before the gestures, once the board is drawn: e.g. check that remote cursors are on screen. */
  beforeGestures?: (page: Page) => Promise<void>;
  /** Saves a screenshot of the drawn board there (a path ending in .png). */
  screenshot?: string | undefined;
}

export const VIEWPORT = { width: 1600, height: 1000 } as const;
const FIRST_RENDER_TIMEOUT_MS = 180_000;

export async function measureApp(browser: Browser, app: AppUnderTest, options: MeasureOptions): Promise<AppRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'ru-RU' });
  try {
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    await app.prepare(context);
    const page = await context.newPage();
    await installRecorder(page, app.probe);
    const scripts: Array<Promise<number>> = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.ok())
        scripts.push(
          response.body().then(
            (body) => gzipSync(body).byteLength,
            () => 0,
          ),
        );
    });
    await page.goto(app.url);
    const firstRenderMs = await firstRender(page, app.probe, options.quietMs, FIRST_RENDER_TIMEOUT_MS);
    const scriptGzipBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
    if (options.screenshot) await page.screenshot({ path: options.screenshot });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const memory = await tabMemory(browser, cdp);
    await options.beforeGestures?.(page);
    const gestures = await runGestures({ page, cdp, centre: await centreOf(page, app.surface), zoom: () => app.zoom(page) }, options.gestureMs);
    return { firstRenderMs, scriptGzipBytes, memory, ...gestures };
  } finally {
    await context.close();
  }
}

async function runGestures(target: GestureTarget, gestureMs: number): Promise<GestureResults> {
  const openZoom = await target.zoom();
  if (!Number.isFinite(openZoom)) throw new Error('the app does not tell its zoom');
  const panOverview = await pan(target, gestureMs);
  const zoomed = await zoom(target, gestureMs, { min: openZoom, max: Math.max(1, openZoom * 2) });
  await zoomTo(target, 1);
  const pan100 = await pan(target, gestureMs);
  return { openZoom, panOverview, zoom: zoomed, pan100 };
}

async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no ${selector} on the page`);
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}
