/** Axis-aligned rectangles in chart units, for placing labels where nothing else is. */

/** A rectangle from its left, top, right and bottom edges. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box of the given size centred on (cx, cy). */
export const boxAround = (cx: number, cy: number, width: number, height: number): Box => ({
  x0: cx - width / 2,
  y0: cy - height / 2,
  x1: cx + width / 2,
  y1: cy + height / 2,
});

/** Whether two boxes share any area (touching edges do not count). */
export const boxesOverlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether `inner` lies wholly within `outer`. */
export const boxInside = (inner: Box, outer: Box): boolean => inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;

/** Distance from a point to the nearest point of a box; 0 inside it. */
export function distanceToBox(x: number, y: number, box: Box): number {
  const dx = Math.max(box.x0 - x, 0, x - box.x1);
  const dy = Math.max(box.y0 - y, 0, y - box.y1);
  return Math.hypot(dx, dy);
}
