/**
 * The key to the chart colours: one swatch and name per track on the chart, laid out in rows
 * that wrap at the chart's width. Colour is never the only signal (each bar and bubble names
 * its track in its tooltip); this says what the colours mean at a glance.
 */
import type { Color } from '../board/types';
import { fitText, textWidth } from './textWidth';

/** One track of the legend: a swatch at (x, y) and its name beside it, centred on `textY`. */
export interface TrackLegendItem {
  title: string;
  color: Color;
  x: number;
  y: number;
  textX: number;
  textY: number;
}

/** The legend's items and the height it takes below `top`. */
export interface TrackLegend {
  items: TrackLegendItem[];
  height: number;
}

/** Font size of the legend, in chart units; a swatch is as tall. */
export const TRACK_LEGEND_FONT = 18;
const ROW = 30;
const GAP = 28;
const SWATCH_GAP = 8;

/**
 * The distinct tracks among `entries`, in their first order, laid out from (left, top) and
 * wrapping before `right`. A card whose track is gone has no title and gets no entry.
 */
export function layoutTrackLegend(entries: ReadonlyArray<{ laneTitle: string; color: Color }>, left: number, right: number, top: number): TrackLegend {
  const seen = new Set<string>();
  const tracks = entries.filter((e) => {
    const key = `${e.laneTitle}\u0000${e.color}`;
    if (!e.laneTitle || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const items: TrackLegendItem[] = [];
  let x = left;
  let row = 0;
  for (const track of tracks) {
    const title = fitText(track.laneTitle, right - left - TRACK_LEGEND_FONT - SWATCH_GAP, TRACK_LEGEND_FONT);
    const width = TRACK_LEGEND_FONT + SWATCH_GAP + textWidth(title, TRACK_LEGEND_FONT);
    if (x > left && x + width > right) {
      x = left;
      row++;
    }
    const y = top + row * ROW;
    items.push({ title, color: track.color, x, y, textX: x + TRACK_LEGEND_FONT + SWATCH_GAP, textY: y + TRACK_LEGEND_FONT / 2 });
    x = Math.round(x + width + GAP);
  }
  return { items, height: items.length ? (row + 1) * ROW : 0 };
}
