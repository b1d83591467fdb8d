/** An initiative's resources and key stages as read-only lists (slides, projector spotlight). */
import { Check } from 'lucide-solid';
import { For } from 'solid-js';
import type { Resource, Stage } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useNumbers } from '../useNumbers';

export function ResourceList(props: { resources: Resource[] }) {
  const { t } = useI18n();
  const { numbers } = useNumbers();
  return (
    <ul>
      <For each={props.resources}>
        {(r) => (
          <li>
            {t(`card.resourceKinds.${r.kind}`)}
            {r.amount !== null ? `: ${numbers().resourceAmount(r)}` : ''}
            {r.description ? ` — ${r.description}` : ''}
          </li>
        )}
      </For>
    </ul>
  );
}

export function StageList(props: { stages: Stage[] }) {
  const { formatDate } = useI18n();
  return (
    <ol>
      <For each={props.stages}>
        {(s) => (
          <li classList={{ done: s.done }}>
            {s.done ? <Check size="1em" class="glyph" aria-hidden="true" /> : ''}
            {s.title}
            {s.due ? ` — ${formatDate(s.due)}` : ''}
          </li>
        )}
      </For>
    </ol>
  );
}
