/**
 * Who is on the board, from awareness, as separate feeds that change at their own pace: the
 * people (name, colour, role, the card they edit: this changes rarely, and every list of people
 * reads it), their cursors (each its own signal, so a cursor tick moves one arrow and re-renders
 * nothing else), the drags in progress and the selections (both at up to 30 Hz). Only the
 * clients an awareness change names are read again; remote states are validated before use:
 * a peer can send anything.
 */
import { type Accessor, batch, createSignal, onCleanup } from 'solid-js';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '../../../../shared/board/types';
import { MAX_DRAGGED, presenceStateSchema } from '../../../../shared/protocol/presence';

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  role: Role;
  memberKey: string | null;
  privateIdeas: number;
  editing: string | null;
  self: boolean;
}

export type CursorPosition = { x: number; y: number; view?: 'list' | 'canvas' | undefined };

/** Someone else's cursor: who, and where it is now (a signal of its own). */
export interface RemoteCursorFeed {
  clientId: number;
  name: string;
  color: string;
  position: Accessor<CursorPosition>;
}

/** Someone else's drag on the canvas in progress: which cards, how far. */
export interface RemoteDragFeed {
  clientId: number;
  name: string;
  color: string;
  ids: string[];
  dx: number;
  dy: number;
}

/** The cards someone else has selected on the canvas. */
export interface RemoteSelectionFeed {
  clientId: number;
  color: string;
  ids: string[];
}

/** Sends at most one cursor update per this many milliseconds. */
const CURSOR_INTERVAL_MS = 50;
/** A live drag, and a selection (a marquee changes it at every pointer move), reach others at up to 30 updates a second. */
const DRAG_INTERVAL_MS = 33;

interface Known {
  peer: Peer;
  /** The peer's fields as one string: the people feed changes only when one of them did. */
  peerKey: string;
  cursor: CursorPosition | null;
  drag: { ids: string[]; dx: number; dy: number } | null;
  selection: string[];
}

