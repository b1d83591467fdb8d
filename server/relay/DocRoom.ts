/**
 * One live Yjs document of a board (content or session) and the connections that opened it.
 *
 * The path of a client's update: wait for the end of the event loop's turn with the others that
 * arrived in it → check what it changes against the writer's role and the schema (UpdateGuard.ts)
 * → apply it to the in-memory doc (the turn's updates in one transaction), keeping the delta Yjs
 * actually integrated → queue that delta in the commit pipeline → once durable, send it to every other connection and
 * publish it on the bus. A refused update touches nothing; one that changes nothing is neither
 * stored nor sent. Sync replies are held behind pending commits, so no client ever receives
 * state the store could still lose; if applying ever fails half-way, the board is evicted and
 * reloaded from the store, so what is served never differs from what is stored.
 */
import * as Y from 'yjs';
import { encodePermissionDenied, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type RelayMessage } from '../../shared/protocol/messages';
import { AppError } from '../errors';
import type { StoredDoc } from '../store/DocStore';
import type { Connection } from './Connection';
import { docName, type DocKind } from './docNames';
import { BUS_ORIGIN, CLIENTS_ORIGIN, type Origin } from './origins';
import type { RoomContext } from './RoomContext';
import { appended } from './compactionPolicy';
import { FlushPacer, UPDATE_PACING } from './FlushPacer';
import { RoomPresence } from './RoomPresence';
import { UpdateBatch } from './UpdateBatch';
import { ApplyFailed, applyAsSent, applyCapturing, captureChanges } from './applyCapturing';
import { FullStateCache } from './FullStateCache';
import { type GuardOutcome, guardUpdate, type Judge } from './UpdateGuard';
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
  private destroyed = false;
  /**
   * What a joiner asking for the whole board is sent, encoded once per change: the sync step 2
   * frame itself, so a join storm shares one buffer instead of copying the board per joiner.
   */
  private readonly fullState = new FullStateCache(this.doc, encodeSyncStep2);
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

  /** Applies the document as stored, in one transaction with `origin` (the store's: nothing is stored again). */
  load(stored: StoredDoc, origin: unknown): void {
    // Another node's update may have come over the bus while the store was being read.
    const untouched = isUntouched(this.doc);
    this.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(this.doc, update, origin);
    }, origin);
    // A snapshot with no log after it is the whole state, already encoded (and its garbage, the
    // text of what was deleted, collected) by the compaction that wrote it: the first joiner gets
    // those bytes instead of waiting 0.1–0.17 s while a 5,000-card board is encoded again.
    if (untouched && stored.logLength === 0 && stored.updates.length === 1) this.fullState.seed(stored.updates[0]!);
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
  closeAll(reason: 'going-away' | 'unavailable' | 'not-found', message: string): void {
    for (const connection of [...this.connections]) connection.close(reason, message);
  }

  destroy(): void {
    this.destroyed = true;
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
    this.applyIncoming();
    const empty = isEmptyStateVector(stateVector);
    let has: Map<number, number>;
    try {
      has = empty ? new Map() : Y.decodeStateVector(stateVector);
    } catch {
      throw new AppError('malformed-message', 'malformed state vector');
    }
    if (empty || isCostly(missingClocks(this.doc, has), totalClocks(this.doc))) connection.takeCostly('the whole board');
    const reply = empty ? this.fullState.get() : encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
    this.ctx.pipeline.afterPending(this.boardId, () => connection.send(reply));
  }

  /**
   * Client updates wait for the end of this turn of the event loop, then are checked and applied
   * in arrival order inside one transaction. Every Yjs transaction reads the whole state vector
   * twice (one entry per client id the board has ever seen: hundreds on a long session), so on
   * a busy board one transaction per turn rather than per update is most of the cost of applying.
   */
  private write(connection: Connection, update: Uint8Array): void {
    this.incoming.push({ connection, update, received: performance.now() });
    if (this.incoming.length === 1) setImmediate(this.applyIncoming);
  }

  private readonly incoming: IncomingUpdate[] = [];

  /**
   * Checks and applies the client updates received so far (normally at the end of the turn).
   * A sync reply and a shutdown take them first, so each message still acts after every one
   * received before it.
   */
  readonly applyIncoming = (): void => {
    if (this.incoming.length === 0) return;
    const queue = this.incoming.splice(0);
    // An unloaded or evicted room applies nothing more; the senders, disconnected, send their edits again on reconnecting.
    if (this.destroyed) return;
    try {
      let next = 0;
      while (next < queue.length) {
        // Updates that bring only new structs are their own deltas and share the transaction; one
        // that overlaps what the board has is applied alone, capturing what it really changed.
        let overlapping: { write: IncomingUpdate; outcome: AcceptedUpdate } | null = null;
        this.doc.transact(() => {
          while (next < queue.length && !overlapping) {
            const write = queue[next++]!;
            const outcome = this.check(write);
            if (!outcome) continue;
            if (outcome.inspection.overlaps || outcome.inspection.fresh === 0) overlapping = { write, outcome };
            else this.accept(write, outcome, applyAsSent(this.doc, write.update, write.connection));
          }
        }, CLIENTS_ORIGIN);
        if (overlapping) {
          const { write, outcome } = overlapping as { write: IncomingUpdate; outcome: AcceptedUpdate };
          const change = applyCapturing(this.doc, write.update, write.connection satisfies Origin);
          if (change) this.accept(write, outcome, change);
        }
      }
    } catch (error) {
      // Yjs failed part-way (or a bug after applying): the document may differ from what is stored,
      // so the board is evicted. What was accepted before is in the pipeline; the rest is dropped
      // with the connections, whose clients send it again on reconnecting.
      try {
        this.failed(error instanceof ApplyFailed ? error.cause : error);
      } catch {}
    }
  };

  /** The guard's verdict on one client update; null when it is refused or brings nothing. */
  private check({ connection, update }: IncomingUpdate): AcceptedUpdate | null {
    const started = performance.now();
    let outcome: GuardOutcome;
    try {
      outcome = guardUpdate(this.doc, update, connection, this.judge);
    } catch (error) {
      this.ctx.log.error({ err: error, boardId: this.boardId, doc: this.kind }, 'checking an update failed');
      connection.fail(new AppError('internal', 'internal error'));
      return null;
    }
    this.ctx.metrics.updateCheckSeconds.observe((performance.now() - started) / 1000);
    if (!outcome.ok) {
      // No client makes bytes that do not decode: that closes the connection like any malformed frame.
      if (outcome.kind === 'malformed') {
        this.ctx.log.warn({ boardId: this.boardId, connection: connection.id, reason: 'malformed-message', detail: outcome.reason }, 'closing connection');
        connection.fail(new AppError('malformed-message', outcome.reason));
        return null;
      }
      this.ctx.metrics.rejectedMessages.inc({ reason: 'update-refused' });
      this.ctx.log.info({ boardId: this.boardId, doc: this.kind, connection: connection.id, reason: outcome.reason }, 'update refused');
      // The sender is told why; the web client then starts again from the server's state.
      connection.send(encodePermissionDenied(outcome.reason));
      return null;
    }
    // Nothing new (a joiner's empty sync step 2, a replay): nothing to apply.
    if (outcome.inspection.fresh === 0 && outcome.inspection.deletions === 0) return null;
    return outcome;
  }

  /** An applied update: stored, then fanned out; its new records remembered. */
  private accept({ connection, received }: IncomingUpdate, outcome: AcceptedUpdate, change: Uint8Array): void {
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

interface IncomingUpdate {
  connection: Connection;
  update: Uint8Array;
  received: number;
}

type AcceptedUpdate = Extract<GuardOutcome, { ok: true }>;

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

/** Whether nothing at all was applied to the document yet, not even an update still waiting for what it depends on. */
function isUntouched(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0 && doc.store.pendingStructs === null && doc.store.pendingDs === null;
}

/** A state vector with no clients: a fresh joiner, who gets the cached full state. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
