/**
 * An initiative's revealed expert result, formatted once for every renderer: the weighted
 * score, one spread figure for the card, and per criterion the mean, min–max and standard
 * deviation, so readers see where the experts disagreed.
 */
import { cardSpread, type Criterion, type ScoreResult } from '../../shared/board/scoring';
import type { NumberFormats } from '../../shared/format';
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
  /** The card's overall disagreement (`cardSpread`). */
  spread: number;
  experts: number;
  weightedText: string;
  spreadText: string;
  /** "4,12 из 5 (σ 0,45; экспертов: 3)" */
  summary: string;
  criteria: CriterionLine[];
}

/**
 * Formats a result against the board's criteria. Criteria the result has no marks for are left
 * out; results only carry criteria that existed when they were computed.
 */
export function toReportScore(result: ScoreResult, criteria: Criterion[], strings: ReportStrings, numbers: NumberFormats): ReportScore {
  const criteriaLines: CriterionLine[] = [];
  for (const criterion of criteria) {
    const r = result.criteria[criterion.id];
    if (!r) continue;
    criteriaLines.push({
      id: criterion.id,
      title: criterion.title,
      weight: criterion.weight,
      inverted: criterion.inverted,
      mean: numbers.score(r.mean),
      range: `${r.min}–${r.max}`,
      sd: numbers.score(r.sd),
      count: r.count,
    });
  }
  const spread = cardSpread(result, criteria);
  const weightedText = numbers.score(result.weighted);
  const spreadText = numbers.score(spread);
  return {
    weighted: result.weighted,
    spread,
    experts: result.experts,
    weightedText,
    spreadText,
    summary: strings.scoreSummary(weightedText, numbers.spread(spread), result.experts),
    criteria: criteriaLines,
  };
}
