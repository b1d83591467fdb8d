/**
 * The session as this browser takes part in it: the server's clock (so countdowns end
 * together) and this participant's breakout group (which tracks they see). The projector
 * mounts it too: its timer runs on the clock, and showing a track goes through the breakout.
 */
import { createContext, type ParentProps } from 'solid-js';
import { useBoard } from '../BoardContext';
import { type Breakout, createBreakout } from '../groups/createBreakout';
import { useProvided } from '../useProvided';
import { createServerClock, type ServerClock } from './createServerClock';

export interface Session {
  clock: ServerClock;
  breakout: Breakout;
}

const SessionContext = createContext<Session>();

/** Inside `BoardModelProvider`. */
export function SessionProvider(props: ParentProps) {
  const board = useBoard();
  const session: Session = { clock: createServerClock(), breakout: createBreakout(board.state, board.memberKey) };
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export const useSession = (): Session => useProvided(SessionContext, 'SessionProvider');
