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
import { encodePermissionDenied, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type RelayMessage } from '../../shared/protocol/messages';
import { AppError } from '../errors';
import type { Connection } from './Connection';
import { docName, type DocKind } from './docNames';
import { BUS_ORIGIN, type Origin } from './origins';
import type { RoomContext } from './RoomContext';
import { appended } from './compactionPolicy';
import { FlushPacer, UPDATE_PACING } from './FlushPacer';
import { RoomPresence } from './RoomPresence';
import { UpdateBatch } from './UpdateBatch';
import { ApplyFailed, applyCapturing, captureChanges } from './applyCapturing';
import { FullStateCache } from './FullStateCache';
import { guardUpdate, type Judge } from './UpdateGuard';
import type { Verdict } from '../../shared/board/updatePolicy';
import { unreachable } from '../../shared/unreachable';

/**
 * A sync step 1 whose state vector lacks a quarter of the document's clock units, or more than
 * this many, asks for a large part of the board: it is a costly request (Connection.takeCostly).
 */
const COSTLY_MISSING_CLOCKS = 4096;

export class DocRoom {
  readonly doc = new Y.Doc({ gc: true });
  readonly connections = new Set<Connection>();
  readonly presence: RoomPresence;
  readonly name: string;
  /** The stored log since the last compaction, which drives background compaction (compactionPolicy.ts). */
  uncompacted = 0;
  uncompactedBytes = 0;
  storedBytes = 0;
  compacting: Promise<void> | null = null;
  /** What a joiner asking for the whole board is sent, encoded once per change. */
  private readonly fullState = new FullStateCache(this.doc);
  /** Durable updates of one commit group (or several, under load): one frame per connection, one bus message. */
  private readonly fanOut = new UpdateBatch<Connection>(
    (update, except) => {
      this.broadcast(encodeUpdate(update), except);
      this.ctx.bus.publish({ kind: 'update', boardId: this.boardId, doc: this.kind, update, node: this.ctx.nodeId });
    },
    (flush) => new FlushPacer(flush, () => this.connections.size, queueMicrotask, UPDATE_PACING),
  );
  constructor(
    readonly boardId: string,
    readonly kind: DocKind,
    private readonly ctx: RoomContext,
    private readonly judge: Judge,
    /** Called with each accepted client update's verdict (the board records new records' authors). */
    private readonly onAccepted: (verdict: Extract<Verdict, { ok: true }>) => void = () => {},
  ) {
    this.name = docName(boardId, kind);
    this.presence = new RoomPresence(this.doc, boardId, kind, this.connections, ctx);
  }

  /** The room's presence (awareness): who is here. */
  get awareness() {
    return this.presence.awareness;
  }

  /** Greets a new connection: our state vector (so it sends what we miss) and who is here. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const present = this.presence.snapshotFor(connection);
    if (present) connection.send(present, 'presence');
  }

  leave(connection: Connection): void {
    this.connections.delete(connection);
    this.presence.leave(connection);
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
        return this.presence.applyFromClient(connection, message.update);
      case 'query-awareness': {
        // One byte asks for every presence state in the room: a costly request.
        connection.takeCostly('presence of everyone');
        const present = this.presence.snapshotFor(connection);
        if (present) connection.send(present, 'presence');
        return;
      }
      case 'permission-denied':
        // Only servers send this; a client sending it is confused but harmless.
        return;
      default:
        return unreachable(message);
    }
  }

  /** Applies an update or repair another node made durable; forwards (and reports) only what was new here. */
  applyFromBus(update: Uint8Array): boolean {
    const change = this.applyOrEvict(update, BUS_ORIGIN);
    if (change) this.broadcast(encodeUpdate(change), null);
    return change !== null;
  }

  applyAwarenessFromBus(update: Uint8Array): void {
    this.presence.applyFromBus(update);
  }

  /** Closes every connection of this document (board unloaded or evicted). */
  closeAll(reason: 'going-away' | 'unavailable', message: string): void {
    for (const connection of [...this.connections]) connection.close(reason, message);
  }

  destroy(): void {
    // Durable updates still waiting for the pacer go to the bus (and anyone left) first.
    this.fanOut.flushNow();
    this.presence.destroy();
    this.doc.destroy();
  }

  /**
   * Answers "here is my state vector" with everything the connection lacks. What that costs is
   * judged before it is paid: a reply that needs most of the board (a join, or a forged state
   * vector claiming to have nothing) takes from the connection's budget of costly requests.
   */
  private answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    const empty = isEmptyStateVector(stateVector);
    let has: Map<number, number>;
    try {
      has = empty ? new Map() : Y.decodeStateVector(stateVector);
    } catch {
      throw new AppError('malformed-message', 'malformed state vector');
    }
    if (empty || isCostly(missingClocks(this.doc, has), totalClocks(this.doc))) connection.takeCostly('the whole board');
    const update = empty ? this.fullState.get() : Y.encodeStateAsUpdate(this.doc, stateVector);
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
    // Nothing new (a joiner's empty sync step 2, a replay): no transaction to run.
    if (outcome.inspection.fresh === 0 && outcome.inspection.deletions === 0) return;
    const change = this.applyOrEvict(update, connection satisfies Origin);
    if (!change) return;
    // A failed commit evicts the board (the pipeline's failure handler); the sender hears 4503 then.
    this.commitThenFanOut(change, connection, received).catch(() => {});
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

const isCostly = (missing: number, total: number) => missing > COSTLY_MISSING_CLOCKS || (missing > 0 && missing * 4 >= total);

function totalClocks(doc: Y.Doc): number {
  let total = 0;
  for (const client of doc.store.clients.keys()) total += Y.getState(doc.store, client);
  return total;
}

/** Clock units of the document that a state vector does not cover: how much of the board a reply would carry. */
function missingClocks(doc: Y.Doc, has: Map<number, number>): number {
  let missing = 0;
  for (const client of doc.store.clients.keys()) missing += Math.max(0, Y.getState(doc.store, client) - (has.get(client) ?? 0));
  return missing;
}

/** A state vector with no clients: a fresh joiner, who gets the cached full state. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
