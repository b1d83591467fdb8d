/**
 * Who is on the board, where their cursor is and which card they are editing, from awareness.
 * Remote states are validated before use: a peer can send anything.
 */
import { createSignal, onCleanup } from 'solid-js';
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
  cursor: { x: number; y: number; view?: 'list' | 'canvas' | undefined } | null;
  editing: string | null;
  /** Cards this peer is dragging on the canvas, and how far. */
  drag: { ids: string[]; dx: number; dy: number } | null;
  /** Cards this peer has selected on the canvas. */
  selection: string[];
  self: boolean;
}

/** Sends at most one cursor update per this many milliseconds. */
const CURSOR_INTERVAL_MS = 50;
/** A live drag, and a selection (a marquee changes it at every pointer move), reach others at up to 30 updates a second. */
const DRAG_INTERVAL_MS = 33;

export function createPresence(awareness: Awareness, me: { name: string; color: string; role: Role; memberKey: string }) {
  awareness.setLocalState({ user: me, cursor: null, editing: null });
  const [peers, setPeers] = createSignal<Peer[]>([]);

  const refresh = () => {
    const list: Peer[] = [];
    awareness.getStates().forEach((raw, clientId) => {
      const parsed = presenceStateSchema.safeParse(raw);
      if (!parsed.success) return;
      const { user, cursor, editing, privateIdeas, drag, selection } = parsed.data;
      list.push({
        clientId,
        ...user,
        memberKey: user.memberKey ?? null,
        privateIdeas: privateIdeas ?? 0,
        cursor: cursor ?? null,
        editing: editing ?? null,
        drag: drag ?? null,
        selection: selection ?? [],
        self: clientId === awareness.clientID,
      });
    });
    list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
    setPeers(list);
  };
  awareness.on('change', refresh);
  refresh();

  const cursorField = pacedField(awareness, 'cursor', CURSOR_INTERVAL_MS);
  const dragField = pacedField(awareness, 'drag', DRAG_INTERVAL_MS);
  const selectionField = pacedField(awareness, 'selection', DRAG_INTERVAL_MS);
  const moveCursor = (position: Peer['cursor']) => cursorField.set(position);
  const setEditing = (cardId: string | null) => awareness.setLocalStateField('editing', cardId);
  /** Shows a drag in progress to others (paced); `null` ends it at once. */
  const setDrag = (drag: Peer['drag']) => {
    if (drag) dragField.set({ ...drag, ids: drag.ids.slice(0, MAX_DRAGGED) });
    else dragField.setNow(null);
  };
  const setPrivateIdeas = (count: number) => awareness.setLocalStateField('privateIdeas', count);
  const setSelection = (ids: readonly string[]) => selectionField.set(ids.slice(0, MAX_DRAGGED));

  onCleanup(() => {
    cursorField.cancel();
    dragField.cancel();
    selectionField.cancel();
    awareness.off('change', refresh);
    awareness.setLocalState(null);
  });
  return { peers, moveCursor, setEditing, setPrivateIdeas, setDrag, setSelection };
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
