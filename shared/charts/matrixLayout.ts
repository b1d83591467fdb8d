/**
 * Where everything on the effect × feasibility matrix goes, as one pure function, so the board,
 * the projector, the slides and the report draw the same picture. Points at the same spot are
 * spread on a small circle; each bubble gets its title beside it where that overlaps nothing and
 * is nearer to it than to any other bubble, and otherwise a number on the bubble and a line in
 * the legend under the chart.
 */
import { type Box, boxAround, boxesOverlap, boxInside, distanceToBox } from './box';
import { bubbleRadius, type MatrixPoint } from './chartData';
import { spreadPoints } from './spreadPoints';
import { fitText, textWidth } from './textWidth';
import { layoutTrackLegend, type TrackLegend } from './trackLegend';

/** Chart width in user units (the viewBox); the height depends on the legends. */
export const MATRIX_WIDTH = 1000;
/** The plot frame. */
export const MATRIX_PLOT = { left: 110, right: 980, top: 20, bottom: 600 };
/** Font sizes in user units. */
export const MATRIX_FONT = { label: 20, number: 18, caption: 18, legend: 18 };
/** Where the axis texts and the size line sit under the frame. */
export const MATRIX_BELOW = { ticks: MATRIX_PLOT.bottom + 30, axis: MATRIX_PLOT.bottom + 68, size: MATRIX_PLOT.bottom + 106 };
/** The marks on both axes; 3 splits the quadrants. */
export const MATRIX_TICKS = [1, 2, 3, 4, 5];

// The scale runs half a mark past 1 and 5, so bubbles at the edges stay inside the frame.
const DOMAIN = { min: 0.5, max: 5.5 };
const clamp = (v: number) => Math.min(5, Math.max(1, v));
/** Horizontal position of a feasibility mean. */
export const matrixX = (v: number) => MATRIX_PLOT.left + ((clamp(v) - DOMAIN.min) / (DOMAIN.max - DOMAIN.min)) * (MATRIX_PLOT.right - MATRIX_PLOT.left);
/** Vertical position of an effect mean. */
export const matrixY = (v: number) => MATRIX_PLOT.bottom - ((clamp(v) - DOMAIN.min) / (DOMAIN.max - DOMAIN.min)) * (MATRIX_PLOT.bottom - MATRIX_PLOT.top);

/** The four quadrants, named by what sits there: effect high or low, feasibility high or low. */
export type Quadrant = 'quickWins' | 'majorProjects' | 'fillIns' | 'reconsider';

/** A line of text: `x` per `anchor`, `y` its vertical centre (drawn with dominant-baseline central). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** A bubble where it is drawn, with either its title beside it or its number on it. */
export interface MatrixBubble {
  point: MatrixPoint;
  cx: number;
  cy: number;
  r: number;
  label: PlacedText | null;
  /** Set when the title did not fit beside the bubble: the bubble shows it and the legend explains it. */
  number: PlacedText | null;
}

/** Everything the matrix draws, in user units. */
export interface MatrixLayout {
  width: number;
  height: number;
  /** In the order given (largest first), so small bubbles are drawn on top. */
  bubbles: MatrixBubble[];
  quadrants: Array<PlacedText & { quadrant: Quadrant }>;
  tracks: TrackLegend;
  /** «1 — Умная парковка» for every numbered bubble, in number order. */
  legend: Array<PlacedText & { cardId: string }>;
}

const LABEL_GAP = 6;
// A title is tried whole (up to the long width) around its bubble, then cut to the short one.
const LABEL_WIDTHS = [420, 240];
// A line box with room for the ascent and descent of DejaVu Sans around its central baseline.
const LINE = 1.3;
// Every centre keeps a number's room free, whether or not it ends up numbered.
const CENTRE = { width: 28, height: 24 };
const LEGEND_ROW = 26;
const LEGEND_COLUMNS = 2;
const INSET = 4;

const text = (value: string, atX: number, atY: number, anchor: PlacedText['anchor'], font: number, bold = false): PlacedText => {
  // A tenth of a unit is below a pixel at any size the chart is shown; it keeps the SVG short.
  const x = Math.round(atX * 10) / 10;
  const y = Math.round(atY * 10) / 10;
  const width = textWidth(value, font, bold);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { text: value, x, y, anchor, box: { x0, y0: y - (font * LINE) / 2, x1: x0 + width, y1: y + (font * LINE) / 2 } };
};

// Label spots around a bubble, best first: beside it, then above and below, then the diagonals.
function candidates(title: string, cx: number, cy: number, r: number): PlacedText[] {
  const f = MATRIX_FONT.label;
  const half = (f * LINE) / 2;
  const d = r * Math.SQRT1_2;
  return [
    text(title, cx + r + LABEL_GAP, cy, 'start', f),
    text(title, cx - r - LABEL_GAP, cy, 'end', f),
    text(title, cx, cy - r - LABEL_GAP / 2 - half, 'middle', f),
    text(title, cx, cy + r + LABEL_GAP / 2 + half, 'middle', f),
    text(title, cx + d + LABEL_GAP / 2, cy - d - half, 'start', f),
    text(title, cx - d - LABEL_GAP / 2, cy - d - half, 'end', f),
    text(title, cx + d + LABEL_GAP / 2, cy + d + half, 'start', f),
    text(title, cx - d - LABEL_GAP / 2, cy + d + half, 'end', f),
  ];
}

