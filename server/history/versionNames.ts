/**
 * Names the server gives to versions it saves by itself, in the board's language (the board's,
 * not a viewer's: everyone sees the same history list).
 */
import type { Locale, Phase } from '../../shared/board/types';

/** Same words as the phase picker of the client (`session.phases` in its dictionaries). */
const PHASE_NAMES: Record<Locale, Record<Phase, string>> = {
  ru: { ideas: 'Идеи', shortlist: 'Шорт-лист', voting: 'Голосование', scoring: 'Экспертная оценка', presentation: 'Презентация', closed: 'Завершено' },
  en: { ideas: 'Ideas', shortlist: 'Shortlist', voting: 'Voting', scoring: 'Expert scoring', presentation: 'Presentation', closed: 'Closed' },
};

const PHASE_PREFIX: Record<Locale, string> = { ru: 'Этап', en: 'Phase' };

/** "Этап: Голосование" / "Phase: Voting": the version saved when the session enters `phase`. */
export function phaseVersionName(phase: Phase, locale: Locale): string {
  return `${PHASE_PREFIX[locale]}: ${PHASE_NAMES[locale][phase]}`;
}
