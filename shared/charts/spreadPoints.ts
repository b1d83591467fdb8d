/**
 * Deterministic jitter for a bubble chart. Points at the same spot (a mean of 3,5 shared by two
 * initiatives is common in a session) are spread evenly on a small circle around it, in id
 * order; then points still too close are pushed apart along the line between them, each as
 * little as needed, so near points keep their relative direction. Every point ends up with a
 * number's room of its own around its centre.
 */
import type { Box } from './box';

/** A point to spread: its position and radius in chart units, and an id that orders it. */
export interface SpreadInput {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Where a point is drawn. */
export interface Spread {
  cx: number;
  cy: number;
  r: number;
}

// Closer than this (chart units, about a hundredth of a mark) counts as the same spot.
const SAME_SPOT = 3;
const ROUNDS = 80;

/**
 * Positions for `points`, in their order, such that boxes of `room` around the centres do not
 * overlap (as far as `ROUNDS` of pushing gets; a few points always get there), kept inside
 * `frame` with their radius.
 */
export function spreadPoints(points: SpreadInput[], room: { width: number; height: number }, frame: Box): Spread[] {
  const at = points.map((p) => ({ x: p.x, y: p.y }));
  for (const group of groupsAtOneSpot(points)) {
    const cx = group.reduce((sum, i) => sum + points[i]!.x, 0) / group.length;
    const cy = group.reduce((sum, i) => sum + points[i]!.y, 0) / group.length;
    // Neighbours on the circle are one diagonal of the room apart, whatever their angle.
    const radius = Math.hypot(room.width, room.height) / (2 * Math.sin(Math.PI / group.length));
    const members = [...group].sort((a, b) => (points[a]!.id < points[b]!.id ? -1 : points[a]!.id > points[b]!.id ? 1 : a - b));
    members.forEach((i, k) => {
      const angle = Math.PI + (2 * Math.PI * k) / group.length;
      at[i] = { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
    });
  }
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const a = at[i]!;
        const b = at[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        if (Math.abs(dx) >= room.width || Math.abs(dy) >= room.height) continue;
        const distance = Math.hypot(dx, dy) || 1;
        const [ux, uy] = Math.hypot(dx, dy) ? [dx / distance, dy / distance] : [1, 0];
        // How far apart along this line the two boxes stop overlapping.
        const needed = Math.min(ux ? room.width / Math.abs(ux) : Number.POSITIVE_INFINITY, uy ? room.height / Math.abs(uy) : Number.POSITIVE_INFINITY);
        const push = (needed - distance) / 2 + 0.05;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  // A tenth of a unit is below a pixel at any size the chart is shown; it keeps the SVG short.
  const round = (v: number) => Math.round(v * 10) / 10;
  return points.map((p, i) => ({
    cx: round(Math.min(frame.x1 - p.r - 2, Math.max(frame.x0 + p.r + 2, at[i]!.x))),
    cy: round(Math.min(frame.y1 - p.r - 2, Math.max(frame.y0 + p.r + 2, at[i]!.y))),
    r: round(p.r),
  }));
}

// Groups of two or more points at one spot; a point near any member joins the group.
function groupsAtOneSpot(points: SpreadInput[]): number[][] {
  const parent = points.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) < SAME_SPOT) parent[root(j)] = root(i);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < points.length; i++) groups.set(root(i), [...(groups.get(root(i)) ?? []), i]);
  return [...groups.values()].filter((group) => group.length > 1);
}
