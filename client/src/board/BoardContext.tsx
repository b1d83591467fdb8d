/**
 * Everything a board page needs, composed once and provided through context: the connection,
 * the store, presence, undo, filters, and what this participant may do.
 */
import { createContext, createEffect, createMemo, createSignal, on, onCleanup, useContext, type ParentProps } from 'solid-js';
import * as Y from 'yjs';
import {
  canAdministerBoard,
  canEditContent,
  canJoinGroups,
  canManageGroups,
  canManageTracks,
  canRunSession,
  canScore,
  canSeeFacilitatorCounts,
  canVote,
  isReadOnlyRole,
} from '../../../shared/board/rules';
import { type Rect, sameRect } from '../../../shared/board';
import { CLOSE_CODES } from '../../../shared/protocol/closeCodes';
import type { BoardInfo } from '../api/api';
import { presenceColor } from '../local/identity';
import { createBoardConnection, type BoardConnectionOptions } from './connection/createBoardConnection';
import { createFilters } from './createFilters';
import { createServerClock } from './session/createServerClock';
import { createBallot } from './voting/createBallot';
import { forgetIdentity, type ParticipantIdentity } from './voting/participantIdentity';
import { createScoring } from './voting/createScoring';
import { createPresence } from './presence/createPresence';
import { createBreakout } from './groups/createBreakout';
import { createFollow } from './follow/createFollow';
import { createPrivateIdeas } from './private/createPrivateIdeas';
import { createBoardStore } from './store/createBoardStore';

/**
 * `participant`: who this person is on the board (null for the projector, which writes
 * nothing); their name is what they write under, their id their key in breakout groups.
 */
export interface BoardOptions extends Omit<BoardConnectionOptions, 'participant'> {
  info: BoardInfo;
  name: string;
  participant: ParticipantIdentity | null;
}

