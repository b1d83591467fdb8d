/** Type an idea, press Enter, type the next: the fastest way to fill a track. */
import { addCard } from '../../../../shared/board';
import type { LaneId } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { usePrivateIdeas } from '../private/PrivateIdeasContext';

export function QuickAdd(props: { laneId: LaneId; laneTitle: string }) {
  const { t } = useI18n();
  const board = useBoard();
  const privateIdeas = usePrivateIdeas();
  return (
    <form
      class="quick-add"
      onSubmit={(event) => {
        event.preventDefault();
        const input = event.currentTarget.elements.namedItem('title') as HTMLInputElement;
        const title = input.value.trim();
        if (!title) return;
        // In private mode the idea stays in this browser until the facilitator reveals.
        if (board.state.session.privateMode) privateIdeas.add(props.laneId, title);
        else addCard(board.doc, { laneId: props.laneId, title: title.slice(0, 200), author: board.name });
        input.value = '';
      }}
    >
      <input
        name="title"
        maxLength={200}
        aria-label={t('board.quickAdd', { lane: props.laneTitle })}
        placeholder={t('board.quickAddPlaceholder')}
        autocomplete="off"
      />
    </form>
  );
}
