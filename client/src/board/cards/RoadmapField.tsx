/**
 * Roadmap status of an initiative carried over from a past session: a badge on its tile, and
 * in the card editor a select to change it plus the session it came from. Cards that were not
 * carried over show neither.
 */
import { Show } from 'solid-js';
import { ROADMAP_STATUSES, type Card, type CardOrigin, type RoadmapStatus } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';

/** "Roadmap: not started" on a card tile; nothing for a card without a roadmap status. */
export function RoadmapBadge(props: { card: Card }) {
  const { t } = useI18n();
  return (
    <Show when={props.card.roadmap}>
      {(status) => (
        <span class="roadmap-badge" data-roadmap={status()} title={props.card.origin ? originText(t, props.card.origin) : undefined}>
          {t('roadmap.badge', { status: t(`roadmap.statuses.${status()}`) })}
        </span>
      )}
    </Show>
  );
}

/** The editor's roadmap select and origin line, shown only for carried-over initiatives. */
export function RoadmapField(props: { card: Card; readOnly: boolean; onChange: (status: RoadmapStatus) => void }) {
  const { t, formatDate } = useI18n();
  return (
    <Show when={props.card.roadmap}>
      {(status) => (
        <div class="roadmap-field">
          <label>
            {t('roadmap.label')}
            <select value={status()} disabled={props.readOnly} onChange={(e) => props.onChange(e.currentTarget.value as RoadmapStatus)}>
              {ROADMAP_STATUSES.map((option) => (
                <option value={option}>{t(`roadmap.statuses.${option}`)}</option>
              ))}
            </select>
          </label>
          <Show when={props.card.origin}>{(origin) => <p class="muted">{originText(t, origin(), formatDate)}</p>}</Show>
        </div>
      )}
    </Show>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

/** "From the session “Kaluga 2025”, 20 November 2025" (the date as given when no formatter). */
function originText(t: Translate, origin: CardOrigin, formatDate?: (value: number) => string): string {
  if (!origin.date) return t('roadmap.originNoDate', { title: origin.title });
  // Noon local time: a bare YYYY-MM-DD parses as UTC midnight, the previous day west of Greenwich.
  const date = formatDate ? formatDate(new Date(`${origin.date}T12:00:00`).getTime()) : origin.date;
  return t('roadmap.origin', { title: origin.title, date });
}
