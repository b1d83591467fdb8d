/** Inside an open card during scoring: the expert's marks, 1 to 5 per criterion. */
import { For, Show } from 'solid-js';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { MarkSegments } from './MarkSegments';
import { useVoting } from './VotingContext';

export function ScoreFields(props: { card: Card }) {
  const { t } = useI18n();
  const { scoring } = useVoting();
  const mine = () => scoring.marks()[props.card.id] ?? {};
  return (
    <fieldset class="scoring">
      <legend>{t('scoring.title')}</legend>
      <p class="muted">{t('scoring.hint')}</p>
      <For each={scoring.criteria()}>
        {(criterion) => (
          <MarkSegments
            name={`editor-${props.card.id}-${criterion.id}`}
            criterion={criterion}
            value={mine()[criterion.id]}
            onMark={(mark) => void scoring.mark(props.card.id, criterion.id, mark)}
          />
        )}
      </For>
      <Show when={scoring.error()}>
        <p class="error" role="alert">
          {scoring.error()}
        </p>
      </Show>
    </fieldset>
  );
}
