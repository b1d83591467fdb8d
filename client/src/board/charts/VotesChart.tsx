/**
 * Votes per card as horizontal bars, for the projector during a session. Plain SVG with a
 * viewBox, so it scales to the width of its container and the text scales with it. Where
 * everything goes is shared/charts/votesLayout.ts, which the report draws from too.
 */
import { createMemo, For, Index, Show } from 'solid-js';
import { CHART_COLORS, type VoteBar } from '../../../../shared/charts/chartData';
import { layoutVotes, VOTES_FONT } from '../../../../shared/charts/votesLayout';
import { TrackLegendSvg } from './TrackLegendSvg';

const tip = (bar: VoteBar) => (bar.laneTitle ? `${bar.title} (${bar.laneTitle}): ${bar.votes}` : `${bar.title}: ${bar.votes}`);

/**
 * Horizontal bar chart of votes, one bar per card in the order given, filled with the track
 * colour and keyed underneath. Titles wrap on two lines; the full title and the track are in
 * each bar's tooltip and in the chart's accessible name.
 */
export function VotesChart(props: { bars: VoteBar[]; title: string }) {
  const layout = createMemo(() => layoutVotes(props.bars));
  const summary = () => `${props.title}: ${props.bars.map(tip).join(', ')}`;
  return (
    <figure class="chart votes-chart" data-chart="votes">
      <figcaption>{props.title}</figcaption>
      <Show when={props.bars.length > 0}>
        <svg viewBox={`0 0 ${layout().width} ${layout().height}`} role="img" aria-label={summary()} preserveAspectRatio="xMinYMin meet">
          <For each={layout().rows}>
            {(row) => (
              <g class="bar" data-card-id={row.bar.cardId} data-track={row.bar.laneTitle}>
                <title>{tip(row.bar)}</title>
                {/* A text per line: both renderers place lines of their own alike, tspans less so. */}
                <Index each={row.lines}>
                  {(line) => (
                    <text class="bar-title" x={row.labelX} y={line().y} text-anchor="end" dominant-baseline="central" font-size={String(VOTES_FONT)}>
                      {line().text}
                    </text>
                  )}
                </Index>
                <rect x={row.barX} y={row.barY} width={row.barWidth} height={row.barHeight} rx={4} fill={CHART_COLORS[row.bar.color]} />
                <text class="value" x={row.countX} y={row.middle} dominant-baseline="central" font-size={String(VOTES_FONT)}>
                  {row.bar.votes}
                </text>
              </g>
            )}
          </For>
          <TrackLegendSvg legend={layout().tracks} />
        </svg>
      </Show>
    </figure>
  );
}
