/** The line under the summary that says what the last action did (or why it did not). */
import { CircleCheck, Info, TriangleAlert, X } from 'lucide-solid';
import { Match, Show, Switch } from 'solid-js';
import { useAdminI18n } from './useAdminI18n';
import type { AdminConsole } from './createAdminConsole';

export function NoticeLine(props: { admin: AdminConsole }) {
  const { t } = useAdminI18n();
  return (
    // Always in the page, so screen readers announce what appears in it.
    <div class="admin-notice-slot" role="status">
      <Show when={props.admin.notice()}>
        {(notice) => (
          <p class="admin-notice" data-kind={notice().kind}>
            <Switch>
              <Match when={notice().kind === 'deleted'}>
                <CircleCheck size="1em" class="glyph" aria-hidden="true" />
              </Match>
              <Match when={notice().kind === 'gone'}>
                <Info size="1em" class="glyph" aria-hidden="true" />
              </Match>
              <Match when={notice().kind === 'failed'}>
                <TriangleAlert size="1em" class="glyph" aria-hidden="true" />
              </Match>
            </Switch>
            <span class="grow">
              {t(`admin.${notice().kind}`, {
                title: notice().title || t('admin.untitled'),
                message: 'message' in notice() ? (notice() as { message: string }).message : '',
              })}
            </span>
            <button type="button" class="button icon" aria-label={t('admin.dismiss')} onClick={() => props.admin.dismissNotice()}>
              <X size="1em" aria-hidden="true" />
            </button>
          </p>
        )}
      </Show>
    </div>
  );
}
