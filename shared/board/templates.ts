/**
 * Board templates. A strategic session works four thematic tracks by default; a session with
 * other tracks passes its own list instead.
 */
import type { Color, Locale, TemplateName } from './types';

/** One default track: its title in every board language, and its colour. */
export interface TrackTemplate {
  title: Record<Locale, string>;
  color: Color;
}

/** The four default tracks of a city's strategic session. */
export const STRATEGIC_SESSION_TRACKS: readonly TrackTemplate[] = [
  { title: { ru: 'Научно-технологическое развитие и точки роста', en: 'Science & technology, growth points' }, color: 'violet' },
  { title: { ru: 'Базовый сектор экономики', en: 'Base economy' }, color: 'orange' },
  { title: { ru: 'Городская среда', en: 'Urban environment' }, color: 'green' },
  { title: { ru: 'Инфраструктура и ЖКХ', en: 'Infrastructure & utilities' }, color: 'blue' },
];

/** Colours handed to custom lanes in turn, so neighbouring tracks look different. */
export const LANE_PALETTE: readonly Color[] = ['violet', 'orange', 'green', 'blue', 'teal', 'pink', 'red', 'yellow', 'grey'];

/** Titles and colours of the lanes a new board starts with. */
export function initialLanes(template: TemplateName, locale: Locale, custom?: readonly { title: string }[]): { title: string; color: Color }[] {
  if (custom && custom.length > 0) {
    return custom.map((lane, i) => ({ title: lane.title, color: LANE_PALETTE[i % LANE_PALETTE.length]! }));
  }
  if (template === 'blank') return [];
  return STRATEGIC_SESSION_TRACKS.map((track) => ({ title: track.title[locale], color: track.color }));
}
