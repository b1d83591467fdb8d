/**
 * Effect against feasibility as a bubble chart: the top-right quadrant is where quick, strong
 * initiatives sit, and bubble area shows what each one costs. Plain SVG with a viewBox. Where
 * everything goes is shared/charts/matrixLayout.ts, which the report draws from too.
 */
import { createMemo, For, Index, Show } from 'solid-js';
import { CHART_COLORS, type MatrixPoint, type SizeMeasure } from '../../../../shared/charts/chartData';
import {
  layoutMatrix,
  MATRIX_BELOW,
  MATRIX_FONT,
  MATRIX_PLOT,
  MATRIX_TICKS,
  matrixX,
  matrixY,
  type PlacedText,
  type Quadrant,
} from '../../../../shared/charts/matrixLayout';
import type { NumberFormats } from '../../../../shared/format';
import { TrackLegendSvg } from './TrackLegendSvg';

/** Texts of the matrix; the caller supplies them in the board's language. */
export interface ImpactMatrixLabels {
  title: string;
  /** Horizontal axis, feasibility. */
  x: string;
  /** Vertical axis, effect. */
  y: string;
  /** One line explaining what bubble size means, e.g. "Bubble area: money needed, RUB". */
  size: string;
  /** Captions of the four quadrants («Быстрые победы» top right…). */
  quadrants: Record<Quadrant, string>;
}

const { left, right, top, bottom } = MATRIX_PLOT;

function Line(props: { text: PlacedText; class: string; size: number }) {
  return (
    <text class={props.class} x={props.text.x} y={props.text.y} text-anchor={props.text.anchor} dominant-baseline="central" font-size={String(props.size)}>
      {props.text.text}
    </text>
  );
}

/**
 * Scatter of cards by feasibility (x) and effect (y), 1..5 each, with quadrant lines at 3.
 * Bubbles are drawn in the order given; pass them largest first so small ones stay on top.
 * `numbers` writes the values in tooltips as the board and the report do («3,5», «450 млн ₽»).
 */
export function ImpactMatrix(props: { points: MatrixPoint[]; measure: SizeMeasure; labels: ImpactMatrixLabels; numbers: NumberFormats }) {
  const layout = createMemo(() => layoutMatrix(props.points, props.labels.quadrants));
  const sizeText = (size: number) => (props.measure.kind === 'money' ? props.numbers.money(size, props.measure.currency) : props.numbers.decimal(size));
  const describe = (p: MatrixPoint) =>
    `${p.title}${p.laneTitle ? ` (${p.laneTitle})` : ''}: ${props.labels.x} ${props.numbers.score(p.x)}, ${props.labels.y} ${props.numbers.score(p.y)}, ${sizeText(p.size)}`;
  const summary = () => (props.points.length ? `${props.labels.title}: ${props.points.map(describe).join('; ')}` : props.labels.title);
  return (
    <figure class="chart impact-matrix" data-chart="matrix" data-measure={props.measure.kind}>
      <figcaption>{props.labels.title}</figcaption>
      <svg viewBox={`0 0 ${layout().width} ${layout().height}`} role="img" aria-label={summary()} preserveAspectRatio="xMidYMin meet">
        <rect class="frame" x={left} y={top} width={right - left} height={bottom - top} fill="none" stroke="currentColor" stroke-opacity="0.5" />
        <Index each={MATRIX_TICKS}>
          {(mark) => (
            <g
              class="grid"
              stroke="currentColor"
              stroke-opacity={mark() === 3 ? 0.7 : 0.15}
              stroke-width={mark() === 3 ? 2.5 : 1}
              stroke-dasharray={mark() === 3 ? '10 6' : undefined}
            >
              <line x1={matrixX(mark())} x2={matrixX(mark())} y1={top} y2={bottom} />
              <line x1={left} x2={right} y1={matrixY(mark())} y2={matrixY(mark())} />
              <text class="tick" x={matrixX(mark())} y={MATRIX_BELOW.ticks} text-anchor="middle" stroke="none">
                {mark()}
              </text>
              <text class="tick" x={left - 14} y={matrixY(mark())} text-anchor="end" dominant-baseline="central" stroke="none">
                {mark()}
              </text>
            </g>
          )}
        </Index>
        <For each={layout().quadrants}>{(q) => <Line text={q} class="quadrant" size={MATRIX_FONT.caption} />}</For>
        <text class="axis-label" x={(left + right) / 2} y={MATRIX_BELOW.axis} text-anchor="middle">
          {props.labels.x}
        </text>
        <text class="axis-label" transform={`translate(40 ${(top + bottom) / 2}) rotate(-90)`} text-anchor="middle">
          {props.labels.y}
        </text>
        <text class="legend" x={left} y={MATRIX_BELOW.size}>
          {props.labels.size}
        </text>
        <For each={layout().bubbles}>
          {(b) => (
            <g class="bubble" data-card-id={b.point.cardId} data-track={b.point.laneTitle}>
              <title>{describe(b.point)}</title>
              <circle
                cx={b.cx}
                cy={b.cy}
                r={b.r}
                fill={CHART_COLORS[b.point.color]}
                fill-opacity="0.45"
                stroke={CHART_COLORS[b.point.color]}
                stroke-width="2.5"
              />
              <Show when={b.label}>{(label) => <Line text={label()} class="bubble-label" size={MATRIX_FONT.label} />}</Show>
              <Show when={b.number}>{(number) => <Line text={number()} class="bubble-number" size={MATRIX_FONT.number} />}</Show>
            </g>
          )}
        </For>
        <TrackLegendSvg legend={layout().tracks} />
        <For each={layout().legend}>
          {(entry) => (
            <text
              class="number-legend"
              data-legend-for={entry.cardId}
              x={entry.x}
              y={entry.y}
              dominant-baseline="central"
              font-size={String(MATRIX_FONT.legend)}
            >
              {entry.text}
            </text>
          )}
        </For>
      </svg>
    </figure>
  );
}
