/**
 * Where everything on the votes chart goes, as one pure function, so the board, the projector,
 * the slides and the report draw the same bars: titles wrapped on up to two lines in a column
 * left of the bars, the count after each bar, and the key to the track colours underneath.
 */
import type { VoteBar } from './chartData';
import { wrapText } from './textWidth';
import { layoutTrackLegend, type TrackLegend } from './trackLegend';

/** Chart width in user units (the viewBox). */
export const VOTES_WIDTH = 1000;
/** Font size of the titles and counts, in user units. */
export const VOTES_FONT = 20;

const ROW = 64;
const BAR = 40;
const PAD_Y = 8;
const LINE = 24;
const LABEL_RIGHT = 380; // right edge of the title column, titles end-aligned to it
const BAR_LEFT = 396;
const COUNT_SPACE = 70; // room after the longest bar for its number
const LABEL_LEFT = 8;
const LEGEND_GAP = 16;

/** One row: the title's lines (each centred on its y), the bar and where its count goes. */
export interface VoteRow {
  bar: VoteBar;
  lines: Array<{ text: string; y: number }>;
  /** Right edge of the title lines, which are end-anchored. */
  labelX: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  countX: number;
  /** Vertical centre of the bar and its count. */
  middle: number;
}

/** Everything the votes chart draws, in user units. */
export interface VotesLayout {
  width: number;
  height: number;
  rows: VoteRow[];
  tracks: TrackLegend;
}

/** Lays out one bar per card in the order given (votesPerCard() sorts them). */
export function layoutVotes(bars: VoteBar[]): VotesLayout {
  const max = Math.max(1, ...bars.map((bar) => bar.votes));
  const rows = bars.map((bar, index): VoteRow => {
    const barY = PAD_Y + index * ROW + (ROW - BAR) / 2;
    const middle = barY + BAR / 2;
    const wrapped = wrapText(bar.title, LABEL_RIGHT - LABEL_LEFT, VOTES_FONT, 2);
    const first = middle - ((wrapped.length - 1) * LINE) / 2;
    const barWidth = ((VOTES_WIDTH - BAR_LEFT - COUNT_SPACE) * bar.votes) / max;
    return {
      bar,
      lines: wrapped.map((text, i) => ({ text, y: first + i * LINE })),
      labelX: LABEL_RIGHT,
      barX: BAR_LEFT,
      barY,
      barWidth,
      barHeight: BAR,
      countX: BAR_LEFT + barWidth + 10,
      middle,
    };
  });
  const barsBottom = PAD_Y + Math.max(1, bars.length) * ROW;
  const tracks = layoutTrackLegend(bars, LABEL_LEFT, VOTES_WIDTH - LABEL_LEFT, barsBottom + LEGEND_GAP);
  const height = barsBottom + (tracks.height ? LEGEND_GAP + tracks.height : 0) + PAD_Y;
  return { width: VOTES_WIDTH, height, rows, tracks };
}
