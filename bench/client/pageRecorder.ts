/**
 * What runs inside each app's page, installed before the app's own scripts: one
 * requestAnimationFrame loop that records the intervals between frames while asked to, and,
 * from navigation until the app has drawn the board, what is on screen frame by frame.
 * The driver reads both through `window.__bench` (see `BenchRecorder`).
 */
import type { Page } from '@playwright/test';

/**
 * How to tell the board is drawn: how many elements match (apps that draw notes as DOM), plus
 * how many notes a canvas says it painted (`paintedBy`'s `data-painted`: Stratboard zoomed far
 * out), or how many pixels of a canvas's centre are not white (apps that paint a canvas).
 */
export type DrawnProbe = { kind: 'count'; selector: string; paintedBy?: string } | { kind: 'pixels'; selector: string };

export interface BenchRecorder {
  /** [ms since navigation when a frame showing it had been drawn, probe value], at each change. */
  drawn: Array<[number, number]>;
  stopWatching(): void;
  startFrames(): void;
  /** Intervals between frames since `startFrames` (ms). */
  stopFrames(): number[];
}

/**
 * Installs the recorder in every page of `page`'s context from here on. tsx compiles named
 * functions with a `__name` helper that does not exist in the page, hence the stand-in.
 */
export async function installRecorder(page: Page, probe: DrawnProbe): Promise<void> {
  await page.addInitScript('globalThis.__name = (target) => target');
  await page.addInitScript(record, probe);
}

/** Runs in the page: keep it self-contained. */
function record(probe: DrawnProbe): void {
  const drawn: Array<[number, number]> = [];
  let watching = true;
  let last = 0;
  let pending: number | null = null;
  let frames: number[] | null = null;
  let previous = 0;

  const measure = (): number => {
    if (probe.kind === 'count') {
      const painted = probe.paintedBy ? Number(document.querySelector<HTMLElement>(probe.paintedBy)?.dataset.painted ?? 0) : 0;
      return document.querySelectorAll(probe.selector).length + painted;
    }
    const canvas = document.querySelector<HTMLCanvasElement>(probe.selector);
    if (!canvas || canvas.width < 200 || canvas.height < 200) return 0;
    const side = 200;
    const pixels = canvas.getContext('2d')?.getImageData((canvas.width - side) / 2, (canvas.height - side) / 2, side, side).data;
    let inked = 0;
    for (let i = 0; pixels && i < pixels.length; i += 4) if (pixels[i]! < 245 || pixels[i + 1]! < 245 || pixels[i + 2]! < 245) inked++;
    return inked;
  };

  const tick = (timestamp: number) => {
    if (frames && previous > 0) frames.push(timestamp - previous);
    previous = timestamp;
    if (watching) {
      const now = performance.now();
      // DOM seen at the start of a frame is drawn by the end of it, when the next one starts;
      // a canvas is read back after it was painted, so its change counts at once.
      if (pending !== null) drawn.push([now, pending]);
      pending = null;
      const value = measure();
      if (value !== last) {
        last = value;
        if (probe.kind === 'pixels') drawn.push([now, value]);
        else pending = value;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  const bench: BenchRecorder = {
    drawn,
    stopWatching: () => {
      watching = false;
    },
    startFrames: () => {
      frames = [];
    },
    stopFrames: () => {
      const out = frames ?? [];
      frames = null;
      return out;
    },
  };
  (window as unknown as { __bench: BenchRecorder }).__bench = bench;
}

/**
 * Waits until what the app draws has not changed for `quietMs`, then gives the first render:
 * the end of the first frame that showed the final count (DOM) or any ink (canvas).
 */
export async function firstRender(page: Page, probe: DrawnProbe, quietMs: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const drawn = await page.evaluate(() => (window as unknown as { __bench: BenchRecorder }).__bench.drawn.slice());
    const now = await page.evaluate(() => performance.now());
    const final = drawn.at(-1);
    if (final && final[1] > 0 && now - final[0] >= quietMs) {
      await page.evaluate(() => (window as unknown as { __bench: BenchRecorder }).__bench.stopWatching());
      const first = probe.kind === 'count' ? drawn.find(([, value]) => value >= final[1]) : drawn.find(([, value]) => value > 0);
      return first![0];
    }
    if (Date.now() > deadline) throw new Error(`nothing drawn (${probe.selector}) within ${timeoutMs / 1000} s; last ${JSON.stringify(final)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
