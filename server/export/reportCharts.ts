/** The charts a report shows, as SVG with their captions; none while nothing is revealed. */
import { impactMatrixSvg, votesChartSvg, type ChartSvg } from './chartSvg';
import type { Report } from './reportModel';

/** One chart of the report, captioned in the board's language. */
export interface ReportChart {
  key: 'votes' | 'matrix';
  title: string;
  chart: ChartSvg;
}

/** Votes chart once votes are revealed, the matrix once scores are (and two criteria fit it). */
export function reportCharts(report: Report): ReportChart[] {
  const { strings, charts } = report;
  const out: ReportChart[] = [];
  if (charts.votes.length > 0) out.push({ key: 'votes', title: strings.votesChart, chart: votesChartSvg(charts.votes, strings.votesChart) });
  if (charts.matrix) {
    const { measure } = charts.matrix;
    const labels = {
      title: strings.matrixChart,
      x: charts.feasibility,
      y: charts.effect,
      size: measure.kind === 'money' ? strings.sizeMoney(measure.currency) : strings.sizeCount,
      quadrants: strings.quadrants,
    };
    out.push({ key: 'matrix', title: strings.matrixChart, chart: impactMatrixSvg(charts.matrix, labels, report.numbers) });
  }
  return out;
}
