/**
 * The one measure of how far experts disagree, named and explained the same way on the board,
 * the slides and the report: the standard deviation of their marks, written σ.
 */
import type { Locale } from '../board/types';

export const SPREAD: Record<Locale, { symbol: string; name: string; explanation: string }> = {
  ru: {
    symbol: 'σ',
    name: 'Разброс оценок (σ)',
    explanation: 'σ — стандартное отклонение оценок экспертов: 0 — все поставили одно и то же; чем больше, тем сильнее эксперты расходятся.',
  },
  en: {
    symbol: 'σ',
    name: 'Spread of marks (σ)',
    explanation: 'σ is the standard deviation of the experts’ marks: 0 means all gave the same mark; the larger it is, the more the experts disagree.',
  },
};
