/** After a merge, a short-lived line saying how many cards became one, or why the server refused. */
import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { lastMerge } from './mergeCards';

const SHOWN_MS = 6000;

export function MergeToast() {
  const { t } = useI18n();
  const [visible, setVisible] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      lastMerge,
      (outcome) => {
        if (!outcome) return;
        setVisible(true);
        clearTimeout(timer);
        timer = setTimeout(() => setVisible(false), SHOWN_MS);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  return (
    <Show when={visible() && lastMerge()}>
      {(outcome) => {
        const current = outcome();
        return (
          <div class="toast" role={current.kind === 'failed' ? 'alert' : 'status'} data-merge={current.kind}>
            <span>{current.kind === 'merged' ? t('clusters.merged', { count: current.count }) : t('clusters.mergeFailed', { message: current.message })}</span>
          </div>
        );
      }}
    </Show>
  );
}
