/**
 * Who is on the board, where their cursor is and which card they are editing, from awareness.
 * Remote states are validated before use: a peer can send anything.
 */
import { createSignal, onCleanup } from 'solid-js';
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';
import { ROLES, type Role } from '../../../../shared/board/types';

const peerSchema = z.object({
  user: z.object({ name: z.string().max(100), color: z.string().regex(/^#[0-9a-f]{6}$/i), role: z.enum(ROLES) }),
  cursor: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable().optional(),
  editing: z.string().max(64).nullable().optional(),
});

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  role: Role;
  cursor: { x: number; y: number } | null;
  editing: string | null;
  self: boolean;
}

/** Sends at most one cursor update per this many milliseconds. */
const CURSOR_INTERVAL_MS = 50;

export function createPresence(awareness: Awareness, me: { name: string; color: string; role: Role }) {
  awareness.setLocalState({ user: me, cursor: null, editing: null });
  const [peers, setPeers] = createSignal<Peer[]>([]);

  const refresh = () => {
    const list: Peer[] = [];
    awareness.getStates().forEach((raw, clientId) => {
      const parsed = peerSchema.safeParse(raw);
      if (!parsed.success) return;
      const { user, cursor, editing } = parsed.data;
      list.push({ clientId, ...user, cursor: cursor ?? null, editing: editing ?? null, self: clientId === awareness.clientID });
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

  onCleanup(() => {
    clearTimeout(timer);
    awareness.off('change', refresh);
    awareness.setLocalState(null);
  });
  return { peers, moveCursor, setEditing };
}

export type Presence = ReturnType<typeof createPresence>;
