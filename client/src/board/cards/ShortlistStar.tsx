/**
 * The star on a card: one click puts it on the shortlist or takes it off (one undo step). Those
 * who cannot change the board see a filled star on shortlisted cards and nothing on the rest.
 */
import { Star } from 'lucide-solid';
import { Show } from 'solid-js';
import { isShortlisted } from '../../../../shared/board/rules';
import { setShortlisted } from '../../../../shared/board/shortlist';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { asOneStep } from '../canvas/canvasActions';

export function ShortlistStar(props: { card: Card; size: number }) {
  const { t } = useI18n();
  const board = useBoard();
  const on = () => isShortlisted(props.card);
  return (
    <Show
      when={board.canEdit()}
      fallback={
        <Show when={on()}>
          <span class="shortlist-star on" role="img" aria-label={t('shortlist.on')} title={t('shortlist.on')}>
            <Star size={props.size} aria-hidden="true" />
          </span>
        </Show>
      }
    >
      <button
        type="button"
        class="shortlist-star"
        classList={{ on: on() }}
        data-canvas-ui
        aria-pressed={on()}
        aria-label={t(on() ? 'shortlist.remove' : 'shortlist.add', { title: props.card.title })}
        title={t(on() ? 'shortlist.remove' : 'shortlist.add', { title: props.card.title })}
        // The card under it must neither start a drag nor open its editor.
        onPointerDown={(event) => event.stopPropagation()}
        onDblClick={(event) => event.stopPropagation()}
        onClick={(event) => {
          event.stopPropagation();
          asOneStep(board, () => setShortlisted(board.doc, [props.card.id], !on()));
        }}
      >
        <Star size={props.size} aria-hidden="true" />
      </button>
    </Show>
  );
}
