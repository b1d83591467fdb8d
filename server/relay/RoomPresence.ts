/**
 * Presence (awareness) of one room: who is here, their cursors and names. Never stored.
 *
 * What the relay enforces: a connection publishes only the presence ids it owns (at most a
 * few), only states that carry its own role (`presenceRefusal`), and what only facilitators may
 * see (how many private ideas someone holds) reaches only facilitators (`presenceFor`).
 * Changes are coalesced per room and sent as one frame per connection within the room's frame
 * budget (FlushPacer.ts); presence from this node's clients also goes to the other nodes.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { canSeeFacilitatorCounts } from '../../shared/board/rules';
import { decodeAwarenessUpdate } from '../../shared/protocol/awareness';
import { encodeAwareness } from '../../shared/protocol/messages';
import { hasFacilitatorOnlyFields, presenceFor, presenceRefusal } from '../../shared/protocol/presence';
import type { Connection } from './Connection';
import type { DocKind } from './docNames';
import { FlushPacer, PRESENCE_PACING } from './FlushPacer';
import { BUS_ORIGIN } from './origins';
import type { RoomContext } from './RoomContext';

/** How many presence identities one connection may publish (one per tab is the norm). */
const MAX_AWARENESS_IDS_PER_CONNECTION = 4;

type States = Map<number, Record<string, unknown>>;

export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owners = new Map<number, Connection>();
  private readonly changedLocal = new Set<number>();
  private readonly changedRemote = new Set<number>();
  private readonly pacer: FlushPacer;
  private destroyed = false;

  constructor(
    doc: Y.Doc,
    private readonly boardId: string,
    private readonly kind: DocKind,
    private readonly connections: ReadonlySet<Connection>,
    private readonly ctx: RoomContext,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server publishes no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
    this.pacer = new FlushPacer(
      () => this.flush(),
      () => this.connections.size,
      setImmediate,
      PRESENCE_PACING,
    );
  }

  /** Everyone present, as this connection may see them (a joiner's first view, or its query). */
  snapshotFor(connection: Connection): Uint8Array | null {
    const present = [...this.awareness.getStates().keys()];
    return present.length === 0 ? null : this.encodeFor(connection, present);
  }

  /** Takes a client's presence update, or drops it whole (counted) when it breaks a rule. */
  applyFromClient(connection: Connection, update: Uint8Array): void {
    const entries = decodeAwarenessUpdate(update);
    for (const { clientId, state } of entries) {
      const owner = this.owners.get(clientId);
      if (owner !== undefined && owner !== connection) return this.refuse('awareness-not-owned');
      if (state !== null && presenceRefusal(state, connection.role)) return this.refuse('awareness-wrong-role');
      if (owner === undefined && state !== null && connection.awarenessIds.size >= MAX_AWARENESS_IDS_PER_CONNECTION)
        return this.refuse('awareness-too-many-ids');
    }
    for (const { clientId, state } of entries) {
      if (state === null || this.owners.has(clientId)) continue;
      this.owners.set(clientId, connection);
      connection.awarenessIds.add(clientId);
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
  }

  applyFromBus(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, BUS_ORIGIN);
  }

  /** A connection left: its presence goes with it. */
  leave(connection: Connection): void {
    const ids = [...connection.awarenessIds];
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, connection);
  }

  destroy(): void {
    this.destroyed = true;
    this.pacer.cancel();
    this.awareness.destroy();
  }

  private refuse(reason: string): void {
    this.ctx.metrics.rejectedMessages.inc({ reason });
  }

  private readonly onUpdate = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    for (const id of change.removed) {
      this.owners.get(id)?.awarenessIds.delete(id);
      this.owners.delete(id);
    }
    // Presence from this node's clients goes to everyone here and to other nodes; presence
    // from the bus (or timeouts) only to this node's clients.
    const target = origin === BUS_ORIGIN || origin === 'timeout' ? this.changedRemote : this.changedLocal;
    for (const id of [...change.added, ...change.updated, ...change.removed]) target.add(id);
    this.pacer.request();
  };

  /** Sends all presence changes since the last flush, one frame per connection (two variants at most). */
  private flush(): void {
    const local = [...this.changedLocal];
    const all = [...new Set([...local, ...this.changedRemote])];
    this.changedLocal.clear();
    this.changedRemote.clear();
    if (all.length === 0 || this.destroyed) return;
    const full = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, all));
    const restricted = this.restricts(all) ? this.encodeRestricted(all) : full;
    let sent = 0;
    for (const connection of this.connections) {
      connection.send(canSeeFacilitatorCounts(connection.role) ? full : restricted, 'presence');
      sent++;
    }
    this.ctx.metrics.messagesOut.inc(sent);
    if (local.length > 0) {
      // Other nodes get everything and filter for their own connections.
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, local);
      this.ctx.bus.publish({ kind: 'awareness', boardId: this.boardId, doc: this.kind, update, node: this.ctx.nodeId });
    }
  }

  private encodeFor(connection: Connection, ids: number[]): Uint8Array {
    if (canSeeFacilitatorCounts(connection.role) || !this.restricts(ids)) return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
    return this.encodeRestricted(ids);
  }

  private restricts(ids: number[]): boolean {
    const states = this.awareness.getStates() as States;
    return ids.some((id) => {
      const state = states.get(id);
      return state !== undefined && hasFacilitatorOnlyFields(state);
    });
  }

  private encodeRestricted(ids: number[]): Uint8Array {
    const states = this.awareness.getStates() as States;
    const visible: States = new Map();
    for (const id of ids) {
      const state = states.get(id);
      if (state !== undefined) visible.set(id, presenceFor('viewer', state));
    }
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids, visible));
  }
}