function createBoard(options: BoardOptions) {
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
  const name = options.participant?.name ?? options.name;
  const memberKey = options.participant?.id ?? '';
  const presence = createPresence(connection.awareness, { name, color: presenceColor(name), role: options.info.role, memberKey });
  // Tracks only transactions without an origin: this participant's own commands, never
  // remote edits (those carry the provider as origin).
  const undo = new Y.UndoManager(
    [
      connection.content.getMap('lanes'),
      connection.content.getMap('cards'),
      connection.content.getMap('comments'),
      connection.content.getMap('groups'),
      connection.content.getMap('meta'),
    ],
    { captureTimeout: 400 },
  );
  onCleanup(() => undo.destroy());
  const role = options.info.role;
  // The relay's own rules (shared/board/rules.ts), so nobody is offered what the server refuses.
  const gate = () => ({ locked: store.state.session.locked, phase: store.state.session.phase });
  const canEdit = createMemo(() => canEditContent(role, gate()));
  const can = {
    manageTracks: canManageTracks(role),
    manageGroups: canManageGroups(role),
    joinGroups: createMemo(() => canJoinGroups(role, gate())),
    runSession: canRunSession(role),
    vote: canVote(role),
    score: canScore(role),
    administer: canAdministerBoard(role),
    seeFacilitatorCounts: canSeeFacilitatorCounts(role),
    readOnly: isReadOnlyRole(role),
  };
  const clock = createServerClock();
  // The server no longer knows this identity (a restored board, a copied profile): join again.
  const startAgain = () => {
    forgetIdentity(options.boardId, role);
    location.reload();
  };
  createEffect(() => connection.fatalClose() === CLOSE_CODES.identityUnknown && startAgain());
  const participantToken = options.participant?.token ?? '';
  const ballot = createBallot({ boardId: options.boardId, token: options.token, participant: participantToken, onUnknownIdentity: startAgain });
  const scoring = createScoring({ boardId: options.boardId, token: options.token, participant: participantToken, onUnknownIdentity: startAgain });
  createEffect(
    on(
      // Criteria edited during scoring reach the experts' forms too.
      () => [store.state.session.phase === 'scoring' && can.score, JSON.stringify(store.state.session.criteria)] as const,
      ([scoringOpen]) => scoringOpen && void scoring.refresh(),
    ),
  );
  // Fetch the ballot when voting opens (and when it is revealed), not before anyone needs it.
  createEffect(
    on(
      () => store.state.session.phase === 'voting' && can.vote,
      (voting) => voting && void ballot.refresh(),
    ),
  );
  const filters = createFilters(() => store.state);
  const [openCardId, setOpenCardId] = createSignal<string | null>(null);
  const [lastDeletion, setLastDeletion] = createSignal(0);
  const openCard = (id: string | null) => {
    setOpenCardId(id);
    presence.setEditing(id);
  };
  const breakout = createBreakout(store.state, memberKey);
  const [focusedLaneId, setFocusedLaneId] = createSignal<string | null>(null);
  // Where the canvas camera is asked to go (a lane, or an area someone else is looking at); the
  // canvas, when it is on screen, frames it. Every request counts, even the same one again.
  const [cameraRequest, requestCamera] = createSignal<CameraRequest | null>(null, { equals: false });
  // What the canvas shows once its camera rests; null while the list is on screen.
  const [viewArea, setViewArea] = createSignal<Rect | null>(null, { equals: sameRect });
  const showLane = (laneId: string) => {
    if (!breakout.visibleLanes().some((lane) => lane.id === laneId)) breakout.setShowWholeBoard(true);
    setFocusedLaneId(laneId);
    requestCamera({ kind: 'lane', laneId });
    requestAnimationFrame(() =>
      document.querySelector(`[data-lane-id="${CSS.escape(laneId)}"]`)?.scrollIntoView({ block: 'nearest', inline: 'start', behavior: 'smooth' }),
    );
  };
  // A group member lands on their track when the breakout starts (or when they join a group).
  createEffect(
    on(
      () => (breakout.focused() ? breakout.myLanes()[0]?.id : undefined),
      (laneId) => laneId && showLane(laneId),
    ),
  );
  const [slide, setSlide] = createSignal<number | null>(null);
  const follow = createFollow({
    sessionDoc: connection.session,
    follow: () => store.state.session.follow,
    isFacilitator: can.runSession,
    name,
    focusedLaneId,
    openCardId,
    showLane,
    openCard,
    slide,
    showSlide: setSlide,
    viewArea,
    showArea: (area) => requestCamera({ kind: 'area', area }),
  });
  const privateIdeas = createPrivateIdeas({
    boardId: options.boardId,
    doc: connection.content,
    author: name,
    ready: connection.sessionSynced,
    privateMode: () => store.state.session.privateMode,
    canPublish: canEdit,
    onCount: presence.setPrivateIdeas,
  });
  return {
    boardId: options.boardId,
    token: options.token,
    info: options.info,
    name,
    role,
    doc: connection.content,
    sessionDoc: connection.session,
    clock,
    ballot,
    scoring,
    connection,
    state: store.state,
    presence,
    undo,
    canEdit,
    /** What this participant may do, by the shared rules. */
    can,
    filters,
    openCardId,
    openCard,
    memberKey,
    breakout,
    focusedLaneId,
    focusLane: setFocusedLaneId,
    showLane,
    /** Where the canvas is asked to take its camera. */
    cameraRequest,
    /** Flies the canvas camera to a lane (a presentation's track slide). */
    flyToLane: (laneId: string) => requestCamera({ kind: 'lane', laneId, fly: true }),
    /** The canvas reports what it shows (null when it leaves the screen). */
    viewArea,
    setViewArea,
    follow,
    /** The presentation slide on screen; null when not presenting. */
    slide,
    showSlide: setSlide,
    privateIdeas,
    lastDeletion,
    /** Runs a deletion as its own undo step and offers Undo for it. */
    deleteWithUndo: (remove: () => void) => {
      undo.stopCapturing();
      remove();
      undo.stopCapturing();
      setLastDeletion(Date.now());
    },
  };
}

/** A place the canvas camera is asked to frame. */
export type CameraRequest = { kind: 'lane'; laneId: string; fly?: boolean } | { kind: 'area'; area: Rect };

export type Board = ReturnType<typeof createBoard>;
const BoardContext = createContext<Board>();

export function BoardProvider(props: ParentProps<BoardOptions>) {
  const board = createBoard(props);
  return <BoardContext.Provider value={board}>{props.children}</BoardContext.Provider>;
}

export function useBoard(): Board {
  const board = useContext(BoardContext);
  if (!board) throw new Error('useBoard outside BoardProvider');
  return board;
}
