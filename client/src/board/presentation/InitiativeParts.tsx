/**
 * An initiative's resources and key stages as read-only lists (slides, projector spotlight),
 * each cut to `max` lines where a screen has room for no more, and what was revealed of it.
 */
import { Check, Star } from 'lucide-solid';
import { For, Show } from 'solid-js';
import type { Resource, Stage } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
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

/** The initiative's revealed score and vote total as badges (nothing of what is still hidden). */
export function RevealedBadges(props: { cardId: string; order?: 'score-first' | 'votes-first' }) {
  const { t } = useI18n();
  const { numbers } = useNumbers();
  const board = useBoard();
  const session = () => board.state.session;
  const score = () => (
    <Show when={session().scoresRevealed && session().scoreResults[props.cardId]}>
      {(result) => <span class="slide-badge">{t('scoring.score', { score: numbers().score(result().weighted) })}</span>}
    </Show>
  );
  const votes = () => (
    <Show when={session().votesRevealed && session().voteTotals[props.cardId]}>
      <span class="slide-badge">
        <Star size="1em" class="glyph" aria-hidden="true" /> {t('voting.total', { count: session().voteTotals[props.cardId] ?? 0 })}
      </span>
    </Show>
  );
  return <>{props.order === 'votes-first' ? [votes(), score()] : [score(), votes()]}</>;
}
