import { onCleanup, onMount } from 'solid-js';
import { cardDescription, spliceDescription } from '../../../../shared/board';
import type { CardId } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { bindTextarea } from '../text/bindTextarea';

/** The collaborative description: concurrent typing in one card merges character by character. */
export function DescriptionField(props: { cardId: CardId; readOnly: boolean }) {
  const { t } = useI18n();
  const board = useBoard();
  let textarea!: HTMLTextAreaElement;
  onMount(() => {
    const text = cardDescription(board.doc, props.cardId);
    if (!text) return;
    const unbind = bindTextarea(textarea, text, (index, remove, insert) => spliceDescription(board.doc, props.cardId, index, remove, insert));
    onCleanup(unbind);
  });
  return (
    <label>
      {t('card.description')}
      <textarea ref={textarea} class="description" rows={5} readOnly={props.readOnly} />
    </label>
  );
}
