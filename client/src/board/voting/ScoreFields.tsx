/** Inside an open card during scoring: the expert's marks, 1 to 5 per criterion. */
import { For, Show } from 'solid-js';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
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
          <div class="criterion" role="radiogroup" aria-label={criterion.title}>
            <span class="criterion-title">
              {criterion.title}{' '}
              <span class="muted">
                ({t('scoring.weight', { weight: criterion.weight })}
                {criterion.inverted ? `, ${t('scoring.inverted')}` : ''})
              </span>
            </span>
            <For each={[1, 2, 3, 4, 5]}>
              {(mark) => (
                <label class="mark">
                  <input
                    type="radio"
                    name={`${props.card.id}-${criterion.id}`}
                    checked={mine()[criterion.id] === mark}
                    aria-label={t('scoring.mark', { criterion: criterion.title, mark })}
                    onChange={() => void scoring.mark(props.card.id, criterion.id, mark)}
                  />
                  {mark}
                </label>
              )}
            </For>
          </div>
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
