/**
 * A loaded board: its content and session documents, who is connected, and the write rules
 * that depend on both (while the session is locked, only facilitators change content).
 */
import * as Y from 'yjs';
import { getCard } from '../../shared/board/cards';
import { observeSession, readSession } from '../../shared/board/session';
import { tallyVotes, votesRevealed, writeVoteTotals } from '../../shared/board/voting';
import { computeResults, readCriteria, scoresRevealed, writeScoreResults } from '../../shared/board/scoring';
import { readMeta } from '../../shared/board/meta';
import type { Phase, Role } from '../../shared/board/types';
import type { Connection } from './Connection';
import { DocRoom } from './DocRoom';
import type { DocKind } from './docNames';
import type { BusMessage } from '../bus/RoomBus';
import { answerState, publishLocalAwareness, publishState } from './busRepair';
import { closeRevokedLink, closeStaleLinks } from './linkCheck';
import { BUS_ORIGIN, STORE_ORIGIN } from './origins';
import type { RoomContext } from './RoomContext';

export class BoardRoom {
  readonly content: DocRoom;
  readonly session: DocRoom;
  /** Participants and ballots: loaded and written by the server only, never joined by a socket. */
  readonly private: DocRoom;
  /** HTTP requests currently reading the board; it stays loaded while any is running. */
  leases = 0;
  private destroyed = false;
  private loaded = false;
  private repairAfterLoad = false;
  private linkCheck: Promise<void> | null = null;
  private unsubscribeBus: (() => void) | null = null;

  constructor(
    readonly boardId: string,
    private readonly ctx: RoomContext,
  ) {
    this.content = new DocRoom(boardId, 'content', ctx, (connection) => this.contentWriteDenied(connection));
    this.session = new DocRoom(boardId, 'session', ctx, (connection) => (connection.role === 'facilitator' ? null : 'only facilitators change the session'));
    this.private = new DocRoom(boardId, 'private', ctx, () => 'private document');
    this.unsubscribeBus = ctx.bus.subscribe(
      boardId,
      ctx.nodeId,
      (message) => this.onBusMessage(message),
      () => this.repairFromPeers(),
    );
  }

  /**
   * Asks the other nodes for whatever this board may have missed on the bus (see busRepair.ts).
   * Before the board has been read from the store this waits, since the store read itself
   * may predate updates that were published before our subscription was live.
   */
  repairFromPeers(): void {
    if (this.destroyed) return;
    if (!this.loaded) {
      this.repairAfterLoad = true;
      return;
    }
    for (const room of [this.content, this.session, this.private]) {
      publishState(room, this.ctx);
      publishLocalAwareness(room, this.ctx);
    }
    // A `link-rotated` may have been lost in the same gap.
    void this.verifyLinks();
  }

  /** Periodic check that this node and the others hold the same state (catches any loss). */
  announceState(): void {
    if (this.destroyed || !this.loaded) return;
    for (const room of [this.content, this.session, this.private]) publishState(room, this.ctx);
  }

  /**
   * Closes connections whose link was rotated according to the store (see linkCheck.ts): one
   * read for the whole board, none without connections, and none while one is still running.
   */
  verifyLinks(): Promise<void> {
    if (this.linkCheck) return this.linkCheck;
    const connections = this.connections();
    if (this.destroyed || connections.length === 0) return Promise.resolve();
    this.linkCheck = closeStaleLinks(this.boardId, connections, this.ctx)
      .then(
        () => {},
        (error: unknown) => this.ctx.log.error({ err: error, boardId: this.boardId }, 'share link check failed'),
      )
      .finally(() => {
        this.linkCheck = null;
      });
    return this.linkCheck;
  }

  private onBusMessage(message: BusMessage): void {
    switch (message.kind) {
      case 'link-rotated':
        return this.closeRevoked(message.role, message.linkHash);
      case 'update':
        this.room(message.doc).applyFromBus(message.update);
        return;
      case 'awareness':
        return this.room(message.doc).applyAwarenessFromBus(message.update);
      case 'state':
        return answerState(this.room(message.doc), this.ctx, message);
      case 'repair':
        if (message.to !== this.ctx.nodeId) return;
        // A repair that changes something means the bus lost a message on the way here.
        if (this.room(message.doc).applyFromBus(message.update)) this.ctx.metrics.busRepairs.inc({ direction: 'applied' });
        return;
    }
  }

