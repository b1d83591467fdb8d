/**
 * The session charts as standalone SVG strings, for the printable HTML report (inline) and the
 * DOCX report (rasterised). They draw the same layouts as the client's VotesChart.tsx and
 * ImpactMatrix.tsx (shared/charts/votesLayout.ts, matrixLayout.ts); the differences come from
 * having no page around them: font sizes, fonts and the ink colour are attributes instead of
 * CSS, and each chart carries its own width and height.
 */
import { CHART_COLORS, type ImpactMatrixData, type MatrixPoint, type VoteBar } from '../../shared/charts/chartData';
import {
  layoutMatrix,
  MATRIX_BELOW,
  MATRIX_FONT,
  MATRIX_PLOT as M,
  MATRIX_TICKS,
  matrixX as sx,
  matrixY as sy,
  type PlacedText,
  type Quadrant,
} from '../../shared/charts/matrixLayout';
import { TRACK_LEGEND_FONT, type TrackLegend } from '../../shared/charts/trackLegend';
import { layoutVotes, VOTES_FONT } from '../../shared/charts/votesLayout';
import type { NumberFormats } from '../../shared/format';

/** An SVG document and its size in user units (the viewBox), for callers that lay it out. */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/** Texts of the matrix, in the board's language. */
export interface MatrixLabels {
  title: string;
  /** Horizontal axis, feasibility. */
  x: string;
  /** Vertical axis, effect. */
  y: string;
  /** What bubble size means, e.g. "Bubble size: money needed (RUB)". */
  size: string;
  /** Captions of the four quadrants («Быстрые победы» top right…). */
  quadrants: Record<Quadrant, string>;
}

const INK = '#1f2328';
// DejaVu Sans is the font the rasteriser loads (svgToPng.ts); browsers fall back to their own.
const FONT = "'DejaVu Sans', 'PT Sans', Arial, sans-serif";

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const svgRoot = (width: number, height: number, label: string, body: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(FONT)}" font-size="22" fill="${INK}">` +
  `<rect width="${width}" height="${height}" fill="#ffffff"/>${body.join('')}</svg>`;

const line = (t: PlacedText, size: number, extra = '') =>
  `<text x="${t.x}" y="${t.y}" text-anchor="${t.anchor}" dominant-baseline="central" font-size="${size}"${extra}>${escapeXml(t.text)}</text>`;

function trackLegend(legend: TrackLegend): string {
  return legend.items
    .map(
      (item) =>
        `<rect x="${item.x}" y="${item.y}" width="${TRACK_LEGEND_FONT}" height="${TRACK_LEGEND_FONT}" rx="3" fill="${CHART_COLORS[item.color]}"/>` +
        `<text x="${item.textX}" y="${item.textY}" dominant-baseline="central" font-size="${TRACK_LEGEND_FONT}">${escapeXml(item.title)}</text>`,
    )
    .join('');
}

const voteTip = (bar: VoteBar) => (bar.laneTitle ? `${bar.title} (${bar.laneTitle}): ${bar.votes}` : `${bar.title}: ${bar.votes}`);

/** Votes per card as horizontal bars, one per card in the order given, in the track's colour. */
export function votesChartSvg(bars: VoteBar[], title: string): ChartSvg {
  const layout = layoutVotes(bars);
  const body = layout.rows.map(
    (row) =>
      `<g data-card-id="${escapeXml(row.bar.cardId)}"><title>${escapeXml(voteTip(row.bar))}</title>` +
      row.lines
        .map((l) => `<text x="${row.labelX}" y="${l.y}" text-anchor="end" dominant-baseline="central" font-size="${VOTES_FONT}">${escapeXml(l.text)}</text>`)
        .join('') +
      `<rect x="${row.barX}" y="${row.barY}" width="${row.barWidth}" height="${row.barHeight}" rx="4" fill="${CHART_COLORS[row.bar.color]}"/>` +
      `<text x="${row.countX}" y="${row.middle}" dominant-baseline="central" font-size="${VOTES_FONT}" font-weight="700">${row.bar.votes}</text></g>`,
  );
  const summary = `${title}: ${bars.map(voteTip).join(', ')}`;
  return { svg: svgRoot(layout.width, layout.height, summary, [...body, trackLegend(layout.tracks)]), width: layout.width, height: layout.height };
}

