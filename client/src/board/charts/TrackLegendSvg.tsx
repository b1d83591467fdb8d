/** The key to a chart's track colours inside its SVG: a swatch and the track's name per track. */
import { For } from 'solid-js';
import { CHART_COLORS } from '../../../../shared/charts/chartData';
import { TRACK_LEGEND_FONT, type TrackLegend } from '../../../../shared/charts/trackLegend';

export function TrackLegendSvg(props: { legend: TrackLegend }) {
  return (
    <g class="track-legend">
      <For each={props.legend.items}>
        {(item) => (
          <g data-track={item.title}>
            <rect x={item.x} y={item.y} width={TRACK_LEGEND_FONT} height={TRACK_LEGEND_FONT} rx={3} fill={CHART_COLORS[item.color]} />
            <text x={item.textX} y={item.textY} dominant-baseline="central" font-size={String(TRACK_LEGEND_FONT)}>
              {item.title}
            </text>
          </g>
        )}
      </For>
    </g>
  );
}
