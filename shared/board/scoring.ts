/**
 * Expert scoring. Criteria (with weights; "inverted" where less is better, like resource
 * intensity) and the reveal flag live in the session document. Each expert's marks, 1 to 5
 * per criterion, live in the server's private document; while revealed, the server writes
 * the results into the session document: weighted score, and per criterion the mean and the
 * spread (min, max, standard deviation), so disagreement is visible.
 */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { sessionMap } from './docMaps';
import { PRIVATE, SESSION_STATE } from './keys';
import { criteriaSchema } from './schema/sessionRecord';
import { readSessionField } from './session';
import type { Locale, SessionState } from './types';

/** A scoring criterion: relative importance 1..10; "inverted" where a high mark is bad (counted as 6 − mark). */
export type Criterion = NonNullable<SessionState['criteria']>[number];

const DEFAULT_CRITERIA: Array<Omit<Criterion, 'title'> & { title: Record<Locale, string> }> = [
  { id: 'effect', title: { ru: 'Эффект для территории', en: 'Effect for the territory' }, weight: 3, inverted: false },
  { id: 'feasibility', title: { ru: 'Реализуемость', en: 'Feasibility' }, weight: 2, inverted: false },
  { id: 'resources', title: { ru: 'Ресурсоёмкость', en: 'Resource intensity' }, weight: 2, inverted: true },
  { id: 'alignment', title: { ru: 'Соответствие нацпроектам', en: 'Alignment with national programmes' }, weight: 1, inverted: false },
  { id: 'investment', title: { ru: 'Инвестиционная привлекательность', en: 'Investment attractiveness' }, weight: 2, inverted: false },
];

export function defaultCriteria(locale: Locale): Criterion[] {
  return DEFAULT_CRITERIA.map((c) => ({ ...c, title: c.title[locale] }));
}

/** The criteria a facilitator set, or null while the defaults apply. */
export function customCriteria(sessionDoc: Y.Doc): Criterion[] | null {
  return readSessionField(sessionDoc, 'criteria');
}

/** Back to the default criteria (in the board's language). */
export function resetCriteria(sessionDoc: Y.Doc): void {
  sessionDoc.transact(() => sessionMap(sessionDoc).delete(SESSION_STATE.criteria));
}

/** The board's criteria, or the defaults in the board's language when none were set. */
export function readCriteria(sessionDoc: Y.Doc, locale: Locale): Criterion[] {
  return customCriteria(sessionDoc) ?? defaultCriteria(locale);
}

/** Sets the criteria: 1 to 12, unique ids, non-empty titles (trimmed), whole weights 1..10. */
export function setCriteria(sessionDoc: Y.Doc, criteria: Criterion[]): void {
  const parsed = criteriaSchema.safeParse(criteria);
  if (!parsed.success) throw new BoardModelError('invalid-input', 'criteria: 1 to 12, unique ids, titles, weights 1..10');
  sessionDoc.transact(() => sessionMap(sessionDoc).set(SESSION_STATE.criteria, parsed.data));
}

export const scoresRevealed = (sessionDoc: Y.Doc): boolean => readSessionField(sessionDoc, 'scoresRevealed');

export function setScoresRevealed(sessionDoc: Y.Doc, revealed: boolean): void {
  sessionDoc.transact(() => sessionMap(sessionDoc).set(SESSION_STATE.scoresRevealed, revealed));
}

/** Marks one expert gave one card: criterion id → 1..5. */
export type CardMarks = Record<string, number>;

/** Weighted mean on the 1..5 scale (inverted criteria turned around), experts, and per criterion the spread. */
export type ScoreResult = SessionState['scoreResults'][string];
/** Mean, min, max, population standard deviation and count of one criterion's marks. */
export type CriterionResult = ScoreResult['criteria'][string];

const scoresMap = (privateDoc: Y.Doc) => privateDoc.getMap<Y.Map<CardMarks>>(PRIVATE.scores);

/** Checks marks against the criteria: every mark an integer 1..5 for a known criterion. */
export function marksProblem(marks: CardMarks, criteria: Criterion[]): string | null {
  const known = new Set(criteria.map((c) => c.id));
  const entries = Object.entries(marks);
  if (entries.length === 0) return 'give at least one mark';
  for (const [id, mark] of entries) {
    if (!known.has(id)) return `unknown criterion ${id}`;
    if (!Number.isInteger(mark) || mark < 1 || mark > 5) return 'marks are whole numbers from 1 to 5';
  }
  return null;
}

/** Server side: stores an expert's marks for a card (replacing the ones they gave before). */
export function storeMarks(privateDoc: Y.Doc, expertId: string, cardId: string, marks: CardMarks): void {
  privateDoc.transact(() => {
    const all = scoresMap(privateDoc);
    let mine = all.get(expertId);
    if (!(mine instanceof Y.Map)) {
      mine = new Y.Map<CardMarks>();
      all.set(expertId, mine);
    }
    mine.set(cardId, { ...marks });
  });
}

export function readMarks(privateDoc: Y.Doc, expertId: string): Record<string, CardMarks> {
  const mine = scoresMap(privateDoc).get(expertId);
  return mine instanceof Y.Map ? (mine.toJSON() as Record<string, CardMarks>) : {};
}

