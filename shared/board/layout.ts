/**
 * Where things go on the canvas when nobody put them there: the sizes of notes and lanes, the
 * grid a lane fills with notes (new cards, the tidy layout of boards made before the canvas),
 * lanes side by side, and the parking lot below them for cards outside every lane.
 *
 * Card positions are relative to their lane's frame (a lane moves with its cards in one
 * write); a card in the parking lot (no lane) keeps canvas coordinates.
 */
import { boundsOf, clamp, type Point, type Rect, type Size } from './geometry';

/** Canvas dimensions and limits, in canvas units. */
export const CANVAS = {
  /** Every coordinate stays within ±extent, so "fit all" always frames something usable. */
  extent: 1_000_000,
  card: { default: { w: 200, h: 140 }, min: { w: 80, h: 60 }, max: { w: 1_200, h: 1_200 } },
  lane: { default: { w: 720, h: 960 }, min: { w: 240, h: 240 }, max: { w: 20_000, h: 20_000 } },
  /** Height of a lane's title bar: the grid of notes starts below it. */
  laneHeader: 56,
  /** Space between a lane's edge and its notes. */
  lanePadding: 24,
  /** Space between notes in a lane's grid. */
  cardGap: 24,
  /** Space between lanes side by side, and above the parking lot. */
  laneGap: 80,
} as const;

/** A size rounded to whole units and kept within `limits` on each axis (a card's or a lane's). */
export function sizeWithin(size: Size, limits: { min: Size; max: Size }): Size {
  return { w: Math.round(clamp(size.w, limits.min.w, limits.max.w)), h: Math.round(clamp(size.h, limits.min.h, limits.max.h)) };
}

/** How a grid of notes fills an area: its width, where the first row starts, the cell size. */
interface Grid {
  width: number;
  top: number;
  cell: Size;
}

const laneGrid = (laneWidth: number, cell: Size = CANVAS.card.default): Grid => ({ width: laneWidth, top: CANVAS.laneHeader, cell });

function columns(grid: Grid): number {
  const { lanePadding: pad, cardGap: gap } = CANVAS;
  return Math.max(1, Math.floor((grid.width - 2 * pad + gap) / (grid.cell.w + gap)));
}

/** The top-left corner of grid slot `index`, counted in reading order. */
function slot(grid: Grid, index: number): Point {
  const { lanePadding: pad, cardGap: gap } = CANVAS;
  const cols = columns(grid);
  return { x: pad + (index % cols) * (grid.cell.w + gap), y: grid.top + pad + Math.floor(index / cols) * (grid.cell.h + gap) };
}

/**
 * The first slot of the grid that no occupied rectangle overlaps (rectangles in the grid's own
 * coordinates). Linear in the number of occupied rectangles: each marks the cells it covers.
 */
function firstFreeSlot(grid: Grid, occupied: readonly Rect[]): Point {
  const { lanePadding: pad, cardGap: gap } = CANVAS;
  const cols = columns(grid);
  const pitch = { w: grid.cell.w + gap, h: grid.cell.h + gap };
  const taken = new Set<number>();
  for (const rect of occupied) {
    // Cells whose slot rectangle this one overlaps (with area).
    const firstCol = Math.max(0, Math.floor((rect.x - pad - grid.cell.w) / pitch.w) + 1);
    const lastCol = Math.min(cols - 1, Math.ceil((rect.x + rect.w - pad) / pitch.w) - 1);
    const firstRow = Math.max(0, Math.floor((rect.y - grid.top - pad - grid.cell.h) / pitch.h) + 1);
    const lastRow = Math.ceil((rect.y + rect.h - grid.top - pad) / pitch.h) - 1;
    for (let row = firstRow; row <= lastRow; row++) for (let col = firstCol; col <= lastCol; col++) taken.add(row * cols + col);
  }
  let index = 0;
  while (taken.has(index)) index++;
  return slot(grid, index);
}

/** Where a new card goes in a lane `laneWidth` wide: the first free slot of its grid, reading order. */
export function freeSlotInLane(laneWidth: number, occupied: readonly Rect[], size: Size = CANVAS.card.default): Point {
  return firstFreeSlot(laneGrid(laneWidth, size), occupied);
}

/** Slot `index` of a lane's grid: the tidy layout gives a lane's cards slots 0, 1, 2… in list order. */
export const laneSlot = (laneWidth: number, index: number): Point => slot(laneGrid(laneWidth), index);

/** A lane tall enough for `cards` notes in its grid (at least the default height). */
export function laneHeightFor(laneWidth: number, cards: number): number {
  if (cards === 0) return CANVAS.lane.default.h;
  const last = slot(laneGrid(laneWidth), cards - 1);
  return Math.max(CANVAS.lane.default.h, last.y + CANVAS.card.default.h + CANVAS.lanePadding);
}

/** The frame of the `index`-th lane of a tidy row of default-width lanes. */
export function laneFrameAt(index: number, height: number = CANVAS.lane.default.h): Rect {
  const { w } = CANVAS.lane.default;
  return { x: index * (w + CANVAS.laneGap), y: 0, w, h: height };
}

/** Where a lane added to the right of the others goes. */
export function nextLaneFrame(frames: readonly Rect[]): Rect {
  const bounds = boundsOf(frames);
  if (!bounds) return laneFrameAt(0);
  return { x: bounds.x + bounds.w + CANVAS.laneGap, y: bounds.y, ...CANVAS.lane.default };
}

/**
 * A lane's frame as drawn: at least as tall as its cards reach, so a lane whose notes have
 * filled it grows downwards instead of notes spilling out of it.
 */
export function drawnLaneFrame(frame: Rect, cards: readonly Rect[]): Rect {
  let bottom = frame.h;
  for (const card of cards) bottom = Math.max(bottom, card.y + card.h + CANVAS.lanePadding);
  return bottom === frame.h ? frame : { ...frame, h: Math.min(bottom, CANVAS.lane.max.h) };
}

/** The area of the parking lot: below every lane, as wide as they are together. */
export function parkingLotArea(frames: readonly Rect[]): Rect {
  const bounds = boundsOf(frames) ?? { x: 0, y: -CANVAS.laneGap, w: CANVAS.lane.default.w, h: 0 };
  return { x: bounds.x, y: bounds.y + bounds.h + CANVAS.laneGap, w: Math.max(bounds.w, CANVAS.lane.default.w), h: CANVAS.lane.default.h / 2 };
}

/** Where a card sent to the parking lot goes (canvas coordinates): its first free slot. */
export function freeSlotInParkingLot(area: Rect, occupied: readonly Rect[], size: Size = CANVAS.card.default): Point {
  const inArea = occupied.map((rect) => ({ ...rect, x: rect.x - area.x, y: rect.y - area.y }));
  const at = firstFreeSlot({ width: area.w, top: 0, cell: size }, inArea);
  return { x: area.x + at.x, y: area.y + at.y };
}
