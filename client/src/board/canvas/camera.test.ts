import { describe, expect, it } from 'vitest';
import {
  cameraBetween,
  canvasToScreen,
  fitRect,
  panBy,
  paintsBlocks,
  panToShow,
  renderArea,
  screenToCanvas,
  stepZoom,
  visibleRect,
  wheelPixels,
  wheelZoomFactor,
  ZOOM,
  zoomAt,
} from './camera';

describe('camera', () => {
  const camera = { x: 100, y: 50, k: 2 };

  it('converts between screen and canvas points both ways', () => {
    expect(screenToCanvas(camera, { x: 300, y: 250 })).toEqual({ x: 100, y: 100 });
    expect(canvasToScreen(camera, { x: 100, y: 100 })).toEqual({ x: 300, y: 250 });
    expect(visibleRect(camera, { w: 800, h: 600 })).toEqual({ x: -50, y: -25, w: 400, h: 300 });
  });

  it('zooms around the cursor: the canvas point under it stays put', () => {
    const anchor = { x: 321, y: 123 };
    const before = screenToCanvas(camera, anchor);
    const zoomed = zoomAt(camera, anchor, 3);
    expect(zoomed.k).toBe(3);
    const after = screenToCanvas(zoomed, anchor);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('keeps zoom within 10 %–400 %', () => {
    expect(zoomAt(camera, { x: 0, y: 0 }, 100).k).toBe(ZOOM.max);
    expect(zoomAt(camera, { x: 0, y: 0 }, 0.0001).k).toBe(ZOOM.min);
    expect(stepZoom(1, 1)).toBe(1.5);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(4, 1)).toBe(4);
    expect(stepZoom(0.1, -1)).toBe(0.1);
    expect(stepZoom(0.8, -1)).toBe(0.75);
  });

  it('fits a rectangle in the middle of the viewport, never above 100 %', () => {
    const fitted = fitRect({ x: 0, y: 0, w: 3_000, h: 1_000 }, { w: 1_000, h: 800 }, 50);
    expect(fitted.k).toBeCloseTo(0.3, 9);
    const centre = canvasToScreen(fitted, { x: 1_500, y: 500 });
    expect(centre.x).toBeCloseTo(500, 9);
    expect(centre.y).toBeCloseTo(400, 9);
    expect(fitRect({ x: 10, y: 10, w: 100, h: 100 }, { w: 1_000, h: 800 }).k).toBe(1);
  });

  it('frames someone else’s view as they see it, zoomed in too (following)', () => {
    // The leader looks at 500 × 400 canvas units on a 1,000 × 800 screen: 200 %.
    const area = { x: 2_000, y: 1_000, w: 500, h: 400 };
    const same = fitRect(area, { w: 1_000, h: 800 }, 0, ZOOM.max);
    expect(same.k).toBeCloseTo(2, 9);
    expect(visibleRect(same, { w: 1_000, h: 800 })).toEqual(area);
    // A narrower screen shows all of it, a little smaller.
    expect(fitRect(area, { w: 800, h: 800 }, 0, ZOOM.max).k).toBeCloseTo(1.6, 9);
  });

  it('pans and reads wheel deltas in pixels; a zoom notch is bounded', () => {
    expect(panBy(camera, { x: -10, y: 5 })).toEqual({ x: 90, y: 55, k: 2 });
    expect(wheelPixels({ deltaX: 1, deltaY: 3, deltaMode: 1 }, 900)).toEqual({ x: 16, y: 48 });
    expect(wheelPixels({ deltaX: 0, deltaY: 1, deltaMode: 2 }, 900)).toEqual({ x: 0, y: 900 });
    expect(wheelZoomFactor(-1_000)).toBeCloseTo(Math.exp(0.5), 9);
    expect(wheelZoomFactor(10)).toBeLessThan(1);
  });

  it('flies between two cameras: the screen centre on a straight line, the zoom by equal ratios', () => {
    const viewport = { w: 1_000, h: 800 };
    const from = fitRect({ x: 0, y: 0, w: 3_000, h: 1_000 }, viewport, 50);
    const to = fitRect({ x: 2_400, y: 0, w: 720, h: 960 }, viewport, 50);
    const at = (t: number) => cameraBetween(from, to, viewport, t);
    for (const [camera, expected] of [
      [at(0), from],
      [at(1), to],
    ] as const) {
      expect(camera.k).toBeCloseTo(expected.k, 9);
      expect(camera.x).toBeCloseTo(expected.x, 9);
      expect(camera.y).toBeCloseTo(expected.y, 9);
    }
    expect(at(0.5).k).toBeCloseTo(Math.sqrt(from.k * to.k), 9);
    const middle = screenToCanvas(at(0.5), { x: 500, y: 400 });
    expect(middle.x).toBeCloseTo((1_500 + 2_760) / 2, 6);
  });

  it('pans to show a rectangle only when it is not already in view, keeping the zoom', () => {
    const viewport = { w: 1000, h: 800 };
    const here = { x: 0, y: 0, k: 1 };
    expect(panToShow(here, { x: 100, y: 100, w: 200, h: 100 }, viewport)).toBe(here);
    const moved = panToShow(here, { x: 3000, y: 2000, w: 200, h: 100 }, viewport);
    expect(moved.k).toBe(1);
    expect(screenToCanvas(moved, { x: 500, y: 400 })).toEqual({ x: 3100, y: 2050 });
    // Half outside counts as out of view.
    expect(panToShow(here, { x: 900, y: 100, w: 200, h: 100 }, viewport)).not.toBe(here);
  });

  it('keeps the rendered area while the view stays inside it, and makes a new one when it leaves or shrinks', () => {
    const view = { x: 0, y: 0, w: 1000, h: 600 };
    const area = renderArea(null, view);
    expect(area).toEqual({ x: -250, y: -250, w: 1500, h: 1100 });
    // Panned a little: the same object, so nothing that depends on it runs again.
    expect(renderArea(area, { ...view, x: 200, y: 200 })).toBe(area);
    // Panned out of it: a new area around the new view.
    expect(renderArea(area, { ...view, x: 1200 })).toEqual({ x: 950, y: -250, w: 1500, h: 1100 });
    // Zoomed out past it.
    expect(renderArea(area, { x: -300, y: -200, w: 1200, h: 720 })).not.toBe(area);
    // Zoomed in: the area would hold far more than is seen.
    expect(renderArea(area, { x: 400, y: 300, w: 600, h: 360 })).toEqual({ x: 400 - 150, y: 300 - 150, w: 900, h: 660 });
  });

  it('paints blocks only far out on a big board', () => {
    expect(paintsBlocks(0.1, 5000)).toBe(true);
    expect(paintsBlocks(0.39, 300)).toBe(true);
    expect(paintsBlocks(0.4, 5000)).toBe(false);
    expect(paintsBlocks(0.1, 299)).toBe(false);
  });
});
