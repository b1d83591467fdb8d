/**
 * Who is on the board, for the components that show or share it (people, cursors, drags,
 * selections, the card each person edits): its own context, so a component that only reads
 * the board does not reach for awareness, and presence reaches only those that do.
 */
import { createContext, type ParentProps } from 'solid-js';
import { presenceColor } from '../../local/identity';
import { useBoard } from '../BoardContext';
import { useProvided } from '../useProvided';
import { createPresence, type Presence } from './createPresence';

const PresenceContext = createContext<Presence>();

/** Inside `BoardModelProvider`: this person appears under the name they write under. */
export function PresenceProvider(props: ParentProps) {
  const board = useBoard();
  const presence = createPresence(board.connection.awareness, {
    name: board.name,
    color: presenceColor(board.name),
    role: board.role,
    memberKey: board.memberKey,
  });
  return <PresenceContext.Provider value={presence}>{props.children}</PresenceContext.Provider>;
}

export const usePresence = (): Presence => useProvided(PresenceContext, 'PresenceProvider');
