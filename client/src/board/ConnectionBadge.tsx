/** Always-visible connection state, and how many local edits the server has not confirmed. */
import { Show } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { useBoard } from './BoardContext';

export function ConnectionBadge() {
  const { t } = useI18n();
  const { connection } = useBoard();
  return (
    <div
      class="connection"
      data-status={connection.status()}
      role="status"
      aria-live="polite"
      title={connection.unsaved() > 0 ? undefined : `${t(`connection.${connection.status()}`)} · ${t('connection.saved')}`}
    >
      <span class="dot" aria-hidden="true" />
      <span>{t(`connection.${connection.status()}`)}</span>
      <Show when={connection.unsaved() > 0} fallback={<span class="muted saved">{t('connection.saved')}</span>}>
        {/* Short where the header is tight, so typing does not squeeze the board's title; screen
            readers hear the full sentence. */}
        <span class="unsaved" data-count={connection.unsaved()}>
          <span class="visually-hidden">{t('connection.unsaved', { count: connection.unsaved() })}</span>
          <span class="unsaved-long" aria-hidden="true">
            {t('connection.unsaved', { count: connection.unsaved() })}
          </span>
          <span class="unsaved-short" aria-hidden="true">
            {t('connection.unsavedShort', { count: connection.unsaved() })}
          </span>
        </span>
      </Show>
    </div>
  );
}
