/**
 * The board itself, as every page that shows one needs it: the connection and its two
 * documents, the store, undo, and what this participant may do. Presence, the session, the
 * view, voting and private ideas are primitives of their own built on it (see
 * `BoardProvider.tsx`), so a component reads only what it uses and the projector mounts only
 * what it shows.
 */
import { type Accessor, createContext, createEffect, createMemo, createSignal, onCleanup, type ParentProps } from 'solid-js';
import * as Y from 'yjs';
import { canEditContent, canJoinGroups, canManageGroups, canManageTracks, canRunSession, canScore, canVote, isReadOnlyRole } from '../../../shared/board/rules';
import { invitesNewIdeas } from '../../../shared/board/shortlist';
import type { Role } from '../../../shared/board/types';
import { CONTENT } from '../../../shared/board/keys';
import { CLOSE_CODES } from '../../../shared/protocol/closeCodes';
import { type BoardConnection, type BoardConnectionOptions, createBoardConnection } from './connection/createBoardConnection';
import { joinAgain, type ParticipantIdentity } from './voting/participantIdentity';
import { type BoardState, type BoardStore, createBoardStore } from './store/createBoardStore';
import { useProvided } from './useProvided';

/**
 * `role`: the role of the link this page came in with. `participant`: who this person is on the
 * board (null for the projector, which writes nothing); their name is what they write under,
 * their id their key in breakout groups.
 */
export interface BoardOptions extends Omit<BoardConnectionOptions, 'participant'> {
  role: Role;
  name: string;
  participant: ParticipantIdentity | null;
}

/** What this participant may do, by the relay's own rules (shared/board/rules.ts). */
export interface Permissions {
  manageTracks: boolean;
  manageGroups: boolean;
  /** Changes with the lock and the phase. */
  joinGroups: Accessor<boolean>;
  runSession: boolean;
  vote: boolean;
  score: boolean;
  readOnly: boolean;
}

export interface Board {
  boardId: string;
  /** The link token this page came in with. */
  token: string;
  /** The name this participant writes under. */
  name: string;
  role: Role;
  /** This participant's key in breakout groups ('' for the projector). */
  memberKey: string;
  /** The board's content: lanes, cards, comments, groups, meta. */
  doc: Y.Doc;
  /** The session document: phase, timer, modes, follow. */
  sessionDoc: Y.Doc;
  connection: BoardConnection;
  state: BoardState;
  /** Every card as a plain object, re-read at any card change (for sums over the whole board). */
  plainCards: BoardStore['plainCards'];
  /** Calls back with each change of the content once `state` holds it (the canvas's spatial index follows it). */
  onApplied: BoardStore['onApplied'];
  undo: Y.UndoManager;
  /** Whether this participant may edit content now (the lock and the phase can take it away). */
  canEdit: Accessor<boolean>;
  /** Whether the board offers adding ideas now: editing, and not while the room votes or scores. */
  offersNewIdeas: Accessor<boolean>;
  can: Permissions;
  /** When the last deletion ran (0: none yet), for the Undo offer. */
  lastDeletion: Accessor<number>;
  /** Runs a deletion as its own undo step and offers Undo for it. */
  deleteWithUndo: (remove: () => void) => void;
}

export function createBoard(options: BoardOptions): Board {
  // Fields one by one: spreading Solid props would read `children` here, outside the provider.
  const connection = createBoardConnection({
    boardId: options.boardId,
    token: options.token,
    wsBase: options.wsBase,
    persist: options.persist,
    participant: options.participant?.token,
  });
  const store = createBoardStore(connection.content, connection.session);
  onCleanup(store.dispose);
  // Tracks only transactions without an origin: this participant's own commands, never
  // remote edits (those carry the provider as origin).
  const undo = new Y.UndoManager(
    Object.values(CONTENT).map((name) => connection.content.getMap(name)),
    { captureTimeout: 400 },
  );
  onCleanup(() => undo.destroy());
  const role = options.role;
  // The relay's own rules, so nobody is offered what the server refuses.
  const gate = () => ({ locked: store.state.session.locked, phase: store.state.session.phase });
  const canEdit = createMemo(() => canEditContent(role, gate()));
  const offersNewIdeas = createMemo(() => canEdit() && invitesNewIdeas(store.state.session.phase));
  const can: Permissions = {
    manageTracks: canManageTracks(role),
    manageGroups: canManageGroups(role),
    joinGroups: createMemo(() => canJoinGroups(role, gate())),
    runSession: canRunSession(role),
    vote: canVote(role),
    score: canScore(role),
    readOnly: isReadOnlyRole(role),
  };
  createEffect(() => connection.fatalClose() === CLOSE_CODES.identityUnknown && joinAgain(options.boardId, role));
  const [lastDeletion, setLastDeletion] = createSignal(0);
  return {
    boardId: options.boardId,
    token: options.token,
    name: options.participant?.name ?? options.name,
    role,
    memberKey: options.participant?.id ?? '',
    doc: connection.content,
    sessionDoc: connection.session,
    connection,
    state: store.state,
    plainCards: store.plainCards,
    onApplied: store.onApplied,
    undo,
    canEdit,
    offersNewIdeas,
    can,
    lastDeletion,
    deleteWithUndo: (remove) => {
      undo.stopCapturing();
      remove();
      undo.stopCapturing();
      setLastDeletion(Date.now());
    },
  };
}

const BoardContext = createContext<Board>();

export function BoardModelProvider(props: ParentProps<BoardOptions>) {
  const board = createBoard(props);
  return <BoardContext.Provider value={board}>{props.children}</BoardContext.Provider>;
}

export const useBoard = (): Board => useProvided(BoardContext, 'BoardModelProvider');
