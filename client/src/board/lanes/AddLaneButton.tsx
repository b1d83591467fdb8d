import { addLane } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';

/** Facilitators add a track at the right end. */
export function AddLaneButton() {
  const { t } = useI18n();
  const board = useBoard();
  return (
    <button
      type="button"
      class="add-lane button secondary"
      disabled={!board.can.manageTracks}
      onClick={() => addLane(board.doc, { title: t('board.newLaneTitle') })}
    >
      + {t('board.addLane')}
    </button>
  );
}
