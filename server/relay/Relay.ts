/**
 * The relay: owns loaded boards and their connections.
 *
 * Lifecycle of a board: loaded once when its first holder (a connection or an HTTP request)
 * arrives, even if fifty arrive together (one loading promise per board); unloaded after a
 * final commit and compaction once the last holder has been gone for `unloadDelayMs`.
 */
import { randomUUID } from 'node:crypto';
import { migrateContent } from '../../shared/board/migrations';
import { decodeMessage, ProtocolError } from '../../shared/protocol/messages';
import type { Role } from '../../shared/board/types';
import type { RoomBus } from '../bus/RoomBus';
import { verifyParticipant } from '../auth/participantTokens';
import { AppError } from '../errors';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import type { DocStore, StoredDoc } from '../store/DocStore';
import { savePhaseVersion } from '../history/boardVersions';
import { BoardRoom } from './BoardRoom';
import { CommitPipeline } from './CommitPipeline';
import { compacted, shouldCompact, type LogStats } from './compactionPolicy';
import { Connection, type ConnectionInfo } from './Connection';
import { ConnectionRegistry } from './ConnectionRegistry';
import type { DocRoom } from './DocRoom';
import { DOC_KINDS, docName } from './docNames';
import { STORE_ORIGIN } from './origins';
import type { RelaySocket } from './RelaySocket';
import type { EvictionReason, RoomContext } from './RoomContext';

export interface RelayOptions {
  store: DocStore;
  bus: RoomBus;
  metrics: Metrics;
  log: Logger;
  maxFrameBytes: number;
  maxMessagesPerSecond: number;
  /** Bytes per second one connection may send, sustained (bursts of a few frames' worth). */
  maxBytesPerSecond?: number;
  maxConnectionsPerBoard: number;
  /** Connections this process holds at most, and from one network address. */
  maxConnections?: number;
  maxConnectionsPerAddress?: number;
  /** How often connections are pinged; one silent for twice as long is dropped (0: no heartbeat). */
  heartbeatIntervalMs?: number;
  compactAfterUpdates: number;
  unloadDelayMs: number;
  /** Identifies this process on the bus; random by default. */
  nodeId?: string;
  /**
   * Every this many ms each loaded board compares its state with the other nodes over the bus
   * and repairs differences (busRepair.ts), and closes connections whose link the store says
   * was rotated (linkCheck.ts); 0 (the default) for a bus that never loses messages.
   */
  busRepairIntervalMs?: number;
  /** How long after loading a board with a long log its compaction waits (see `compactAfterLoad`). */
  compactAfterLoadDelayMs?: number;
}

/**
 * A board loaded with a long log was live when a process died: its clients are reconnecting
 * right now, and serving them needs the cores more than a compaction does (compacting at once
 * slowed the first sync of a 5,000-card board after a crash by ~0.1 s, 0.93 → 1.04 s).
 */
const COMPACT_AFTER_LOAD_DELAY_MS = 2000;

/** Defaults of the limits tests and the bench may leave out; the config gives the real ones. */
export const RELAY_DEFAULTS = {
  maxBytesPerSecond: 1024 * 1024,
  maxConnections: 20_000,
  maxConnectionsPerAddress: 500,
  heartbeatIntervalMs: 15_000,
  /** A peer that reads nothing for this long has fallen behind: presence stops here… */
  shedPresenceAtBytes: 1024 * 1024,
  /** …and the connection is closed here, a dozen times a whole large board. */
  closeAtBufferedBytes: 32 * 1024 * 1024,
} as const;

const BOARD_DELETED = 'this board was deleted from the server';

interface BoardSlot {
  promise: Promise<BoardRoom>;
  board: BoardRoom | null;
  /** Connections and HTTP requests holding the board, including those still waiting for it. */
  holders: number;
  unloadTimer: NodeJS.Timeout | null;
  unloading: Promise<void> | null;
}

