/**
 * One criterion's mark, 1 to 5, as a row of large segments: real radio inputs (so arrow keys,
 * screen readers and forms treat them as one choice), each spread over its whole segment so a
 * click or a tap anywhere on it counts.
 */
import { For, Show } from 'solid-js';
import type { Criterion } from '../../api/api';
import { useI18n } from '../../i18n/I18nProvider';
import { useVoting } from './VotingContext';

const MARKS = [1, 2, 3, 4, 5] as const;

export function MarkSegments(props: {
  /** Keeps radio names apart between cards and between the sheet and the editor. */
  name: string;
  criterion: Criterion;
  value: number | undefined;
  onMark: (mark: number) => void;
}) {
  const { t } = useI18n();
  const titleId = () => `${props.name}-title`;
  return (
    <div class="criterion" role="radiogroup" aria-labelledby={titleId()} data-criterion={props.criterion.id} data-marked={props.value !== undefined}>
      <span class="criterion-title" id={titleId()}>
        {props.criterion.title}{' '}
        <span class="muted criterion-weight">
          ({t('scoring.weight', { weight: props.criterion.weight })}
          {props.criterion.inverted ? `, ${t('scoring.inverted')}` : ''})
        </span>
      </span>
      <span class="mark-segments">
        <For each={MARKS}>
          {(mark) => (
            <label class="mark-segment">
              <input
                type="radio"
                name={props.name}
                value={mark}
                checked={props.value === mark}
                aria-label={t('scoring.mark', { criterion: props.criterion.title, mark })}
                onChange={() => props.onMark(mark)}
              />
              <span aria-hidden="true">{mark}</span>
            </label>
          )}
        </For>
      </span>
    </div>
  );
}

/** This expert's marks on one card, a row per criterion (the sheet and the card editor). */
export function CardMarks(props: {
  /** Where the rows are, so the sheet's and the editor's radios never share a name. */
  place: 'sheet' | 'editor';
  cardId: string;
  onMark: (criterionId: string, mark: number) => void;
}) {
  const { scoring } = useVoting();
  return (
    <For each={scoring.criteria()}>
      {(criterion) => (
        <MarkSegments
          name={`${props.place}-${props.cardId}-${criterion.id}`}
          criterion={criterion}
          value={scoring.marks()[props.cardId]?.[criterion.id]}
          onMark={(mark) => props.onMark(criterion.id, mark)}
        />
      )}
    </For>
  );
}

/** A refused mark, in words. */
export function MarksError() {
  const { scoring } = useVoting();
  return (
    <Show when={scoring.error()}>
      <p class="error" role="alert">
        {scoring.error()}
      </p>
    </Show>
  );
}
