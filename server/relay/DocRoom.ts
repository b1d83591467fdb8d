/**
 * One live Yjs document of a board (content or session) and the connections that opened it.
 *
 * The path of a client's update: check what it changes against the writer's role and the schema
 * (UpdateGuard.ts) → apply it to the in-memory doc, capturing the delta Yjs actually integrated →
 * queue that delta in the commit pipeline → once durable, send it to every other connection and
 * publish it on the bus. A refused update touches nothing; one that changes nothing is neither
 * stored nor sent. Sync replies are held behind pending commits, so no client ever receives
 * state the store could still lose; if applying ever fails half-way, the board is evicted and
 * reloaded from the store, so what is served never differs from what is stored.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { encodeAwareness, encodePermissionDenied, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type RelayMessage } from '../../shared/protocol/messages';
import { decodeAwarenessUpdate } from '../../shared/protocol/awareness';
import { AppError } from '../errors';
import type { Connection } from './Connection';
import { docName, type DocKind } from './docNames';
import { BUS_ORIGIN, type Origin } from './origins';
import type { RoomContext } from './RoomContext';
import { appended } from './compactionPolicy';
import { FlushPacer, PRESENCE_PACING, UPDATE_PACING } from './FlushPacer';
import { UpdateBatch } from './UpdateBatch';
import { ApplyFailed, applyCapturing, captureChanges } from './applyCapturing';
import { guardUpdate, type Judge } from './UpdateGuard';
import type { Verdict } from '../../shared/board/updatePolicy';

/** How many presence identities one connection may publish (one per tab is the norm). */
const MAX_AWARENESS_IDS_PER_CONNECTION = 4;

export class DocRoom {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  readonly name: string;
  /** The stored log since the last compaction, which drives background compaction (compactionPolicy.ts). */
  uncompacted = 0;
  uncompactedBytes = 0;
  storedBytes = 0;
  compacting: Promise<void> | null = null;
  private fullState: Uint8Array | null = null;
  private readonly awarenessOwners = new Map<number, Connection>();
  private readonly changedLocal = new Set<number>();
  private readonly changedRemote = new Set<number>();
  /** Presence changes go out at most as often as the room's frame budget allows (FlushPacer.ts). */
  private readonly awarenessPacer = new FlushPacer(
    () => this.flushAwareness(),
    () => this.connections.size,
    setImmediate,
    PRESENCE_PACING,
  );
  /** Durable updates of one commit group (or several, under load): one frame per connection, one bus message. */
  private readonly fanOut = new UpdateBatch<Connection>(
    (update, except) => {
      this.broadcast(encodeUpdate(update), except);
      this.ctx.bus.publish({ kind: 'update', boardId: this.boardId, doc: this.kind, update, node: this.ctx.nodeId });
    },
    (flush) => new FlushPacer(flush, () => this.connections.size, queueMicrotask, UPDATE_PACING),
  );
  private destroyed = false;

