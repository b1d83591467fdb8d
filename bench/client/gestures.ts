/**
 * The scripted gestures, as real input (CDP wheel events through `page.mouse.wheel`, 60 a
 * second like a trackpad, sent on a clock rather than one after the other: Chromium acknowledges
 * each wheel event only some 40 ms later, even on an empty page) at the centre of the app's viewport: a pan in a circle, and
 * Ctrl+wheel zooming back and forth between the opening zoom (10 % on the full board) and 100 %. Each one is measured by the
 * page's frame intervals and by how busy the renderer's main thread was.
 */
import type { CDPSession, Page } from '@playwright/test';
import { percentile } from '../stats';
import type { BenchRecorder } from './pageRecorder';

export interface FrameStats {
  p50: number;
  p95: number;
  frames: number;
  /** Intervals longer than one and a half vsyncs: frames the screen did not get in time. */
  droppedPercent: number;
  /** Main-thread task time over the gesture's wall time. */
  mainThreadBusyPercent: number;
  events: number;
}

/** The vsync of headless Chromium. */
export const VSYNC_MS = 1000 / 60;
const EVENT_EVERY_MS = 16;
/** Events sent and not yet acknowledged at most: beyond that the page is not keeping up, and a trackpad's events would coalesce too. */
const MAX_IN_FLIGHT = 8;
/** One pan step per event (screen pixels), along a circle: the camera ends where it began. */
const PAN_STEP = 12;
/** One zoom notch (wheel delta, pixels); each app turns it into a zoom factor of its own. */
const ZOOM_DELTA = 20;

const recorder = (page: Page) => ({
  start: () => page.evaluate(() => (window as unknown as { __bench: BenchRecorder }).__bench.startFrames()),
  stop: () => page.evaluate(() => (window as unknown as { __bench: BenchRecorder }).__bench.stopFrames()),
});

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
}

/** Sends `step(i)` every 16 ms for `durationMs` (fewer when the page is slow to take them) and measures the frames meanwhile. */
async function measured(page: Page, cdp: CDPSession, durationMs: number, step: (i: number) => Promise<void>): Promise<FrameStats> {
  const frames = recorder(page);
  await frames.start();
  const busyBefore = await taskSeconds(cdp);
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  let events = 0;
  for (let due = started; performance.now() - started < durationMs; due += EVENT_EVERY_MS) {
    if (inFlight.size < MAX_IN_FLIGHT) {
      const sent = step(events++);
      inFlight.add(sent);
      void sent.finally(() => inFlight.delete(sent));
    }
    const wait = due + EVENT_EVERY_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await Promise.all(inFlight);
  const intervals = await frames.stop();
  const wall = performance.now() - started;
  const busy = (await taskSeconds(cdp)) - busyBefore;
  return {
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    frames: intervals.length,
    droppedPercent: (100 * intervals.filter((interval) => interval > 1.5 * VSYNC_MS).length) / Math.max(1, intervals.length),
    mainThreadBusyPercent: (100 * busy * 1000) / wall,
    events,
  };
}

export interface GestureTarget {
  page: Page;
  cdp: CDPSession;
  /** Centre of the app's drawing area, in page pixels. */
  centre: { x: number; y: number };
  zoom: () => Promise<number>;
}

export async function pan(target: GestureTarget, durationMs: number): Promise<FrameStats> {
  await target.page.mouse.move(target.centre.x, target.centre.y);
  const steps = Math.max(8, Math.round(durationMs / EVENT_EVERY_MS));
  return measured(target.page, target.cdp, durationMs, (i) => {
    const angle = (2 * Math.PI * i) / steps;
    return target.page.mouse.wheel(Math.round(PAN_STEP * Math.cos(angle)), Math.round(PAN_STEP * Math.sin(angle)));
  });
}

/**
 * Zooms in until `range.max`, out until `range.min`, and again. The zoom is read while the
 * notches go on (one reading at a time), so a turn may come a notch or two late.
 */
export async function zoom(target: GestureTarget, durationMs: number, range: { min: number; max: number }): Promise<FrameStats> {
  const { page } = target;
  await page.mouse.move(target.centre.x, target.centre.y);
  let direction = -1;
  let reading = false;
  const turn = (k: number) => {
    if (direction < 0 && k >= range.max) direction = 1;
    else if (direction > 0 && k <= range.min * 1.05) direction = -1;
  };
  await page.keyboard.down('Control');
  try {
    return await measured(page, target.cdp, durationMs, (): Promise<void> => {
      const notch = page.mouse.wheel(0, direction * ZOOM_DELTA);
      if (!reading) {
        reading = true;
        void target
          .zoom()
          .then(turn, () => {})
          .finally(() => (reading = false));
      }
      return notch;
    });
  } finally {
    await page.keyboard.up('Control');
  }
}

/** Ctrl+wheel until the zoom reaches `k` (not measured): where the next gesture starts. */
export async function zoomTo(target: GestureTarget, k: number): Promise<number> {
  const { page } = target;
  await page.mouse.move(target.centre.x, target.centre.y);
  await page.keyboard.down('Control');
  try {
    const zoomingIn = k > (await target.zoom());
    let now = await target.zoom();
    for (let notch = 0; notch < 200 && (zoomingIn ? now < k : now > k * 1.05); notch++) {
      await page.mouse.wheel(0, (zoomingIn ? -1 : 1) * ZOOM_DELTA);
      now = await target.zoom();
    }
    // Let the last notch's frame settle before anything is measured.
    await page.waitForTimeout(300);
    return now;
  } finally {
    await page.keyboard.up('Control');
  }
}
