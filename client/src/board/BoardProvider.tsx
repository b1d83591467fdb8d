/**
 * What every page that shows a board mounts, each primitive inside the ones it is built on: the
 * board, who is on it, the session (clock, breakout), what this screen shows, and following a
 * facilitator. The projector mounts only this; a participant's page adds voting and private
 * ideas inside it (see `BoardPage.tsx`), which the projector cannot use.
 */
import type { ParentProps } from 'solid-js';
import { BoardModelProvider, type BoardOptions } from './BoardContext';
import { FollowProvider } from './follow/FollowContext';
import { PresenceProvider } from './presence/PresenceContext';
import { SessionProvider } from './session/SessionContext';
import { BoardViewProvider } from './view/BoardViewContext';

export function BoardProvider(props: ParentProps<BoardOptions>) {
  // Fields one by one: spreading Solid props would read `children` here, outside the providers.
  return (
    <BoardModelProvider
      boardId={props.boardId}
      token={props.token}
      wsBase={props.wsBase}
      persist={props.persist}
      role={props.role}
      name={props.name}
      participant={props.participant}
    >
      <PresenceProvider>
        <SessionProvider>
          <BoardViewProvider>
            <FollowProvider>{props.children}</FollowProvider>
          </BoardViewProvider>
        </SessionProvider>
      </PresenceProvider>
    </BoardModelProvider>
  );
}
