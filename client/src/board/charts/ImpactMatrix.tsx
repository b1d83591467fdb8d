/**
 * Effect against feasibility as a bubble chart: the top-right quadrant is where quick, strong
 * initiatives sit, and bubble area shows what each one costs. Plain SVG with a viewBox.
 */
import { For, Index } from 'solid-js';
import { bubbleRadius, CHART_COLORS, truncate, type MatrixPoint, type SizeMeasure } from '../../../../shared/charts/chartData';
import type { NumberFormats } from '../../../../shared/format';

// Geometry in viewBox units. Text sizes come from CSS in the same units (see `.chart svg`).
const WIDTH = 1000;
const HEIGHT = 720;
const PLOT = { left: 110, right: 980, top: 20, bottom: 600 };
// The scale runs half a mark past 1 and 5, so bubbles at the edges stay inside the frame.
const DOMAIN = { min: 0.5, max: 5.5 };
const MARKS = [1, 2, 3, 4, 5];
const LABEL_CHARS = 22;

const clamp = (v: number) => Math.min(5, Math.max(1, v));
const sx = (v: number) => PLOT.left + ((clamp(v) - DOMAIN.min) / (DOMAIN.max - DOMAIN.min)) * (PLOT.right - PLOT.left);
const sy = (v: number) => PLOT.bottom - ((clamp(v) - DOMAIN.min) / (DOMAIN.max - DOMAIN.min)) * (PLOT.bottom - PLOT.top);

/** Texts of the matrix; the caller supplies them in the board's language. */
export interface ImpactMatrixLabels {
  title: string;
  /** Horizontal axis, feasibility. */
  x: string;
  /** Vertical axis, effect. */
  y: string;
  /** One line explaining what bubble size means, e.g. "Bubble area: money needed, RUB". */
  size: string;
}

/**
 * Scatter of cards by feasibility (x) and effect (y), 1..5 each, with quadrant lines at 3.
 * Bubbles are drawn in the order given; pass them largest first so small ones stay on top.
 * `numbers` writes the values in tooltips as the board and the report do («3,5», «450 млн ₽»).
 */
export function ImpactMatrix(props: { points: MatrixPoint[]; measure: SizeMeasure; labels: ImpactMatrixLabels; numbers: NumberFormats }) {
  const maxSize = () => Math.max(0, ...props.points.map((p) => p.size));
  const sizeText = (size: number) => (props.measure.kind === 'money' ? props.numbers.money(size, props.measure.currency) : props.numbers.decimal(size));
  const describe = (p: MatrixPoint) =>
    `${p.title}: ${props.labels.x} ${props.numbers.score(p.x)}, ${props.labels.y} ${props.numbers.score(p.y)}, ${sizeText(p.size)}`;
  const summary = () => (props.points.length ? `${props.labels.title}: ${props.points.map(describe).join('; ')}` : props.labels.title);
  return (
    <figure class="chart impact-matrix" data-chart="matrix" data-measure={props.measure.kind}>
      <figcaption>{props.labels.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary()} preserveAspectRatio="xMidYMin meet">
        <rect
          class="frame"
          x={PLOT.left}
          y={PLOT.top}
          width={PLOT.right - PLOT.left}
          height={PLOT.bottom - PLOT.top}
          fill="none"
          stroke="currentColor"
          stroke-opacity="0.5"
        />
        <Index each={MARKS}>
          {(mark) => (
            <g
              class="grid"
              stroke="currentColor"
              stroke-opacity={mark() === 3 ? 0.7 : 0.15}
              stroke-width={mark() === 3 ? 2.5 : 1}
              stroke-dasharray={mark() === 3 ? '10 6' : undefined}
            >
              <line x1={sx(mark())} x2={sx(mark())} y1={PLOT.top} y2={PLOT.bottom} />
              <line x1={PLOT.left} x2={PLOT.right} y1={sy(mark())} y2={sy(mark())} />
              <text class="tick" x={sx(mark())} y={PLOT.bottom + 30} text-anchor="middle" stroke="none">
                {mark()}
              </text>
              <text class="tick" x={PLOT.left - 14} y={sy(mark())} text-anchor="end" dominant-baseline="central" stroke="none">
                {mark()}
              </text>
            </g>
          )}
        </Index>
        <text class="axis-label" x={(PLOT.left + PLOT.right) / 2} y={PLOT.bottom + 68} text-anchor="middle">
          {props.labels.x}
        </text>
        <text class="axis-label" transform={`translate(40 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`} text-anchor="middle">
          {props.labels.y}
        </text>
        <text class="legend" x={PLOT.left} y={PLOT.bottom + 106}>
          {props.labels.size}
        </text>
        <For each={props.points}>
          {(p) => {
            const r = () => bubbleRadius(p.size, maxSize());
            // Labels on the right half go to the left of their bubble so they stay in the frame.
            const leftward = () => p.x > 3.5;
            return (
              <g class="bubble" data-card-id={p.cardId}>
                <title>{describe(p)}</title>
                <circle cx={sx(p.x)} cy={sy(p.y)} r={r()} fill={CHART_COLORS[p.color]} fill-opacity="0.45" stroke={CHART_COLORS[p.color]} stroke-width="2.5" />
                <text x={sx(p.x) + (leftward() ? -1 : 1) * (r() + 8)} y={sy(p.y)} text-anchor={leftward() ? 'end' : 'start'} dominant-baseline="central">
                  {truncate(p.title, LABEL_CHARS)}
                </text>
              </g>
            );
          }}
        </For>
      </svg>
    </figure>
  );
}
