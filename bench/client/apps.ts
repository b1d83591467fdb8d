/**
 * The three apps as the driver sees them: where to open the board, how to tell it is drawn,
 * where its drawing area is and how far it is zoomed. Nothing here needs a hook in
 * Stratboard: its canvas is read from the DOM (the notes, the blocks canvas's count of what it
 * painted when far out, the camera layer's transform).
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { DrawnProbe } from './pageRecorder';

export type AppName = 'Stratboard' | 'tldraw' | 'Excalidraw';
export const APP_NAMES: readonly AppName[] = ['Stratboard', 'tldraw', 'Excalidraw'];

export interface AppUnderTest {
  name: AppName;
  url: string;
  probe: DrawnProbe;
  /** Where the gestures happen: the element the app draws the board in. */
  surface: string;
  prepare(context: BrowserContext): Promise<void>;
  zoom(page: Page): Promise<number>;
}

export function stratboardApp(url: string): AppUnderTest {
  return {
    name: 'Stratboard',
    url,
    probe: { kind: 'count', selector: '.canvas-card', paintedBy: '.card-blocks' },
    surface: '.canvas-viewport',
    // As clientRender.ts: a display name skips the name prompt; the canvas, not the list.
    prepare: async (context) => {
      await context.addInitScript(() => {
        localStorage.setItem('stratboard.displayName', JSON.stringify('Бенчмарк'));
        localStorage.setItem('stratboard.view', 'canvas');
      });
    },
    // The camera is the layer's `translate(x, y) scale(k)`.
    zoom: (page) =>
      page.evaluate(() => Number(/scale\(([^)]+)\)/.exec(document.querySelector<HTMLElement>('.canvas-layer')?.style.transform ?? '')?.[1] ?? NaN)),
  };
}

const hooked = (page: Page) => page.evaluate(() => (window as unknown as { benchZoom?: () => number }).benchZoom?.() ?? NaN);

export function peerApps(pagesUrl: string): AppUnderTest[] {
  const none = async () => {};
  return [
    // tldraw draws each shape as a DOM element.
    { name: 'tldraw', url: `${pagesUrl}/tldraw.html`, probe: { kind: 'count', selector: '.tl-shape' }, surface: '.tl-container', prepare: none, zoom: hooked },
    // Excalidraw paints its elements on one canvas.
    {
      name: 'Excalidraw',
      url: `${pagesUrl}/excalidraw.html`,
      probe: { kind: 'pixels', selector: 'canvas.excalidraw__canvas.static' },
      surface: '.excalidraw',
      prepare: none,
      zoom: hooked,
    },
  ];
}
