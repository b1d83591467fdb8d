/**
 * Who is on the board, where their cursor is and which card they are editing, from awareness.
 * Remote states are validated before use: a peer can send anything.
 */
import { createSignal, onCleanup } from 'solid-js';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '../../../../shared/board/types';
import { presenceStateSchema } from '../../../../shared/protocol/presence';

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  role: Role;
  memberKey: string | null;
  privateIdeas: number;
  cursor: { x: number; y: number } | null;
  editing: string | null;
  self: boolean;
}

/** Sends at most one cursor update per this many milliseconds. */
const CURSOR_INTERVAL_MS = 50;

export function createPresence(awareness: Awareness, me: { name: string; color: string; role: Role; memberKey: string }) {
  awareness.setLocalState({ user: me, cursor: null, editing: null });
  const [peers, setPeers] = createSignal<Peer[]>([]);

  const refresh = () => {
    const list: Peer[] = [];
    awareness.getStates().forEach((raw, clientId) => {
      const parsed = presenceStateSchema.safeParse(raw);
      if (!parsed.success) return;
      const { user, cursor, editing, privateIdeas } = parsed.data;
      list.push({
        clientId,
        ...user,
        memberKey: user.memberKey ?? null,
        privateIdeas: privateIdeas ?? 0,
        cursor: cursor ?? null,
        editing: editing ?? null,
        self: clientId === awareness.clientID,
      });
    });
    list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
    setPeers(list);
  };
  awareness.on('change', refresh);
  refresh();

  let lastSent = 0;
  let pending: { x: number; y: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flushCursor = () => {
    lastSent = performance.now();
    awareness.setLocalStateField('cursor', pending);
  };
  const moveCursor = (position: { x: number; y: number } | null) => {
    pending = position;
    const wait = CURSOR_INTERVAL_MS - (performance.now() - lastSent);
    if (wait <= 0) flushCursor();
    else if (!timer) {
      timer = setTimeout(() => {
        timer = undefined;
        flushCursor();
      }, wait);
    }
  };
  const setEditing = (cardId: string | null) => awareness.setLocalStateField('editing', cardId);
  const setPrivateIdeas = (count: number) => awareness.setLocalStateField('privateIdeas', count);

  onCleanup(() => {
    clearTimeout(timer);
    awareness.off('change', refresh);
    awareness.setLocalState(null);
  });
  return { peers, moveCursor, setEditing, setPrivateIdeas };
}

export type Presence = ReturnType<typeof createPresence>;