export function createPresence(awareness: Awareness, me: { name: string; color: string; role: Role; memberKey: string }) {
  awareness.setLocalState({ user: me, cursor: null, editing: null });
  const [peers, setPeers] = createSignal<Peer[]>([]);
  const [cursors, setCursors] = createSignal<RemoteCursorFeed[]>([]);
  const [drags, setDrags] = createSignal<RemoteDragFeed[]>([]);
  const [selections, setSelections] = createSignal<RemoteSelectionFeed[]>([]);
  const known = new Map<number, Known>();
  /** Each other person's cursor, with the setter of its position. */
  const cursorFeeds = new Map<number, { feed: RemoteCursorFeed; move: (at: CursorPosition) => void }>();

  const read = (clientId: number): Known | null => {
    const parsed = presenceStateSchema.safeParse(awareness.getStates().get(clientId));
    if (!parsed.success) return null;
    const { user, cursor, editing, privateIdeas, drag, selection } = parsed.data;
    const peer: Peer = {
      clientId,
      ...user,
      memberKey: user.memberKey ?? null,
      privateIdeas: privateIdeas ?? 0,
      editing: editing ?? null,
      self: clientId === awareness.clientID,
    };
    const peerKey = JSON.stringify([peer.name, peer.color, peer.role, peer.memberKey, peer.privateIdeas, peer.editing]);
    return { peer, peerKey, cursor: cursor ?? null, drag: drag ?? null, selection: selection ?? [] };
  };

  /** Reads again the clients an awareness change names, and refreshes only the feeds that changed. */
  const refresh = (changed: Iterable<number>) => {
    let peopleChanged = false;
    let cursorsChanged = false;
    let dragsChanged = false;
    let selectionsChanged = false;
    batch(() => {
      for (const clientId of changed) {
        const before = known.get(clientId) ?? null;
        const now = read(clientId);
        if (now) known.set(clientId, now);
        else known.delete(clientId);
        if (before?.peerKey !== now?.peerKey) peopleChanged = true;
        if ((before?.drag ?? null) !== null || (now?.drag ?? null) !== null) dragsChanged ||= JSON.stringify(before?.drag) !== JSON.stringify(now?.drag);
        if ((before?.selection.length ?? 0) > 0 || (now?.selection.length ?? 0) > 0)
          selectionsChanged ||= JSON.stringify(before?.selection) !== JSON.stringify(now?.selection);
        if (clientId === awareness.clientID) continue;
        const feed = cursorFeeds.get(clientId);
        const cursor = now?.cursor ?? null;
        if (feed && cursor && feed.feed.name === now!.peer.name && feed.feed.color === now!.peer.color) feed.move(cursor);
        else if (feed || cursor) {
          cursorFeeds.delete(clientId);
          if (cursor) {
            const [position, move] = createSignal<CursorPosition>(cursor);
            cursorFeeds.set(clientId, { feed: { clientId, name: now!.peer.name, color: now!.peer.color, position }, move });
          }
          cursorsChanged = true;
        }
      }
      const others = [...known.values()].filter((entry) => !entry.peer.self);
      if (peopleChanged) {
        const list = [...known.values()].map((entry) => entry.peer);
        list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, undefined, { numeric: true }));
        setPeers(list);
      }
      if (cursorsChanged) setCursors([...cursorFeeds.values()].map((entry) => entry.feed));
      if (dragsChanged) setDrags(others.flatMap(({ peer, drag }) => (drag ? [{ clientId: peer.clientId, name: peer.name, color: peer.color, ...drag }] : [])));
      if (selectionsChanged)
        setSelections(others.flatMap(({ peer, selection }) => (selection.length > 0 ? [{ clientId: peer.clientId, color: peer.color, ids: selection }] : [])));
    });
  };
  const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => refresh([...added, ...updated, ...removed]);
  awareness.on('change', onChange);
  refresh(awareness.getStates().keys());

  const cursorField = pacedField(awareness, 'cursor', CURSOR_INTERVAL_MS);
  const dragField = pacedField(awareness, 'drag', DRAG_INTERVAL_MS);
  const selectionField = pacedField(awareness, 'selection', DRAG_INTERVAL_MS);
  const moveCursor = (position: CursorPosition | null) => cursorField.set(position);
  const setEditing = (cardId: string | null) => awareness.setLocalStateField('editing', cardId);
  /** Shows a drag in progress to others (paced); `null` ends it at once. */
  const setDrag = (drag: { ids: string[]; dx: number; dy: number } | null) => {
    if (drag) dragField.set({ ...drag, ids: drag.ids.slice(0, MAX_DRAGGED) });
    else dragField.setNow(null);
  };
  const setPrivateIdeas = (count: number) => awareness.setLocalStateField('privateIdeas', count);
  const setSelection = (ids: readonly string[]) => selectionField.set(ids.slice(0, MAX_DRAGGED));

  onCleanup(() => {
    cursorField.cancel();
    dragField.cancel();
    selectionField.cancel();
    awareness.off('change', onChange);
    awareness.setLocalState(null);
  });
  return { peers, cursors, drags, selections, moveCursor, setEditing, setPrivateIdeas, setDrag, setSelection };
}

export type Presence = ReturnType<typeof createPresence>;

/**
 * A presence field sent at most once per `intervalMs`: the latest value wins, the last one is
 * always sent (so a cursor comes to rest where the pointer stopped).
 */
function pacedField(awareness: Awareness, field: string, intervalMs: number) {
  let sentAt = 0;
  let pending: unknown = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    sentAt = performance.now();
    awareness.setLocalStateField(field, pending);
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    set(value: unknown) {
      pending = value;
      const wait = intervalMs - (performance.now() - sentAt);
      if (wait <= 0) flush();
      else
        timer ??= setTimeout(() => {
          timer = undefined;
          flush();
        }, wait);
    },
    setNow(value: unknown) {
      cancel();
      pending = value;
      flush();
    },
    cancel,
  };
}
