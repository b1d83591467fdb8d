/**
 * What can be done with the selection, above the canvas: colour, "make an initiative" for one
 * note, group into a cluster or merge into one card, align and distribute, bring to front and
 * send to back, duplicate and delete. Each button names its action (and key, where it has one);
 * each action is one undo step, except a merge, which the server makes (and asks first).
 */
import {
  AlignCenterHorizontal,
  AlignCenterVertical,
  AlignEndHorizontal,
  AlignEndVertical,
  AlignHorizontalDistributeCenter,
  AlignStartHorizontal,
  AlignStartVertical,
  AlignVerticalDistributeCenter,
  BringToFront,
  Combine,
  Copy,
  Group,
  Lightbulb,
  SendToBack,
  Star,
  StarOff,
  Trash2,
  Ungroup,
} from 'lucide-solid';
import { For, type JSX, Show } from 'solid-js';
import { isShortlisted } from '../../../../shared/board/rules';
import {
  alignCards,
  bringToFront,
  COLORS,
  distributeCards,
  sendToBack,
  setShortlisted,
  updateCard,
  type Alignment,
  type CardId,
  type Color,
} from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { Disclosure } from '../../ui/Disclosure';
import { useBoard } from '../BoardContext';
import { mergeOnBoard } from '../cards/mergeCards';
import { asOneStep, deleteSelection, duplicateSelection, groupSelection, selectedCards, ungroupSelection } from './canvasActions';
import type { CanvasState } from './createCanvasState';

const ALIGN: Array<{ alignment: Alignment; icon: (props: { size: number }) => JSX.Element }> = [
  { alignment: 'left', icon: AlignStartVertical },
  { alignment: 'center', icon: AlignCenterVertical },
  { alignment: 'right', icon: AlignEndVertical },
  { alignment: 'top', icon: AlignStartHorizontal },
  { alignment: 'middle', icon: AlignCenterHorizontal },
  { alignment: 'bottom', icon: AlignEndHorizontal },
];

const DISTRIBUTE = [
  { axis: 'horizontal', label: 'canvas.distributeHorizontally', icon: AlignHorizontalDistributeCenter },
  { axis: 'vertical', label: 'canvas.distributeVertically', icon: AlignVerticalDistributeCenter },
] as const;

export function SelectionToolbar(props: { state: CanvasState }) {
  const board = useBoard();
  const { t } = useI18n();
  const ids = () => selectedCards(board, props.state);
  /** Runs a command on the selection as one undo step. */
  const act = (run: (ids: CardId[]) => void) => () => asOneStep(board, () => run(ids()));
  /** Every selected card is on the shortlist: the button takes them off; otherwise it adds the rest. */
  const allShortlisted = () => ids().every((id) => board.state.cards[id] && isShortlisted(board.state.cards[id]!));
  const single = () => (ids().length === 1 ? board.state.cards[ids()[0]!] : undefined);
  const anyGrouped = () => ids().some((id) => board.state.cards[id]?.cluster);
  const merge = async () => {
    const into = await mergeOnBoard(board, ids(), t);
    if (into) props.state.select([into]);
  };
  return (
    <Show when={ids().length > 0 && board.canEdit()}>
      <div class="selection-toolbar" data-canvas-ui role="toolbar" aria-label={t('canvas.selection', { count: ids().length })}>
        <fieldset class="swatches" aria-label={t('card.color')}>
          <For each={COLORS}>
            {(color: Color) => (
              <button
                type="button"
                class="swatch"
                style={{ background: `var(--color-${color})` }}
                aria-label={t(`colors.${color}`)}
                title={t(`colors.${color}`)}
                onClick={act((selected) =>
                  board.doc.transact(() => {
                    for (const id of selected) updateCard(board.doc, id, { color });
                  }),
                )}
              />
            )}
          </For>
        </fieldset>
        <button
          type="button"
          class="shortlist-selection"
          aria-pressed={allShortlisted()}
          title={`${t(allShortlisted() ? 'shortlist.removeSelected' : 'shortlist.addSelected')} (S)`}
          onClick={act((selected) => setShortlisted(board.doc, selected, !allShortlisted()))}
        >
          {allShortlisted() ? <StarOff size={18} aria-hidden="true" /> : <Star size={18} aria-hidden="true" />}
          <span>{t(allShortlisted() ? 'shortlist.removeSelected' : 'shortlist.addSelected')}</span>
        </button>
        <Show when={single()?.kind === 'idea'}>
          <button type="button" title={t('canvas.makeInitiative')} onClick={act(([id]) => updateCard(board.doc, id!, { kind: 'initiative' }))}>
            <Lightbulb size={18} aria-hidden="true" />
            <span>{t('canvas.makeInitiative')}</span>
          </button>
        </Show>
        <Show when={ids().length > 1}>
          <button type="button" title={t('clusters.groupHint')} onClick={() => groupSelection(board, props.state)}>
            <Group size={18} aria-hidden="true" />
            <span>{t('clusters.group')}</span>
          </button>
          <button type="button" title={t('clusters.mergeHint')} onClick={merge}>
            <Combine size={18} aria-hidden="true" />
            <span>{t('clusters.merge')}</span>
          </button>
        </Show>
        <Show when={anyGrouped()}>
          <button
            type="button"
            aria-label={t('clusters.ungroup')}
            title={`${t('clusters.ungroup')} (Ctrl+Shift+G)`}
            onClick={() => ungroupSelection(board, props.state)}
          >
            <Ungroup size={18} aria-hidden="true" />
          </button>
        </Show>
        <Show when={ids().length > 1}>
          <Disclosure
            class="arrange-menu"
            summary={
              <span title={t('canvas.arrange')}>
                <AlignStartVertical size={18} aria-hidden="true" /> {t('canvas.arrange')}
              </span>
            }
          >
            <div class="arrange-buttons">
              <For each={ALIGN}>
                {(item) => (
                  <button
                    type="button"
                    aria-label={t(`canvas.align.${item.alignment}`)}
                    title={t(`canvas.align.${item.alignment}`)}
                    onClick={act((selected) => alignCards(board.doc, selected, item.alignment))}
                  >
                    <item.icon size={18} />
                  </button>
                )}
              </For>
              <Show when={ids().length > 2}>
                <For each={DISTRIBUTE}>
                  {(item) => (
                    <button
                      type="button"
                      aria-label={t(item.label)}
                      title={t(item.label)}
                      onClick={act((selected) => distributeCards(board.doc, selected, item.axis))}
                    >
                      <item.icon size={18} />
                    </button>
                  )}
                </For>
              </Show>
            </div>
          </Disclosure>
        </Show>
        <button
          type="button"
          aria-label={t('canvas.bringToFront')}
          title={t('canvas.bringToFront')}
          onClick={act((selected) => bringToFront(board.doc, selected))}
        >
          <BringToFront size={18} />
        </button>
        <button type="button" aria-label={t('canvas.sendToBack')} title={t('canvas.sendToBack')} onClick={act((selected) => sendToBack(board.doc, selected))}>
          <SendToBack size={18} />
        </button>
        <button
          type="button"
          aria-label={t('canvas.duplicate')}
          title={`${t('canvas.duplicate')} (Ctrl+D)`}
          onClick={() => duplicateSelection(board, props.state)}
        >
          <Copy size={18} />
        </button>
        <button type="button" aria-label={t('canvas.delete')} title={`${t('canvas.delete')} (Delete)`} onClick={() => deleteSelection(board, props.state)}>
          <Trash2 size={18} />
        </button>
      </div>
    </Show>
  );
}
