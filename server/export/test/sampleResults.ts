/**
 * Revealed results for sampleBoard(): chosen so that the ranking differs from the status order
 * (a shortlisted card outscores a priority one) and every number is easy to find in the output.
 */
import type { CriterionResult, ScoreResult } from '../../../shared/board/scoring';
import { defaultCriteria } from '../../../shared/board/scoring';
import type { ReportResults } from '../reportResults';

const c = (mean: number, min: number, max: number, sd: number, count = 3): CriterionResult => ({ mean, min, max, sd, count });

const scores: Record<string, ScoreResult> = {
  // Центр аддитивных технологий (priority)
  'card-1': { weighted: 3.85, experts: 3, criteria: { effect: c(4.33, 3, 5, 0.94), feasibility: c(3, 2, 4, 0.82), resources: c(4, 4, 4, 0) } },
  // ИИ-система раннего предупреждения (shortlisted) outscores it
  'card-2': { weighted: 4.37, experts: 3, criteria: { effect: c(5, 5, 5, 0), feasibility: c(4, 3, 5, 0.82), resources: c(2, 1, 3, 0.82) } },
  // Химический кластер
  'card-3': { weighted: 4.1, experts: 2, criteria: { effect: c(4.5, 4, 5, 0.5, 2), feasibility: c(3.5, 3, 4, 0.5, 2) } },
  // Ветропарк
  'card-9': { weighted: 3.2, experts: 1, criteria: { effect: c(3, 3, 3, 0, 1), feasibility: c(4, 4, 4, 0, 1) } },
};

/** Overall order the results above must produce (titles). */
export const EXPECTED_OVERALL = [
  'ИИ-система раннего предупреждения промышленных аварий', // 4.37
  'Химический кластер на основе рециклинга и «зелёной» экономики', // 4.10
  'Центр аддитивных технологий', // 3.85
  'Ветропарк', // 3.20
  'Умная парковка и мониторинг парковочных мест', // unscored, 9 votes, priority
  'Программа «Умный пешеходный переход» (200 переходов у школ)', // unscored, 9 votes, shortlisted
  'Бережливое производство в АПК', // unscored, 2 votes
];

/** Votes and scores revealed, 12 people joined. */
export function sampleResults(): ReportResults {
  return {
    votes: { 'card-1': 13, 'card-2': 7, 'card-3': 11, 'card-4': 2, 'card-6': 9, 'card-7': 9, 'card-9': 4, 'card-10': 1 },
    scores: structuredClone(scores),
    criteria: defaultCriteria('ru'),
    participants: 12,
  };
}

/** Nothing revealed: only the participant count. */
export function hiddenResults(): ReportResults {
  return { votes: null, scores: null, criteria: defaultCriteria('ru'), participants: 12 };
}