  constructor(
    readonly boardId: string,
    readonly kind: DocKind,
    private readonly ctx: RoomContext,
    private readonly judge: Judge,
    /** Called with each accepted client update's verdict (the board records new records' authors). */
    private readonly onAccepted: (verdict: Extract<Verdict, { ok: true }>) => void = () => {},
  ) {
    this.name = docName(boardId, kind);
    // The server publishes no presence of its own.
    this.awareness.setLocalState(null);
    // Not an 'update' listener: with one, Yjs encodes every transaction as an update, and the
    // transaction that loads a board would be encoded whole (20–80 ms on 5,000 cards) for nothing.
    this.doc.on('afterTransaction', () => {
      this.fullState = null;
    });
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Greets a new connection: our state vector (so it sends what we miss) and who is here. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) {
      connection.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, present)));
    }
  }

  leave(connection: Connection): void {
    this.connections.delete(connection);
    const ids = [...connection.awarenessIds];
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, connection);
  }

  /** Dispatch table for decoded messages. Throws AppError for what must close the connection. */
  handle(connection: Connection, message: RelayMessage): void {
    switch (message.type) {
      case 'sync-step-1':
        return this.answerSyncStep1(connection, message.stateVector);
      case 'sync-step-2':
      case 'update':
        return this.write(connection, message.update);
      case 'awareness':
        return this.applyClientAwareness(connection, message.update);
      case 'query-awareness':
        return connection.send(this.encodeAllAwareness());
      case 'permission-denied':
        // Only servers send this; a client sending it is confused but harmless.
        return;
    }
  }

  /** Applies an update or repair another node made durable; forwards (and reports) only what was new here. */
  applyFromBus(update: Uint8Array): boolean {
    const change = this.applyOrEvict(update, BUS_ORIGIN);
    if (change) this.broadcast(encodeUpdate(change), null);
    return change !== null;
  }

  applyAwarenessFromBus(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, BUS_ORIGIN);
  }

  /** Closes every connection of this document (board unloaded or evicted). */
  closeAll(reason: 'going-away' | 'unavailable', message: string): void {
    for (const connection of [...this.connections]) connection.close(reason, message);
  }

  destroy(): void {
    // Durable updates still waiting for the pacer go to the bus (and anyone left) first.
    this.fanOut.flushNow();
    this.awarenessPacer.cancel();
    this.destroyed = true;
    this.awareness.destroy();
    this.doc.destroy();
  }

  private answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    let update: Uint8Array;
    try {
      update = isEmptyStateVector(stateVector) ? (this.fullState ??= Y.encodeStateAsUpdate(this.doc)) : Y.encodeStateAsUpdate(this.doc, stateVector);
    } catch {
      throw new AppError('malformed-message', 'malformed state vector');
    }
    const reply = encodeSyncStep2(update);
    this.ctx.pipeline.afterPending(this.boardId, () => connection.send(reply));
  }

  private write(connection: Connection, update: Uint8Array): void {
    const received = performance.now();
    const outcome = guardUpdate(this.doc, update, connection, this.judge);
    this.ctx.metrics.updateCheckSeconds.observe((performance.now() - received) / 1000);
    if (!outcome.ok) {
      // No client makes bytes that do not decode: that closes the connection like any malformed frame.
      if (outcome.kind === 'malformed') throw new AppError('malformed-message', outcome.reason);
      this.ctx.metrics.rejectedMessages.inc({ reason: 'update-refused' });
      this.ctx.log.info({ boardId: this.boardId, doc: this.kind, connection: connection.id, reason: outcome.reason }, 'update refused');
      // The sender is told why; the web client then starts again from the server's state.
      connection.send(encodePermissionDenied(outcome.reason));
      return;
    }
    const change = this.applyOrEvict(update, connection satisfies Origin);
    if (!change) return;
    this.commitThenFanOut(change, connection, received);
    this.onAccepted(outcome.verdict);
  }

  /**
   * Applies with `origin` and returns the delta; null when nothing changed. If Yjs fails
   * part-way, the board is evicted (the relay reloads it from the store on the next join).
   */
  private applyOrEvict(update: Uint8Array, origin: unknown): Uint8Array | null {
    try {
      return applyCapturing(this.doc, update, origin);
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): never {
    this.ctx.log.error({ err: error, boardId: this.boardId, doc: this.kind }, 'a change failed part-way; reloading the board from the store');
    this.ctx.evict(this.boardId);
    throw new AppError('unavailable', 'the board is being reloaded; reconnect in a moment');
  }

  /**
   * Runs a change written by the server itself (a migration, an HTTP command such as a vote)
   * and commits and fans out what it wrote, exactly like a client's update. Resolves once that
   * change is durable; rejects if the store refused it (the board is then evicted, so nothing
   * of it is counted or served).
   */
  change(fn: (doc: Y.Doc) => void): Promise<void> {
    let updates: Uint8Array[];
    try {
      updates = captureChanges(this.doc, undefined, () => fn(this.doc));
    } catch (error) {
      if (error instanceof ApplyFailed) this.failed(error.cause);
      throw error;
    }
    const now = performance.now();
    const durable = Promise.all(updates.map((update) => this.commitThenFanOut(update, null, now))).then(() => {});
    // A failed commit evicts the board already; callers that do not wait for this need not hear it again.
    durable.catch(() => {});
    return durable;
  }

  /** Queues the update for the store; fans it out once durable. Resolves then, rejects if the commit failed. */
  private commitThenFanOut(update: Uint8Array, sender: Connection | null, received: number): Promise<void> {
    appended(this, update.byteLength);
    return new Promise((resolve, reject) => {
      this.ctx.pipeline.enqueue(
        this.boardId,
        { doc: this.name, update },
        () => {
          this.fanOut.add(update, sender);
          this.ctx.metrics.fanoutSeconds.observe((performance.now() - received) / 1000);
          this.ctx.afterCommit(this);
          resolve();
        },
        reject,
      );
    });
  }

  private applyClientAwareness(connection: Connection, update: Uint8Array): void {
    const entries = decodeAwarenessUpdate(update);
    for (const { clientId, state } of entries) {
      const owner = this.awarenessOwners.get(clientId);
      if (owner !== undefined && owner !== connection) {
        this.ctx.metrics.rejectedMessages.inc({ reason: 'awareness-not-owned' });
        return;
      }
      if (owner === undefined && state !== null) {
        if (connection.awarenessIds.size >= MAX_AWARENESS_IDS_PER_CONNECTION) {
          this.ctx.metrics.rejectedMessages.inc({ reason: 'awareness-too-many-ids' });
          return;
        }
        this.awarenessOwners.set(clientId, connection);
        connection.awarenessIds.add(clientId);
      }
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
  }

  private readonly onAwarenessUpdate = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    for (const id of change.removed) {
      this.awarenessOwners.get(id)?.awarenessIds.delete(id);
      this.awarenessOwners.delete(id);
    }
    // Presence from this node's clients goes to everyone here and to other nodes; presence
    // from the bus (or timeouts) only to this node's clients.
    const target = origin === BUS_ORIGIN || origin === 'timeout' ? this.changedRemote : this.changedLocal;
    for (const id of [...change.added, ...change.updated, ...change.removed]) target.add(id);
    this.awarenessPacer.request();
  };

  /** Sends all presence changes since the last flush as a single message per connection. */
  private flushAwareness(): void {
    const local = [...this.changedLocal];
    const all = [...new Set([...local, ...this.changedRemote])];
    this.changedLocal.clear();
    this.changedRemote.clear();
    if (all.length === 0 || this.destroyed) return;
    this.broadcast(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, all)), null);
    if (local.length > 0) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, local);
      this.ctx.bus.publish({ kind: 'awareness', boardId: this.boardId, doc: this.kind, update, node: this.ctx.nodeId });
    }
  }

  private encodeAllAwareness(): Uint8Array {
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]));
  }

  private broadcast(frame: Uint8Array, except: Connection | null): void {
    let sent = 0;
    for (const connection of this.connections) {
      if (connection === except) continue;
      connection.send(frame);
      sent++;
    }
    this.ctx.metrics.messagesOut.inc(sent);
  }
}

/** A state vector with no clients: a fresh joiner, who gets the cached full state. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
