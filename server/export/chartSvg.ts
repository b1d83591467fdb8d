/**
 * The session charts as standalone SVG strings, for the printable HTML report (inline) and the
 * DOCX report (rasterised). Same geometry and look as the client's VotesChart.tsx and
 * ImpactMatrix.tsx; the differences come from having no page around them: font sizes, fonts and
 * the ink colour are attributes instead of CSS, and each chart carries its own width and height.
 */
import type { NumberFormats } from '../../shared/format';
import { bubbleRadius, CHART_COLORS, truncate, type ImpactMatrixData, type MatrixPoint, type VoteBar } from '../../shared/charts/chartData';

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

// Votes chart geometry, as in VotesChart.tsx. Titles are set 2 units smaller than there: DejaVu
// Sans, the rasteriser's font, runs wider than the UI font and would push long titles off the left.
const V = { width: 1000, row: 48, bar: 34, padY: 8, labelRight: 380, barLeft: 396, countSpace: 70, titleChars: 26 };

/** Votes per card as horizontal bars, one per card in the order given, in the lane's colour. */
export function votesChartSvg(bars: VoteBar[], title: string): ChartSvg {
  const max = Math.max(1, ...bars.map((bar) => bar.votes));
  const length = (votes: number) => ((V.width - V.barLeft - V.countSpace) * votes) / max;
  const height = Math.max(1, bars.length) * V.row + 2 * V.padY;
  const body = bars.map((bar, index) => {
    const top = V.padY + index * V.row + (V.row - V.bar) / 2;
    const middle = top + V.bar / 2;
    const tip = bar.laneTitle ? `${bar.title} (${bar.laneTitle}): ${bar.votes}` : `${bar.title}: ${bar.votes}`;
    return (
      `<g data-card-id="${escapeXml(bar.cardId)}"><title>${escapeXml(tip)}</title>` +
      `<text x="${V.labelRight}" y="${middle}" text-anchor="end" dominant-baseline="central" font-size="20">${escapeXml(truncate(bar.title, V.titleChars))}</text>` +
      `<rect x="${V.barLeft}" y="${top}" width="${length(bar.votes)}" height="${V.bar}" rx="4" fill="${CHART_COLORS[bar.color]}"/>` +
      `<text x="${V.barLeft + length(bar.votes) + 10}" y="${middle}" dominant-baseline="central" font-weight="700">${bar.votes}</text></g>`
    );
  });
  const summary = `${title}: ${bars.map((bar) => `${bar.title} ${bar.votes}`).join(', ')}`;
  return { svg: svgRoot(V.width, height, summary, body), width: V.width, height };
}

// Matrix geometry, as in ImpactMatrix.tsx. The scale runs half a mark past 1 and 5 so edge
// bubbles stay inside the frame.
const M = { width: 1000, height: 720, left: 110, right: 980, top: 20, bottom: 600, min: 0.5, max: 5.5, labelChars: 22 };
const clamp = (v: number) => Math.min(5, Math.max(1, v));
const sx = (v: number) => M.left + ((clamp(v) - M.min) / (M.max - M.min)) * (M.right - M.left);
const sy = (v: number) => M.bottom - ((clamp(v) - M.min) / (M.max - M.min)) * (M.bottom - M.top);

function grid(): string[] {
  return [1, 2, 3, 4, 5].map((mark) => {
    // The middle lines split the quadrants, so they are drawn heavier and dashed.
    const middle = mark === 3;
    const stroke = `stroke="${INK}" stroke-opacity="${middle ? 0.7 : 0.15}" stroke-width="${middle ? 2.5 : 1}"${middle ? ' stroke-dasharray="10 6"' : ''}`;
    return (
      `<g ${stroke}><line x1="${sx(mark)}" x2="${sx(mark)}" y1="${M.top}" y2="${M.bottom}"/><line x1="${M.left}" x2="${M.right}" y1="${sy(mark)}" y2="${sy(mark)}"/></g>` +
      `<text x="${sx(mark)}" y="${M.bottom + 30}" text-anchor="middle">${mark}</text>` +
      `<text x="${M.left - 14}" y="${sy(mark)}" text-anchor="end" dominant-baseline="central">${mark}</text>`
    );
  });
}

/**
 * Effect (y) against feasibility (x), 1..5 each, bubble area by size. Points are drawn in the
 * order given; impactMatrix() returns them largest first so small bubbles stay visible.
 */
export function impactMatrixSvg(data: ImpactMatrixData, labels: MatrixLabels, numbers: NumberFormats): ChartSvg {
  const maxSize = Math.max(0, ...data.points.map((p) => p.size));
  const sizeText = (size: number) => (data.measure.kind === 'money' ? numbers.money(size, data.measure.currency) : numbers.decimal(size));
  const describe = (p: MatrixPoint) => `${p.title}: ${labels.x} ${numbers.score(p.x)}, ${labels.y} ${numbers.score(p.y)}, ${sizeText(p.size)}`;
  const body = [
    `<rect x="${M.left}" y="${M.top}" width="${M.right - M.left}" height="${M.bottom - M.top}" fill="none" stroke="${INK}" stroke-opacity="0.5"/>`,
    ...grid(),
    `<text x="${(M.left + M.right) / 2}" y="${M.bottom + 68}" text-anchor="middle" font-weight="700">${escapeXml(labels.x)}</text>`,
    `<text transform="translate(40 ${(M.top + M.bottom) / 2}) rotate(-90)" text-anchor="middle" font-weight="700">${escapeXml(labels.y)}</text>`,
    `<text x="${M.left}" y="${M.bottom + 106}" font-size="20">${escapeXml(labels.size)}</text>`,
    ...data.points.map((p) => {
      const r = bubbleRadius(p.size, maxSize);
      const color = CHART_COLORS[p.color];
      // Labels on the right half go to the left of their bubble so they stay in the frame.
      const leftward = p.x > 3.5;
      return (
        `<g data-card-id="${escapeXml(p.cardId)}"><title>${escapeXml(describe(p))}</title>` +
        `<circle cx="${sx(p.x)}" cy="${sy(p.y)}" r="${r}" fill="${color}" fill-opacity="0.45" stroke="${color}" stroke-width="2.5"/>` +
        `<text x="${sx(p.x) + (leftward ? -1 : 1) * (r + 8)}" y="${sy(p.y)}" text-anchor="${leftward ? 'end' : 'start'}" dominant-baseline="central">${escapeXml(truncate(p.title, M.labelChars))}</text></g>`
      );
    }),
  ];
  const summary = data.points.length ? `${labels.title}: ${data.points.map(describe).join('; ')}` : labels.title;
  return { svg: svgRoot(M.width, M.height, summary, body), width: M.width, height: M.height };
}
