/**
 * The card opened as a project initiative: every field, the collaborative description,
 * resources, key stages and comments. Viewers see the same dialog read-only.
 */
import { X } from 'lucide-solid';
import { onCleanup, onMount, Show } from 'solid-js';
import { deleteCard, moveCard, updateCard, type CardPatch } from '../../../../shared/board';
import { isShortlisted } from '../../../../shared/board/rules';
import { CARD_KINDS, CARD_STATUSES, COLORS, type Card, type CardId, type LaneId } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useBoardView } from '../view/BoardViewContext';
import { CommentsThread } from './CommentsThread';
import { DescriptionField } from './DescriptionField';
import { ResourcesEditor } from './ResourcesEditor';
import { RoadmapField } from './RoadmapField';
import { StagesEditor } from './StagesEditor';
import { ScoreFields } from '../voting/ScoreFields';

const splitList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function CardEditor(props: { cardId: string }) {
  const { t, formatDateTime } = useI18n();
  const board = useBoard();
  const view = useBoardView();
  let dialog!: HTMLDialogElement;
  const card = () => board.state.cards[props.cardId] as Card | undefined;
  const id = props.cardId as CardId;
  const readOnly = () => !board.canEdit();
  const update = (patch: CardPatch) => {
    try {
      updateCard(board.doc, id, patch);
    } catch {
      // Invalid input (e.g. an emptied title) is not saved; the field shows the stored value again.
    }
  };
  onMount(() => dialog.showModal());
  onCleanup(() => dialog.open && dialog.close());

  return (
    <dialog ref={dialog} class="card-editor" aria-label={t('card.editor', { title: card()?.title ?? '' })} onClose={() => view.openCard(null)}>
      <Show when={card()} fallback={<p>{t('board.deleted')}</p>}>
        {(current) => (
          <form method="dialog" class="editor-form" onSubmit={(e) => e.preventDefault()}>
            <header class="editor-head">
              <label class="grow">
                {t('card.title')}
                <input value={current().title} maxLength={200} readOnly={readOnly()} onChange={(e) => update({ title: e.currentTarget.value })} />
              </label>
              <button type="button" class="icon" aria-label={t('common.close')} onClick={() => dialog.close()}>
                <X size="1em" class="glyph" aria-hidden="true" />
              </button>
            </header>
            {/* An expert opens a card to score it: the marks come first, not under the whole passport. */}
            <Show when={board.state.session.phase === 'scoring' && isShortlisted(current()) && board.can.score}>
              <ScoreFields card={current()} />
            </Show>
            <div class="row wrap">
              <label>
                {t('card.kind')}
                <select value={current().kind} disabled={readOnly()} onChange={(e) => update({ kind: e.currentTarget.value as Card['kind'] })}>
                  {CARD_KINDS.map((kind) => (
                    <option value={kind}>{t(`card.kinds.${kind}`)}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('card.status')}
                <select value={current().status} disabled={readOnly()} onChange={(e) => update({ status: e.currentTarget.value as Card['status'] })}>
                  {CARD_STATUSES.map((status) => (
                    <option value={status}>{t(`card.statuses.${status}`)}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('card.lane')}
                <select
                  value={current().laneId ?? ''}
                  disabled={readOnly()}
                  onChange={(e) => moveCard(board.doc, id, { laneId: (e.currentTarget.value || null) as LaneId | null, index: 0 })}
                >
                  <option value="">{t('board.parkingLot')}</option>
                  {board.state.lanes.map((lane) => (
                    <option value={lane.id}>{lane.title}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('card.color')}
                <select value={current().color} disabled={readOnly()} onChange={(e) => update({ color: e.currentTarget.value as Card['color'] })}>
                  {COLORS.map((color) => (
                    <option value={color}>{t(`colors.${color}`)}</option>
                  ))}
                </select>
              </label>
            </div>
            <RoadmapField card={current()} readOnly={readOnly()} onChange={(roadmap) => update({ roadmap })} />
            <DescriptionField cardId={id} readOnly={readOnly()} />
            <label>
              {t('card.owner')}
              <input value={current().owner} maxLength={200} readOnly={readOnly()} onChange={(e) => update({ owner: e.currentTarget.value })} />
            </label>
            <div class="row">
              <label class="grow">
                {t('card.partners')}
                <input
                  value={current().partners.join(', ')}
                  placeholder={t('card.partnersPlaceholder')}
                  readOnly={readOnly()}
                  onChange={(e) => update({ partners: splitList(e.currentTarget.value) })}
                />
              </label>
              <label class="grow">
                {t('card.tags')}
                <input
                  value={current().tags.join(', ')}
                  placeholder={t('card.tagsPlaceholder')}
                  readOnly={readOnly()}
                  onChange={(e) => update({ tags: splitList(e.currentTarget.value) })}
                />
              </label>
            </div>
            <ResourcesEditor card={current()} readOnly={readOnly()} />
            <StagesEditor card={current()} readOnly={readOnly()} />
            <CommentsThread cardId={id} readOnly={readOnly()} />
            <footer class="editor-foot">
              <span class="muted">
                {t('card.author', { name: current().author || '—' })}
                <Show when={current().coauthors.length > 0}>
                  {' · '}
                  <span data-coauthors>
                    {t('clusters.coauthors')}: {current().coauthors.join(', ')}
                  </span>
                </Show>{' '}
                · {t('card.updated', { when: formatDateTime(current().updatedAt) })}
              </span>
              <Show when={!readOnly()}>
                <button
                  type="button"
                  class="button danger"
                  onClick={() => {
                    dialog.close();
                    board.deleteWithUndo(() => deleteCard(board.doc, id));
                  }}
                >
                  {t('card.deleteCard')}
                </button>
              </Show>
            </footer>
          </form>
        )}
      </Show>
    </dialog>
  );
}