export class Relay {
  readonly pipeline: CommitPipeline;
  /** Every live connection: global and per-address caps, and the heartbeat. */
  readonly connections: ConnectionRegistry;
  private readonly ctx: RoomContext;
  private readonly boards = new Map<string, BoardSlot>();
  /** Boards being deleted: nobody may load them meanwhile, or a join could write to a board that is going. */
  private readonly deleting = new Set<string>();
  private nextConnectionId = 1;
  private closing = false;
  private readonly repairTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: RelayOptions) {
    const { store, metrics, log } = options;
    const heartbeatIntervalMs = options.heartbeatIntervalMs ?? RELAY_DEFAULTS.heartbeatIntervalMs;
    this.connections = new ConnectionRegistry({
      maxConnections: options.maxConnections ?? RELAY_DEFAULTS.maxConnections,
      maxConnectionsPerAddress: options.maxConnectionsPerAddress ?? RELAY_DEFAULTS.maxConnectionsPerAddress,
      heartbeatIntervalMs,
      deadAfterMs: heartbeatIntervalMs * 2,
    });
    this.pipeline = new CommitPipeline(store, {
      committed: (seconds, updates) => {
        metrics.storeCommitSeconds.observe(seconds);
        metrics.commitBatchSize.observe(updates);
      },
      failed: (boards, error) => {
        log.error({ err: error, boards: [...boards] }, 'store commit failed; evicting affected boards');
        for (const boardId of boards) this.evict(boardId);
      },
    });
    this.ctx = {
      nodeId: options.nodeId ?? randomUUID(),
      pipeline: this.pipeline,
      bus: options.bus,
      metrics,
      log,
      afterCommit: (room) => this.maybeCompact(room),
      readLinkHashes: async (boardId) => (await store.getBoard(boardId))?.linkHashes ?? null,
      evict: (boardId, why) => this.evict(boardId, why),
    };
    if (options.busRepairIntervalMs) {
      this.repairTimer = setInterval(() => {
        for (const slot of this.boards.values()) {
          if (slot.unloading || !slot.board) continue;
          slot.board.announceState();
          // The bus may also have lost a `link-rotated` (linkCheck.ts).
          void slot.board.verifyLinks();
        }
      }, options.busRepairIntervalMs);
      this.repairTimer.unref();
    }
  }

  /** Number of live connections on a board of this process (0 when not loaded). */
  connectionCount(boardId: string): number {
    return this.boards.get(boardId)?.board?.connectionCount ?? 0;
  }

  isLoaded(boardId: string): boolean {
    return this.boards.get(boardId)?.board != null;
  }

  /**
   * Accepts an authenticated socket. Frames are buffered from this moment, so nothing sent
   * while the board loads is lost; they are replayed once the room is ready.
   */
  connect(socket: RelaySocket, info: ConnectionInfo): Connection {
    const { metrics, log } = this.options;
    const connection = new Connection(
      this.nextConnectionId++,
      socket,
      info,
      {
        maxFrameBytes: this.options.maxFrameBytes,
        maxMessagesPerSecond: this.options.maxMessagesPerSecond,
        maxPendingBytes: this.options.maxFrameBytes * 2,
        maxBytesPerSecond: this.options.maxBytesPerSecond ?? RELAY_DEFAULTS.maxBytesPerSecond,
        // A whole frame of the largest size, twice over, may arrive at once (a restore, an offline backlog).
        maxBurstBytes: Math.max(this.options.maxFrameBytes * 2, this.options.maxBytesPerSecond ?? RELAY_DEFAULTS.maxBytesPerSecond),
        shedPresenceAtBytes: RELAY_DEFAULTS.shedPresenceAtBytes,
        closeAtBufferedBytes: Math.max(RELAY_DEFAULTS.closeAtBufferedBytes, this.options.maxFrameBytes * 4),
      },
      (reason) => metrics.rejectedMessages.inc({ reason }),
    );
    if (this.closing) {
      connection.close('going-away', 'the server is restarting; reconnect in a moment');
      return connection;
    }
    const refusal = this.connections.refusal(info.address);
    if (refusal) {
      connection.fail(new AppError('board-full', refusal));
      return connection;
    }
    this.connections.add(connection);
    const labels = { doc: info.doc, role: info.role };
    metrics.connections.inc(labels);
    connection.onClose(() => metrics.connections.dec(labels));
    this.acquire(info.boardId).then(
      (board) => {
        if (connection.closed) return this.release(info.boardId);
        if (board.connectionCount >= this.options.maxConnectionsPerBoard) {
          connection.fail(new AppError('board-full', 'this board has reached its connection limit'));
          return this.release(info.boardId);
        }
        if (info.participantToken !== undefined) {
          try {
            const participant = verifyParticipant(board.private.doc, info.participantToken, info.role);
            connection.participant = { id: participant.id, name: participant.name };
          } catch (error) {
            connection.fail(error instanceof AppError ? error : new AppError('identity-unknown', 'unknown participant identity'));
            return this.release(info.boardId);
          }
        }
        const room = board.room(info.doc);
        room.join(connection);
        connection.onClose(() => {
          room.leave(connection);
          this.release(info.boardId);
        });
        connection.attach((conn, frame) => this.dispatch(room, conn, frame));
      },
      (error: unknown) => {
        if (error instanceof AppError && error.reason === 'not-found') return connection.fail(error);
        log.error({ err: error, boardId: info.boardId }, 'board could not be loaded');
        connection.close('unavailable', 'the board could not be loaded; retrying');
      },
    );
    return connection;
  }

  /** Runs `fn` with the board loaded (HTTP reads and server-side writes). */
  async withBoard<T>(boardId: string, fn: (board: BoardRoom) => T | Promise<T>): Promise<T> {
    if (this.closing) throw new AppError('unavailable', 'the server is shutting down');
    const board = await this.acquire(boardId);
    try {
      return await fn(board);
    } finally {
      this.release(boardId);
    }
  }

  /** A link was rotated: close connections still holding the old one, here and on other nodes. */
  revokeLink(boardId: string, role: Role, currentHash: string): void {
    this.boards.get(boardId)?.board?.closeRevoked(role, currentHash);
    this.options.bus.publish({ kind: 'link-rotated', boardId, role, linkHash: currentHash, node: this.ctx.nodeId });
  }

  /**
   * Deletes a board for good (the operator's act): closes its connections here and on every
   * other node (they are told the board is gone, and do not reconnect), lets what was already
   * accepted finish committing and any compaction finish, then removes everything the store
   * holds for it. Resolves true when the board existed.
   */
  async deleteBoard(boardId: string): Promise<boolean> {
    this.deleting.add(boardId);
    try {
      const slot = this.boards.get(boardId);
      if (slot?.unloading) await slot.unloading;
      const board = slot && !slot.unloading ? await slot.promise.catch(() => null) : null;
      const compacting = board ? [board.content, board.session, board.private].map((room) => room.compacting) : [];
      this.evict(boardId, 'deleted');
      this.options.bus.publish({ kind: 'board-deleted', boardId, node: this.ctx.nodeId });
      await this.pipeline.drained();
      await Promise.all(compacting);
      return await this.options.store.deleteBoard(boardId);
    } finally {
      this.deleting.delete(boardId);
    }
  }

  /** Stops accepting, closes every socket, commits what is pending and compacts every board. */
  async shutdown(): Promise<void> {
    this.closing = true;
    this.connections.stop();
    if (this.repairTimer) clearInterval(this.repairTimer);
    const slots = [...this.boards.entries()];
    for (const [, slot] of slots) {
      if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
      slot.board?.applyIncoming();
      for (const connection of slot.board?.connections() ?? []) {
        connection.close('going-away', 'the server is restarting; reconnect in a moment');
      }
    }
    await this.pipeline.drained();
    await Promise.all(slots.map(([boardId, slot]) => slot.unloading ?? this.unload(boardId, slot)));
  }

  private dispatch(room: DocRoom, connection: Connection, frame: Uint8Array): void {
    const { metrics, log } = this.options;
    try {
      const message = decodeMessage(frame);
      metrics.messagesIn.inc({ type: message.type });
      room.handle(connection, message);
    } catch (error) {
      const appError =
        error instanceof AppError
          ? error
          : error instanceof ProtocolError
            ? new AppError('malformed-message', error.message)
            : new AppError('internal', 'internal error');
      if (appError.reason === 'internal') log.error({ err: error, boardId: room.boardId }, 'message handler failed');
      else log.warn({ boardId: room.boardId, connection: connection.id, reason: appError.reason, detail: appError.message }, 'closing connection');
      connection.fail(appError);
    }
  }

  private acquire(boardId: string): Promise<BoardRoom> {
    if (this.deleting.has(boardId)) return Promise.reject(new AppError('not-found', BOARD_DELETED));
    const slot = this.boards.get(boardId);
    if (slot?.unloading) return slot.unloading.then(() => this.acquire(boardId));
    if (slot) {
      slot.holders++;
      if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
      slot.unloadTimer = null;
      return slot.promise;
    }
    const fresh: BoardSlot = { promise: this.load(boardId), board: null, holders: 1, unloadTimer: null, unloading: null };
    this.boards.set(boardId, fresh);
    fresh.promise.then(
      (board) => {
        fresh.board = board;
      },
      () => {
        if (this.boards.get(boardId) === fresh) this.boards.delete(boardId);
      },
    );
    return fresh.promise;
  }

  private release(boardId: string): void {
    const slot = this.boards.get(boardId);
    if (!slot || slot.unloading) return;
    slot.holders = Math.max(0, slot.holders - 1);
    if (slot.holders > 0 || this.closing) return;
    slot.unloadTimer = setTimeout(() => {
      slot.unloadTimer = null;
      if (slot.holders === 0 && this.boards.get(boardId) === slot) void this.unload(boardId, slot);
    }, this.options.unloadDelayMs);
    slot.unloadTimer.unref();
  }

  private async load(boardId: string): Promise<BoardRoom> {
    const { store, metrics } = this.options;
    // The room subscribes to the bus before reading the store, so an update committed by
    // another node meanwhile is applied too (Yjs merges it whatever the order).
    const board = new BoardRoom(boardId, this.ctx);
    try {
      const [content, session, secret] = await Promise.all(DOC_KINDS.map((kind) => store.load(docName(boardId, kind))));
      board.load({ content: content!, session: session!, private: secret! }, STORE_ORIGIN);
      countStoredLog(board.content, content!);
      countStoredLog(board.session, session!);
      countStoredLog(board.private, secret!);
      board.content.change((doc) => migrateContent(doc));
      board.watchReveals();
      board.watchPhase((phase) => savePhaseVersion({ store, pipeline: this.pipeline, log: this.options.log }, board, phase));
    } catch (error) {
      board.destroy();
      throw error;
    }
    metrics.boardsLoaded.inc();
    this.compactAfterLoad(boardId, board);
    return board;
  }

  /**
   * A log of `compactAfterUpdates` or more at load time is usually one a crash left behind (a
   * graceful unload compacts): merge it soon rather than at the next write, which may not come
   * before the next crash, so that the next load does not replay it again (10,000 updates on a
   * 5,000-card board: ~0.1 s). Safe beside any other compaction of the same document.
   */
  private compactAfterLoad(boardId: string, board: BoardRoom): void {
    const rooms = [board.content, board.session, board.private];
    if (!rooms.some((room) => shouldCompact(room, this.options.compactAfterUpdates))) return;
    const timer = setTimeout(() => {
      const slot = this.boards.get(boardId);
      // Unloading compacts by itself; an evicted or reloaded board is not ours to touch.
      if (this.closing || slot?.board !== board || slot.unloading) return;
      for (const room of rooms) this.maybeCompact(room);
    }, this.options.compactAfterLoadDelayMs ?? COMPACT_AFTER_LOAD_DELAY_MS);
    timer.unref();
  }

  private unload(boardId: string, slot: BoardSlot): Promise<void> {
    const { store, log, metrics } = this.options;
    slot.unloading = (async () => {
      const board = await slot.promise.catch(() => null);
      if (!board) return;
      await this.pipeline.drained();
      const rooms = [board.content, board.session, board.private];
      await Promise.all(rooms.map((room) => room.compacting));
      board.destroy();
      metrics.boardsLoaded.dec();
      for (const room of rooms) {
        if (room.uncompacted === 0) continue;
        try {
          await store.compact(room.name);
          metrics.compactions.inc({ result: 'ok' });
        } catch (error) {
          metrics.compactions.inc({ result: 'error' });
          log.warn({ err: error, doc: room.name }, 'final compaction failed; the update log is kept');
        }
      }
    })().finally(() => {
      if (this.boards.get(boardId) === slot) this.boards.delete(boardId);
    });
    return slot.unloading;
  }

  /**
   * The store lost a commit: drop the board's memory so nothing non-durable is served. Or the
   * board was deleted: drop it and tell its connections it is gone.
   */
  private evict(boardId: string, why: EvictionReason = 'unavailable'): void {
    const slot = this.boards.get(boardId);
    if (!slot) return;
    this.boards.delete(boardId);
    if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
    const board = slot.board;
    if (!board) return;
    if (why === 'deleted') {
      board.content.closeAll('not-found', BOARD_DELETED);
      board.session.closeAll('not-found', BOARD_DELETED);
    } else {
      const message = 'the server could not save; your changes are kept and will be sent again on reconnect';
      board.content.closeAll('unavailable', message);
      board.session.closeAll('unavailable', message);
    }
    board.destroy();
    this.options.metrics.boardsLoaded.dec();
  }

  private maybeCompact(room: DocRoom): void {
    if (room.compacting || !shouldCompact(room, this.options.compactAfterUpdates)) return;
    const { store, log, metrics } = this.options;
    room.compacting = (async () => {
      // Yield first: compaction is background work and must not delay this tick's fan-out.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const before = { uncompacted: room.uncompacted, uncompactedBytes: room.uncompactedBytes };
      try {
        const merged = await store.compact(room.name);
        compacted(room, before, merged);
        metrics.compactions.inc({ result: 'ok' });
      } catch (error) {
        metrics.compactions.inc({ result: 'error' });
        log.warn({ err: error, doc: room.name }, 'compaction failed; will retry later');
      }
    })().finally(() => {
      room.compacting = null;
    });
  }
}

/** The log a document was loaded with (the store lists the snapshot first, then the log). */
function countStoredLog(room: LogStats, stored: StoredDoc): void {
  const bytes = (parts: Uint8Array[]) => parts.reduce((sum, part) => sum + part.byteLength, 0);
  room.uncompacted = stored.logLength;
  room.uncompactedBytes = bytes(stored.updates.slice(stored.updates.length - stored.logLength));
  room.storedBytes = bytes(stored.updates);
}
