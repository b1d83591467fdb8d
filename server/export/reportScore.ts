/**
 * An initiative's revealed expert result, formatted once for every renderer: the weighted
 * score, one spread figure for the card, and per criterion the mean, min–max and standard
 * deviation, so readers see where the experts disagreed.
 */
import type { Criterion, ScoreResult } from '../../shared/board/scoring';
import type { ReportStrings } from './reportStrings';

/** One criterion's result on one card, numbers already in the board's language. */
export interface CriterionLine {
  id: string;
  title: string;
  weight: number;
  inverted: boolean;
  mean: string;
  /** "3–5" */
  range: string;
  sd: string;
  count: number;
}

/** A card's expert result as the report prints it. */
export interface ReportScore {
  /** Weighted mean on the 1..5 scale (inverted criteria already turned around). */
  weighted: number;
  /** Weighted mean of the per-criterion standard deviations: the card's overall disagreement. */
  spread: number;
  experts: number;
  weightedText: string;
  spreadText: string;
  /** "4,12 из 5 (σ 0,45; экспертов: 3)" */
  summary: string;
  criteria: CriterionLine[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Formats a result against the board's criteria. Criteria the result has no marks for are left
 * out; results only carry criteria that existed when they were computed.
 */
export function toReportScore(result: ScoreResult, criteria: Criterion[], strings: ReportStrings, formatScore: (n: number) => string): ReportScore {
  const criteriaLines: CriterionLine[] = [];
  let sdSum = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const r = result.criteria[criterion.id];
    if (!r) continue;
    sdSum += criterion.weight * r.sd;
    weights += criterion.weight;
    criteriaLines.push({
      id: criterion.id,
      title: criterion.title,
      weight: criterion.weight,
      inverted: criterion.inverted,
      mean: formatScore(r.mean),
      range: `${r.min}–${r.max}`,
      sd: formatScore(r.sd),
      count: r.count,
    });
  }
  const spread = weights > 0 ? round2(sdSum / weights) : 0;
  const weightedText = formatScore(result.weighted);
  const spreadText = formatScore(spread);
  return {
    weighted: result.weighted,
    spread,
    experts: result.experts,
    weightedText,
    spreadText,
    summary: strings.scoreSummary(weightedText, spreadText, result.experts),
    criteria: criteriaLines,
  };
}
