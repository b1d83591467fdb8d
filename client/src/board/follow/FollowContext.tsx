/**
 * "Follow me" (`createFollow`) for the components that lead, follow or show who is followed:
 * a context of its own because it drives the view (track, card, camera, slide) and so is
 * built on it, not beside it.
 */
import { createContext, type ParentProps } from 'solid-js';
import { useBoard } from '../BoardContext';
import { useProvided } from '../useProvided';
import { useBoardView } from '../view/BoardViewContext';
import { createFollow, type Follow } from './createFollow';

const FollowContext = createContext<Follow>();

/** Inside `BoardViewProvider`. */
export function FollowProvider(props: ParentProps) {
  const board = useBoard();
  const view = useBoardView();
  const follow = createFollow({
    sessionDoc: board.sessionDoc,
    follow: () => board.state.session.follow,
    isFacilitator: board.can.runSession,
    name: board.name,
    focusedLaneId: view.focusedLaneId,
    openCardId: view.openCardId,
    showLane: view.showLane,
    openCard: view.openCard,
    slide: view.slide,
    showSlide: view.showSlide,
    viewArea: view.viewArea,
    showArea: view.showArea,
  });
  return <FollowContext.Provider value={follow}>{props.children}</FollowContext.Provider>;
}

export const useFollow = (): Follow => useProvided(FollowContext, 'FollowProvider');
