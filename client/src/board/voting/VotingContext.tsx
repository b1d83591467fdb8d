/**
 * This participant's ballot and expert marks (`createVoting`), for the voting and scoring
 * controls. Only the pages of people who take part mount it: the projector cannot vote or
 * score, so it creates no ballot and asks the server for none.
 */
import { createContext, type ParentProps, useContext } from 'solid-js';
import { useBoard } from '../BoardContext';
import { useProvided } from '../useProvided';
import { createVoting, type Voting } from './createVoting';
import { joinAgain, type ParticipantIdentity } from './participantIdentity';

const VotingContext = createContext<Voting>();

/** Inside `BoardModelProvider`; `participant`: whose ballot and marks these are. */
export function VotingProvider(props: ParentProps<{ participant: ParticipantIdentity }>) {
  const board = useBoard();
  const voting = createVoting({
    boardId: board.boardId,
    token: board.token,
    participant: props.participant.token,
    session: () => board.state.session,
    canVote: board.can.vote,
    canScore: board.can.score,
    onUnknownIdentity: () => joinAgain(board.boardId, board.role),
  });
  return <VotingContext.Provider value={voting}>{props.children}</VotingContext.Provider>;
}

export const useVoting = (): Voting => useProvided(VotingContext, 'VotingProvider');

/**
 * For a component the projector renders too (a card on the canvas): undefined there, where
 * nobody votes, so the component leaves its voting part out.
 */
export const useVotingIfAny = (): Voting | undefined => useContext(VotingContext);
