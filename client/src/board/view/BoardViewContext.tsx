/**
 * What this screen shows of the board (`createBoardView`), for the components that open cards,
 * move the camera, filter or present: its own context, so a component that only reads the
 * board's content does not depend on it.
 */
import { createContext, type ParentProps } from 'solid-js';
import { useBoard } from '../BoardContext';
import { usePresence } from '../presence/PresenceContext';
import { useSession } from '../session/SessionContext';
import { useProvided } from '../useProvided';
import { type BoardView, createBoardView } from './createBoardView';

const BoardViewContext = createContext<BoardView>();

/** Inside `PresenceProvider` (an open card is shown to others) and `SessionProvider` (a breakout can hide a track). */
export function BoardViewProvider(props: ParentProps) {
  const board = useBoard();
  const presence = usePresence();
  const { breakout } = useSession();
  const view = createBoardView({ cards: board.plainCards, breakout, setEditing: presence.setEditing });
  return <BoardViewContext.Provider value={view}>{props.children}</BoardViewContext.Provider>;
}

export const useBoardView = (): BoardView => useProvided(BoardViewContext, 'BoardViewProvider');