  room(kind: DocKind): DocRoom {
    return kind === 'content' ? this.content : kind === 'session' ? this.session : this.private;
  }

  get connectionCount(): number {
    return this.content.connections.size + this.session.connections.size;
  }

  connections(): Connection[] {
    return [...this.content.connections, ...this.session.connections];
  }

  /**
   * While the facilitator has votes (or expert scores) revealed, the session document carries
   * the totals (or results); hiding them clears them again. Ballots and marks themselves never
   * leave the private document.
   */
  watchReveals(): void {
    let votes = votesRevealed(this.session.doc);
    let scores = scoresRevealed(this.session.doc);
    const stop = observeSession(this.session.doc, () => {
      // Not from inside the observer: each publication is a transaction of its own.
      if (votesRevealed(this.session.doc) !== votes) {
        votes = !votes;
        queueMicrotask(() => this.publishVoteTotals());
      }
      if (scoresRevealed(this.session.doc) !== scores) {
        scores = !scores;
        queueMicrotask(() => this.publishScoreResults());
      }
    });
    const unsubscribe = this.unsubscribeBus;
    this.unsubscribeBus = () => {
      stop();
      unsubscribe?.();
    };
  }

  /**
   * Calls `onPhase` when the session moves to another phase here: by a facilitator connected to
   * this node, or by the server. A change delivered by the bus was reported on the node that
   * accepted it, and loading from the store changes nothing, so across all nodes every phase
   * change is reported once.
   */
  watchPhase(onPhase: (phase: Phase) => void): void {
    let phase = readSession(this.session.doc).phase;
    // afterTransaction rather than observeSession: it carries the transaction's origin.
    this.session.doc.on('afterTransaction', (transaction) => {
      const next = readSession(this.session.doc).phase;
      if (next === phase) return;
      phase = next;
      if (transaction.origin !== BUS_ORIGIN && transaction.origin !== STORE_ORIGIN) onPhase(next);
    });
  }

  /** Writes the current totals into the session document if revealed, clears them if not. */
  publishVoteTotals(): void {
    if (this.destroyed) return;
    const totals = votesRevealed(this.session.doc) ? tallyVotes(this.private.doc, (id) => getCard(this.content.doc, id as never) !== null) : null;
    this.session.change((doc) => writeVoteTotals(doc, totals));
  }

  /** Writes the current expert results into the session document if revealed, clears them if not. */
  publishScoreResults(): void {
    if (this.destroyed) return;
    const results = scoresRevealed(this.session.doc)
      ? computeResults(
          this.private.doc,
          readCriteria(this.session.doc, readMeta(this.content.doc).locale),
          (id) => getCard(this.content.doc, id as never) !== null,
        )
      : null;
    this.session.change((doc) => writeScoreResults(doc, results));
  }

  /** Closes connections of `role` that joined with a link other than the current one. */
  closeRevoked(role: Role, currentHash: string): void {
    for (const connection of this.connections()) {
      if (connection.role === role && connection.info.linkHash !== currentHash) closeRevokedLink(connection);
    }
  }

  /** Why a connection may not write content right now, or null if it may. */
  private contentWriteDenied(connection: Connection): string | null {
    switch (connection.role) {
      case 'facilitator':
        return null;
      case 'editor': {
        const session = readSession(this.session.doc);
        if (session.locked) return 'the board is locked by the facilitator';
        return session.phase === 'closed' ? 'the session is closed' : null;
      }
      case 'expert':
        return 'experts score initiatives; they do not change the board';
      default:
        return 'viewers cannot change the board';
    }
  }

  /** Loads stored updates into both documents (origin: store, so nothing is re-persisted). */
  load(stored: Record<DocKind, Uint8Array[]>, origin: unknown): void {
    for (const kind of ['content', 'session', 'private'] as const) applyAll(this.room(kind).doc, stored[kind], origin);
    this.loaded = true;
    if (this.repairAfterLoad) this.repairFromPeers();
  }

  destroy(): void {
    this.destroyed = true;
    this.unsubscribeBus?.();
    this.unsubscribeBus = null;
    this.content.destroy();
    this.session.destroy();
    this.private.destroy();
  }
}

function applyAll(doc: Y.Doc, updates: Uint8Array[], origin: unknown): void {
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update, origin);
  }, origin);
}
