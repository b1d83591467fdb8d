/**
 * This browser's private ideas (`createPrivateIdeas`), for the places ideas are typed and
 * shown in private mode. Only the pages of people who write ideas mount it: the projector,
 * which writes nothing, neither shows nor publishes the ideas this browser keeps, nor counts
 * them as its own.
 */
import { createContext, type ParentProps, useContext } from 'solid-js';
import { useBoard } from '../BoardContext';
import { usePresence } from '../presence/PresenceContext';
import { useProvided } from '../useProvided';
import { createPrivateIdeas, type PrivateIdeas } from './createPrivateIdeas';

const PrivateIdeasContext = createContext<PrivateIdeas>();

/** Inside `PresenceProvider`: the facilitator sees how many ideas each person holds back. */
export function PrivateIdeasProvider(props: ParentProps) {
  const board = useBoard();
  const presence = usePresence();
  const privateIdeas = createPrivateIdeas({
    boardId: board.boardId,
    doc: board.doc,
    author: board.name,
    ready: board.connection.sessionSynced,
    privateMode: () => board.state.session.privateMode,
    canPublish: board.canEdit,
    onCount: presence.setPrivateIdeas,
  });
  return <PrivateIdeasContext.Provider value={privateIdeas}>{props.children}</PrivateIdeasContext.Provider>;
}

export const usePrivateIdeas = (): PrivateIdeas => useProvided(PrivateIdeasContext, 'PrivateIdeasProvider');

/**
 * For the canvas, which the projector renders too: undefined there, so the canvas leaves
 * private notes (and typing new ones) out.
 */
export const usePrivateIdeasIfAny = (): PrivateIdeas | undefined => useContext(PrivateIdeasContext);
