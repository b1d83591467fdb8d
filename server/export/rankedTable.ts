/**
 * The ranked list of initiatives as a table of texts, so the HTML, Markdown and DOCX reports
 * print the same columns. Columns for unrevealed results are left out altogether (an empty
 * "votes" column would still say that counts exist).
 */
import type { Report, ReportCard } from './reportModel';

/** A table of already formatted cells; `numeric` marks columns to right-align. */
export interface TextTable {
  header: string[];
  numeric: boolean[];
  /**
   * Relative column widths. Left to themselves, Word and browsers give a long one-word track
   * name the room the titles need, so the tables say how to share the page.
   */
  weights?: number[];
  rows: string[][];
}

const DASH = '—';

/**
 * One row per initiative, in the order given. `overall` adds the track column and uses the
 * overall rank instead of the rank in the track.
 */
export function rankedTable(report: Report, items: ReportCard[], overall: boolean): TextTable {
  const { strings, revealed } = report;
  const ranked = revealed.votes || revealed.scores;
  const columns: Array<{ title: string; numeric: boolean; weight: number; cell: (item: ReportCard) => string }> = [];
  if (ranked) columns.push({ title: strings.rank, numeric: true, weight: 0.8, cell: (item) => String((overall ? item.overallRank : item.rankInTrack) ?? '') });
  columns.push({ title: strings.title, numeric: false, weight: 3.6, cell: (item) => item.card.title });
  if (overall) columns.push({ title: strings.track, numeric: false, weight: 2.4, cell: (item) => item.trackTitle });
  columns.push({ title: strings.owner, numeric: false, weight: 2.2, cell: (item) => item.card.owner || DASH });
  columns.push({ title: strings.status, numeric: false, weight: 1.9, cell: (item) => item.status });
  if (revealed.votes) columns.push({ title: strings.votes, numeric: true, weight: 1.6, cell: (item) => String(item.votes ?? 0) });
  if (revealed.scores) {
    // The number of experts is in each card's score line; here it would only crowd the titles.
    columns.push({ title: strings.scoreColumn, numeric: true, weight: 1.2, cell: (item) => item.score?.weightedText ?? DASH });
    columns.push({ title: strings.spreadColumn, numeric: true, weight: 1.2, cell: (item) => item.score?.spreadText ?? DASH });
  }
  return {
    header: columns.map((c) => c.title),
    numeric: columns.map((c) => c.numeric),
    weights: columns.map((c) => c.weight),
    rows: items.map((item) => columns.map((c) => c.cell(item))),
  };
}

/** Per-criterion results of one card: criterion, weight, mean, min–max, SD, marks. */
export function criteriaTable(report: Report, item: ReportCard): TextTable | null {
  const { strings } = report;
  if (!item.score || item.score.criteria.length === 0) return null;
  return {
    header: [strings.criterion, strings.weight, strings.mean, strings.range, strings.spreadColumn, strings.experts],
    numeric: [false, true, true, true, true, true],
    weights: [4, 1, 1.3, 1.3, 1, 1.4],
    rows: item.score.criteria.map((c) => [c.inverted ? `${c.title} (${strings.inverted})` : c.title, String(c.weight), c.mean, c.range, c.sd, String(c.count)]),
  };
}
