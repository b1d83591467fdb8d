/**
 * The order Tab walks the canvas in: track by track as the tracks stand, top to bottom and
 * left to right inside each, the parking lot last. Not the DOM's order: only cards near the
 * viewport are in the DOM, and they are in stacking order.
 */
export interface PlacedItem {
  id: string;
  /** Index of its track among the board's tracks; -1 for the parking lot. */
  lane: number;
  x: number;
  y: number;
}

/** Rows this close (canvas units) count as one, so a slightly higher note to the right does not jump ahead. */
const ROW_TOLERANCE = 24;

export function readingOrder(items: readonly PlacedItem[]): string[] {
  const laneKey = (item: PlacedItem) => (item.lane < 0 ? Number.POSITIVE_INFINITY : item.lane);
  return [...items]
    .sort((a, b) => laneKey(a) - laneKey(b) || (Math.abs(a.y - b.y) > ROW_TOLERANCE ? a.y - b.y : a.x - b.x) || a.id.localeCompare(b.id))
    .map((item) => item.id);
}

/** The item after (or before) `id` in `order`, or null at either end, where Tab leaves the canvas. */
export function stepThrough(order: readonly string[], id: string, direction: 1 | -1): string | null {
  const at = order.indexOf(id);
  if (at < 0) return order[direction > 0 ? 0 : order.length - 1] ?? null;
  return order[at + direction] ?? null;
}
