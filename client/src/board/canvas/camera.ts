/**
 * The canvas camera as plain numbers: where the canvas origin sits on screen (`x`, `y`, in
 * screen pixels from the viewport's top-left) and the zoom `k`. The canvas layer is drawn with
 * `translate(x, y) scale(k)`, so a canvas point `c` is at screen point `x + c·k`.
 */
import { clamp, containsRect, inflate, type Point, type Rect, type Size } from '../../../../shared/board/geometry';

export interface Camera {
  x: number;
  y: number;
  k: number;
}

/** 10 % to 400 %. */
export const ZOOM = { min: 0.1, max: 4 } as const;
/**
 * Far out, on a big board, cards are blocks painted on one canvas rather than DOM notes: below
 * 40 % a note is at most 80 × 56 pixels and its text 6 pixels high, unreadable either way, and
 * thousands of notes in the DOM make every pan and zoom slow. A small board keeps its notes at
 * any zoom (a few hundred cost little), so a laptop's first look at a new board shows notes.
 */
export const BLOCKS = { below: 0.4, fromCards: 300 } as const;
/** Whether a board is big enough for blocks (at some zoom). */
export const hasBlocks = (cards: number) => cards >= BLOCKS.fromCards;
export const paintsBlocks = (k: number, cards: number) => k < BLOCKS.below && hasBlocks(cards);

/** The zoom steps of the − and + buttons and keys. */
export const ZOOM_STEPS = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

export const screenToCanvas = (camera: Camera, point: Point): Point => ({ x: (point.x - camera.x) / camera.k, y: (point.y - camera.y) / camera.k });
export const canvasToScreen = (camera: Camera, point: Point): Point => ({ x: camera.x + point.x * camera.k, y: camera.y + point.y * camera.k });

/** The part of the canvas the viewport shows. */
export function visibleRect(camera: Camera, viewport: Size): Rect {
  return { x: -camera.x / camera.k, y: -camera.y / camera.k, w: viewport.w / camera.k, h: viewport.h / camera.k };
}

/** The camera zoomed to `k` (clamped) keeping the canvas point under screen point `anchor` where it is. */
export function zoomAt(camera: Camera, anchor: Point, k: number): Camera {
  const next = clamp(k, ZOOM.min, ZOOM.max);
  const ratio = next / camera.k;
  return { x: anchor.x - (anchor.x - camera.x) * ratio, y: anchor.y - (anchor.y - camera.y) * ratio, k: next };
}

export const panBy = (camera: Camera, by: Point): Camera => ({ ...camera, x: camera.x + by.x, y: camera.y + by.y });

/** The next zoom step in `direction` (+1 in, −1 out) from `k`. */
export function stepZoom(k: number, direction: 1 | -1): number {
  const steps = direction > 0 ? ZOOM_STEPS : [...ZOOM_STEPS].reverse();
  return steps.find((step) => (direction > 0 ? step > k + 1e-6 : step < k - 1e-6)) ?? (direction > 0 ? ZOOM.max : ZOOM.min);
}

/** The camera that shows `rect` whole, centred, with `margin` screen pixels around it, zoomed in at most to `maxZoom` (100 %). */
export function fitRect(rect: Rect, viewport: Size, margin = 48, maxZoom = 1): Camera {
  const w = Math.max(1, rect.w);
  const h = Math.max(1, rect.h);
  const k = clamp(Math.min((viewport.w - 2 * margin) / w, (viewport.h - 2 * margin) / h, maxZoom), ZOOM.min, ZOOM.max);
  return { k, x: viewport.w / 2 - (rect.x + w / 2) * k, y: viewport.h / 2 - (rect.y + h / 2) * k };
}

/**
 * How much one wheel event zooms: pinch on a trackpad arrives as small ctrl+wheel deltas, a
 * mouse wheel with Ctrl as large ones; both are clamped so one notch is one comfortable step.
 */
export function wheelZoomFactor(deltaY: number): number {
  return Math.exp(-clamp(deltaY, -50, 50) * 0.01);
}

/** A wheel delta in pixels, whatever unit the browser reported it in. */
export function wheelPixels(event: Pick<WheelEvent, 'deltaX' | 'deltaY' | 'deltaMode'>, pageHeight: number): Point {
  const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? pageHeight : 1;
  return { x: event.deltaX * unit, y: event.deltaY * unit };
}

/**
 * The camera a fraction `t` (0…1) of the way from `from` to `to`: the point at the centre of the
 * screen travels in a straight line while the zoom changes by equal ratios, so a flight to a far
 * track neither lurches nor crawls.
 */
export function cameraBetween(from: Camera, to: Camera, viewport: Size, t: number): Camera {
  const centre = (camera: Camera) => ({ x: (viewport.w / 2 - camera.x) / camera.k, y: (viewport.h / 2 - camera.y) / camera.k });
  const a = centre(from);
  const b = centre(to);
  const k = from.k * (to.k / from.k) ** t;
  const x = a.x + (b.x - a.x) * t;
  const y = a.y + (b.y - a.y) * t;
  return { k, x: viewport.w / 2 - x * k, y: viewport.h / 2 - y * k };
}

/**
 * The camera that shows `rect`: unchanged when it is already in view (inside `margin`), else
 * centred on it at the same zoom, so moving through items by keyboard pans only when needed.
 */
export function panToShow(camera: Camera, rect: Rect, viewport: Size, margin = 48): Camera {
  const view = visibleRect(camera, viewport);
  const inset = margin / camera.k;
  const inside =
    rect.x >= view.x + inset && rect.y >= view.y + inset && rect.x + rect.w <= view.x + view.w - inset && rect.y + rect.h <= view.y + view.h - inset;
  if (inside) return camera;
  return { k: camera.k, x: viewport.w / 2 - (rect.x + rect.w / 2) * camera.k, y: viewport.h / 2 - (rect.y + rect.h / 2) * camera.k };
}

/**
 * The part of the canvas whose cards are in the DOM: the view and a quarter screen around it, kept
 * while the view stays inside it and has not shrunk to under half of it (zoomed in), so a
 * pan or zoom re-renders the cards once every quarter screen, not at every wheel event.
 */
export function renderArea(previous: Rect | null, view: Rect): Rect {
  if (previous && containsRect(previous, view) && previous.w <= 2 * view.w) return previous;
  return inflate(view, Math.max(view.w, view.h) / 4);
}
