/**
 * Plane geometry of the canvas, in canvas units (1 unit = 1 CSS pixel at 100 % zoom): points,
 * rectangles, containment, hit tests, snapping and bounds. Pure functions, no Yjs; the board
 * model (`canvas.ts`), the relay's limits and the client's camera and selection share them.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  w: number;
  h: number;
}

/** A rectangle by its top-left corner and size (w, h ≥ 0). */
export interface Rect extends Point, Size {}

/** The rectangle spanned by two corners in any order (a marquee from where the drag began). */
export function rectFromCorners(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

/** The same rectangle (or both absent). */
export const sameRect = (a: Rect | null, b: Rect | null): boolean => a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h);

export const centerOf = (rect: Rect): Point => ({ x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 });

/** Whether the point lies in the rectangle; the right and bottom edges belong to the next one. */
export function containsPoint(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x < rect.x + rect.w && point.y >= rect.y && point.y < rect.y + rect.h;
}

/** Whether `inner` lies wholly inside `outer` (edges may touch). */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

/** Whether two rectangles share any area or edge (a marquee touching a note selects it). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

/** Whether two rectangles overlap with area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The smallest rectangle holding all of them; null for none. */
export function boundsOf(rects: Iterable<Rect>): Rect | null {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.w);
    maxY = Math.max(maxY, r.y + r.h);
  }
  return minX === Number.POSITIVE_INFINITY ? null : { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

/** The rectangle grown by `margin` on every side (negative shrinks, never below zero size). */
export function inflate(rect: Rect, margin: number): Rect {
  const w = Math.max(0, rect.w + 2 * margin);
  const h = Math.max(0, rect.h + 2 * margin);
  return { x: rect.x + (rect.w - w) / 2, y: rect.y + (rect.h - h) / 2, w, h };
}

/** The nearest multiple of `step` (no snapping when `step` ≤ 0). */
export function snap(value: number, step: number): number {
  if (!(step > 0)) return value;
  const snapped = Math.round(value / step) * step;
  // -0 would print as "0" but compare as a different stored value: normalise it.
  return snapped === 0 ? 0 : snapped;
}

export const snapPoint = (point: Point, step: number): Point => ({ x: snap(point.x, step), y: snap(point.y, step) });

/** `value` kept within [min, max]. */
export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/**
 * The frame a rectangle belongs to when dropped: the one that holds its centre. Where frames
 * overlap, the last in `frames` wins (it is drawn on top). Null: outside every frame.
 */
export function frameAt<F extends { frame: Rect }>(frames: readonly F[], rect: Rect): F | null {
  const center = centerOf(rect);
  for (let i = frames.length - 1; i >= 0; i--) {
    const candidate = frames[i]!;
    if (containsPoint(candidate.frame, center)) return candidate;
  }
  return null;
}

/**
 * The topmost item under a point, from items listed bottom to top; null when the point hits
 * none. A hit test for clicks; the client asks its spatial index for candidates first.
 */
export function topmostAt<T extends { rect: Rect }>(items: readonly T[], point: Point): T | null {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (containsPoint(item.rect, point)) return item;
  }
  return null;
}