/** An expert has scored a card once every criterion has their mark: what "3 of 7 scored" counts. */
export function isFullyScored(marks: CardMarks | undefined, criteria: readonly Criterion[]): boolean {
  return marks !== undefined && criteria.length > 0 && criteria.every((criterion) => Number.isInteger(marks[criterion.id]));
}

/** How far one expert is: initiatives fully scored, and those with at least one mark. */
export function scoringProgress(
  marks: Record<string, CardMarks>,
  initiatives: readonly string[],
  criteria: readonly Criterion[],
): { scored: number; started: number; total: number } {
  let scored = 0;
  let started = 0;
  for (const id of initiatives) {
    const given = marks[id];
    if (given && Object.keys(given).length > 0) started++;
    if (isFullyScored(given, criteria)) scored++;
  }
  return { scored, started, total: initiatives.length };
}

/** An expert is done once every initiative there is to score is fully scored (none: not done, nothing was scored). */
export const hasFinishedScoring = (progress: { scored: number; total: number }): boolean => progress.total > 0 && progress.scored === progress.total;

function stats(values: number[]): CriterionResult {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { mean: round(mean), min: Math.min(...values), max: Math.max(...values), sd: round(sd), count: values.length };
}

/**
 * How far the experts disagree on a card, as one number: the mean of its criteria's standard
 * deviations, weighted like the score. The board, the slides and the report all show this one.
 * Criteria the result has no marks for do not count.
 */
export function cardSpread(result: ScoreResult, criteria: readonly Criterion[]): number {
  let sum = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const line = result.criteria[criterion.id];
    if (!line) continue;
    sum += criterion.weight * line.sd;
    weights += criterion.weight;
  }
  return weights > 0 ? Math.round((sum / weights) * 100) / 100 : 0;
}

/** Results per card over every expert's marks, for cards that still exist. */
export function computeResults(privateDoc: Y.Doc, criteria: Criterion[], cardExists: (cardId: string) => boolean): Record<string, ScoreResult> {
  const byCard = new Map<string, Map<string, number[]>>();
  const expertsByCard = new Map<string, number>();
  scoresMap(privateDoc).forEach((mine) => {
    if (!(mine instanceof Y.Map)) return;
    mine.forEach((marks, cardId) => {
      if (!cardExists(cardId)) return;
      expertsByCard.set(cardId, (expertsByCard.get(cardId) ?? 0) + 1);
      const perCriterion = byCard.get(cardId) ?? new Map<string, number[]>();
      byCard.set(cardId, perCriterion);
      for (const [criterionId, mark] of Object.entries(marks)) perCriterion.set(criterionId, [...(perCriterion.get(criterionId) ?? []), mark]);
    });
  });
  const results: Record<string, ScoreResult> = {};
  for (const [cardId, perCriterion] of byCard) {
    const criteriaResults: Record<string, CriterionResult> = {};
    let weightedSum = 0;
    let weights = 0;
    for (const criterion of criteria) {
      const marks = perCriterion.get(criterion.id);
      if (!marks?.length) continue;
      const result = stats(marks);
      criteriaResults[criterion.id] = result;
      weightedSum += criterion.weight * (criterion.inverted ? 6 - result.mean : result.mean);
      weights += criterion.weight;
    }
    if (weights === 0) continue;
    results[cardId] = { weighted: Math.round((weightedSum / weights) * 100) / 100, experts: expertsByCard.get(cardId) ?? 0, criteria: criteriaResults };
  }
  return results;
}

export function readScoreResults(sessionDoc: Y.Doc): Record<string, ScoreResult> {
  return readSessionField(sessionDoc, 'scoreResults');
}

/** Server side: publishes results (or clears them with `null`), writing only what changed. */
export function writeScoreResults(sessionDoc: Y.Doc, results: Record<string, ScoreResult> | null): void {
  sessionDoc.transact(() => {
    const session = sessionMap(sessionDoc);
    let map = session.get(SESSION_STATE.scoreResults);
    if (!(map instanceof Y.Map)) {
      map = new Y.Map<ScoreResult>();
      session.set(SESSION_STATE.scoreResults, map);
    }
    const target = map as Y.Map<ScoreResult>;
    const next = results ?? {};
    for (const key of [...target.keys()]) if (!(key in next)) target.delete(key);
    for (const [cardId, result] of Object.entries(next)) {
      if (JSON.stringify(target.get(cardId)) !== JSON.stringify(result)) target.set(cardId, result);
    }
  });
}

/**
 * Server side, when cards are merged: an expert's marks stay one opinion per card. Marks given
 * to the card merged into stand; an expert who marked only a merged card keeps those marks,
 * now on the card that holds that idea (the first such card's, in merge order).
 */
export function mergeMarks(privateDoc: Y.Doc, into: string, merged: readonly string[]): void {
  privateDoc.transact(() => {
    scoresMap(privateDoc).forEach((mine) => {
      if (!(mine instanceof Y.Map)) return;
      for (const cardId of merged) {
        if (cardId === into) continue;
        const marks = mine.get(cardId);
        if (marks && !mine.has(into)) mine.set(into, { ...marks });
        mine.delete(cardId);
      }
    });
  });
}
