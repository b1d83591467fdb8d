/**
 * Votes per card as horizontal bars, for the projector during a session. Plain SVG with a
 * viewBox, so it scales to the width of its container and the text scales with it.
 */
import { For, Show } from 'solid-js';
import { CHART_COLORS, truncate, type VoteBar } from '../../../../shared/charts/chartData';

// Geometry in viewBox units. Text sizes come from CSS in the same units (see `.chart svg`).
const WIDTH = 1000;
const ROW = 48;
const BAR = 34;
const PAD_Y = 8;
const LABEL_RIGHT = 380; // right edge of the title column, titles end-aligned to it
const BAR_LEFT = 396;
const COUNT_SPACE = 70; // room after the longest bar for its number
const TITLE_CHARS = 26; // what fits LABEL_RIGHT at the CSS font size

/**
 * Horizontal bar chart of votes, one bar per card in the order given, filled with the lane
 * colour. Long titles are cut with an ellipsis; the full title is in each bar's tooltip.
 */
export function VotesChart(props: { bars: VoteBar[]; title: string }) {
  const max = () => Math.max(1, ...props.bars.map((bar) => bar.votes));
  const length = (votes: number) => ((WIDTH - BAR_LEFT - COUNT_SPACE) * votes) / max();
  const height = () => props.bars.length * ROW + 2 * PAD_Y;
  const summary = () => `${props.title}: ${props.bars.map((bar) => `${bar.title} ${bar.votes}`).join(', ')}`;
  return (
    <figure class="chart votes-chart" data-chart="votes">
      <figcaption>{props.title}</figcaption>
      <Show when={props.bars.length > 0}>
        <svg viewBox={`0 0 ${WIDTH} ${height()}`} role="img" aria-label={summary()} preserveAspectRatio="xMinYMin meet">
          <For each={props.bars}>
            {(bar, index) => {
              const top = () => PAD_Y + index() * ROW + (ROW - BAR) / 2;
              const middle = () => top() + BAR / 2;
              return (
                <g class="bar" data-card-id={bar.cardId}>
                  <title>{bar.laneTitle ? `${bar.title} (${bar.laneTitle}): ${bar.votes}` : `${bar.title}: ${bar.votes}`}</title>
                  <text x={LABEL_RIGHT} y={middle()} text-anchor="end" dominant-baseline="central">
                    {truncate(bar.title, TITLE_CHARS)}
                  </text>
                  <rect x={BAR_LEFT} y={top()} width={length(bar.votes)} height={BAR} rx={4} fill={CHART_COLORS[bar.color]} />
                  <text class="value" x={BAR_LEFT + length(bar.votes) + 10} y={middle()} dominant-baseline="central">
                    {bar.votes}
                  </text>
                </g>
              );
            }}
          </For>
        </svg>
      </Show>
    </figure>
  );
}
