/**
 * An initiative's resources and key stages as read-only lists (slides, projector spotlight),
 * each cut to `max` lines where a screen has room for no more.
 */
import { Check } from 'lucide-solid';
import { For } from 'solid-js';
import type { Resource, Stage } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useNumbers } from '../useNumbers';
import { MoreLine } from './MoreLine';
import { fitList } from './slides';

export function ResourceList(props: { resources: Resource[]; max?: number }) {
  const { t } = useI18n();
  const { numbers } = useNumbers();
  const fitted = () => fitList(props.resources, props.max ?? Number.POSITIVE_INFINITY);
  return (
    <ul>
      <For each={fitted().shown}>
        {(r) => (
          <li>
            {t(`card.resourceKinds.${r.kind}`)}
            {r.amount !== null ? `: ${numbers().resourceAmount(r)}` : ''}
            {r.description ? ` — ${r.description}` : ''}
          </li>
        )}
      </For>
      <MoreLine count={fitted().more} />
    </ul>
  );
}

export function StageList(props: { stages: Stage[]; max?: number }) {
  const { formatDate } = useI18n();
  const fitted = () => fitList(props.stages, props.max ?? Number.POSITIVE_INFINITY);
  return (
    <ol>
      <For each={fitted().shown}>
        {(s) => (
          <li classList={{ done: s.done }}>
            {s.done ? <Check size="1em" class="glyph" aria-hidden="true" /> : ''}
            {s.title}
            {s.due ? ` — ${formatDate(s.due)}` : ''}
          </li>
        )}
      </For>
      <MoreLine count={fitted().more} />
    </ol>
  );
}