// Titles and numbers stay legible where they cross a grid line or a neighbour's fill.
const HALO = ' paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"';

function grid(): string[] {
  return MATRIX_TICKS.map((mark) => {
    // The middle lines split the quadrants, so they are drawn heavier and dashed.
    const middle = mark === 3;
    const stroke = `stroke="${INK}" stroke-opacity="${middle ? 0.7 : 0.15}" stroke-width="${middle ? 2.5 : 1}"${middle ? ' stroke-dasharray="10 6"' : ''}`;
    return (
      `<g ${stroke}><line x1="${sx(mark)}" x2="${sx(mark)}" y1="${M.top}" y2="${M.bottom}"/><line x1="${M.left}" x2="${M.right}" y1="${sy(mark)}" y2="${sy(mark)}"/></g>` +
      `<text x="${sx(mark)}" y="${MATRIX_BELOW.ticks}" text-anchor="middle">${mark}</text>` +
      `<text x="${M.left - 14}" y="${sy(mark)}" text-anchor="end" dominant-baseline="central">${mark}</text>`
    );
  });
}

/**
 * Effect (y) against feasibility (x), 1..5 each, bubble area by size, quadrants captioned.
 * Points are drawn in the order given; impactMatrix() returns them largest first so small
 * bubbles stay visible. Titles that find no room beside their bubble become numbers, listed
 * under the chart.
 */
export function impactMatrixSvg(data: ImpactMatrixData, labels: MatrixLabels, numbers: NumberFormats): ChartSvg {
  const layout = layoutMatrix(data.points, labels.quadrants);
  const sizeText = (size: number) => (data.measure.kind === 'money' ? numbers.money(size, data.measure.currency) : numbers.decimal(size));
  const describe = (p: MatrixPoint) =>
    `${p.title}${p.laneTitle ? ` (${p.laneTitle})` : ''}: ${labels.x} ${numbers.score(p.x)}, ${labels.y} ${numbers.score(p.y)}, ${sizeText(p.size)}`;
  const body = [
    `<rect x="${M.left}" y="${M.top}" width="${M.right - M.left}" height="${M.bottom - M.top}" fill="none" stroke="${INK}" stroke-opacity="0.5"/>`,
    ...grid(),
    ...layout.quadrants.map((q) => line(q, MATRIX_FONT.caption, ' font-weight="700" fill-opacity="0.5"')),
    `<text x="${(M.left + M.right) / 2}" y="${MATRIX_BELOW.axis}" text-anchor="middle" font-weight="700">${escapeXml(labels.x)}</text>`,
    `<text transform="translate(40 ${(M.top + M.bottom) / 2}) rotate(-90)" text-anchor="middle" font-weight="700">${escapeXml(labels.y)}</text>`,
    `<text x="${M.left}" y="${MATRIX_BELOW.size}" font-size="20">${escapeXml(labels.size)}</text>`,
    ...layout.bubbles.map((b) => {
      const color = CHART_COLORS[b.point.color];
      return (
        `<g data-card-id="${escapeXml(b.point.cardId)}"><title>${escapeXml(describe(b.point))}</title>` +
        `<circle cx="${b.cx}" cy="${b.cy}" r="${b.r}" fill="${color}" fill-opacity="0.45" stroke="${color}" stroke-width="2.5"/>` +
        (b.label ? line(b.label, MATRIX_FONT.label, HALO) : '') +
        (b.number ? line(b.number, MATRIX_FONT.number, ` font-weight="700"${HALO}`) : '') +
        '</g>'
      );
    }),
    trackLegend(layout.tracks),
    ...layout.legend.map((entry) => line(entry, MATRIX_FONT.legend)),
  ];
  const summary = data.points.length ? `${labels.title}: ${data.points.map(describe).join('; ')}` : labels.title;
  return { svg: svgRoot(layout.width, layout.height, summary, body), width: layout.width, height: layout.height };
}