function quadrantCaptions(captions: Record<Quadrant, string>): MatrixLayout['quadrants'] {
  const { left, right, top, bottom } = MATRIX_PLOT;
  const f = MATRIX_FONT.caption;
  const max = (right - left) / 2 - 24;
  const at = (quadrant: Quadrant, x: number, y: number, anchor: PlacedText['anchor']) => ({
    quadrant,
    ...text(fitText(captions[quadrant], max, f), x, y, anchor, f, true),
  });
  return [
    at('majorProjects', left + 10, top + 18, 'start'),
    at('quickWins', right - 10, top + 18, 'end'),
    at('reconsider', left + 10, bottom - 18, 'start'),
    at('fillIns', right - 10, bottom - 18, 'end'),
  ];
}

/**
 * Lays out the matrix for `points` (as impactMatrix() returns them) with the quadrant captions
 * in the board's language. Deterministic: the same points give the same picture anywhere.
 * Titles are placed most promising initiative first (highest effect plus feasibility), so
 * where room runs out it is the weaker ones that become numbers.
 */
export function layoutMatrix(points: MatrixPoint[], captions: Record<Quadrant, string>): MatrixLayout {
  const maxSize = Math.max(0, ...points.map((p) => p.size));
  const centres = spreadPoints(
    points.map((p) => ({ id: p.cardId, x: matrixX(p.x), y: matrixY(p.y), r: bubbleRadius(p.size, maxSize) })),
    CENTRE,
    { x0: MATRIX_PLOT.left, y0: MATRIX_PLOT.top, x1: MATRIX_PLOT.right, y1: MATRIX_PLOT.bottom },
  );
  const bubbles: MatrixBubble[] = points.map((point, i) => ({ point, ...centres[i]!, label: null, number: null }));
  const quadrants = quadrantCaptions(captions);
  const frame = { x0: MATRIX_PLOT.left + INSET, y0: MATRIX_PLOT.top + INSET, x1: MATRIX_PLOT.right - INSET, y1: MATRIX_PLOT.bottom - INSET };
  const taken: Box[] = [...quadrants.map((q) => q.box)];
  const reserved = bubbles.map((b) => boxAround(b.cx, b.cy, CENTRE.width, CENTRE.height));
  // Distance from a label to a bubble's edge; a label must be nearer its own bubble than any other.
  const reach = (box: Box, b: MatrixBubble) => distanceToBox(b.cx, b.cy, box) - b.r;
  const order = [...bubbles].sort(
    (a, b) => b.point.x + b.point.y - (a.point.x + a.point.y) || b.point.y - a.point.y || (a.point.cardId < b.point.cardId ? -1 : 1),
  );
  let numbered = 0;
  for (const bubble of order) {
    const own = bubbles.indexOf(bubble);
    bubble.label =
      LABEL_WIDTHS.flatMap((width) => candidates(fitText(bubble.point.title, width, MATRIX_FONT.label), bubble.cx, bubble.cy, bubble.r)).find(
        (c) =>
          boxInside(c.box, frame) &&
          !taken.some((box) => boxesOverlap(c.box, box)) &&
          !reserved.some((box, i) => i !== own && boxesOverlap(c.box, box)) &&
          bubbles.every((other) => other === bubble || reach(c.box, other) > reach(c.box, bubble)),
      ) ?? null;
    if (bubble.label) taken.push(bubble.label.box);
    else bubble.number = text(String(++numbered), bubble.cx, bubble.cy, 'middle', MATRIX_FONT.number, true);
  }
  const tracks = layoutTrackLegend(
    points.map((p) => ({ laneTitle: p.laneTitle, color: p.color })),
    MATRIX_PLOT.left,
    MATRIX_PLOT.right,
    MATRIX_BELOW.size + 24,
  );
  const legendTop = MATRIX_BELOW.size + 24 + tracks.height + (tracks.height ? 12 : 0) + LEGEND_ROW / 2;
  const numberedBubbles = order.filter((b) => b.number);
  const perColumn = Math.ceil(numberedBubbles.length / LEGEND_COLUMNS);
  const columnWidth = (MATRIX_PLOT.right - MATRIX_PLOT.left) / LEGEND_COLUMNS;
  const legend = numberedBubbles.map((b, i) => {
    const x = MATRIX_PLOT.left + Math.floor(i / perColumn) * columnWidth;
    const line = fitText(`${b.number!.text} — ${b.point.title}`, columnWidth - 16, MATRIX_FONT.legend);
    return { cardId: b.point.cardId, ...text(line, x, legendTop + (i % perColumn) * LEGEND_ROW, 'start', MATRIX_FONT.legend) };
  });
  const bottom = legend.length ? legendTop + (perColumn - 0.5) * LEGEND_ROW : MATRIX_BELOW.size + 24 + tracks.height;
  return { width: MATRIX_WIDTH, height: Math.ceil(bottom + 12), bubbles, quadrants, tracks, legend };
}
