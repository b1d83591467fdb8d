/**
 * A loaded board: its content and session documents, the server's private one, who is
 * connected, and the judges of client updates, which need more than one document (the lock and
 * phase of the session gate content; the private document remembers who first wrote a record).
 */
import { getCard } from '../../shared/board/cards';
import { observeSession, readSession, readSessionField } from '../../shared/board/session';
import { tallyVotes, votesRevealed, writeVoteTotals } from '../../shared/board/voting';
import { computeResults, readCriteria, scoresRevealed, writeScoreResults } from '../../shared/board/scoring';
import { readMeta } from '../../shared/board/meta';
import { readFirstSeen, recordFirstSeen } from '../../shared/board/firstSeen';
import { canEditContent, canRunSession, contentRefusal } from '../../shared/board/rules';
import type { Phase, Role } from '../../shared/board/types';
import { judgeContentUpdate, judgeSessionUpdate, type PolicyContext, type Verdict } from '../../shared/board/updatePolicy';
import type { Inspection } from '../../shared/protocol/updateInspection';
import { unreachable } from '../../shared/unreachable';
import type { Connection } from './Connection';
import { DocRoom } from './DocRoom';
import type { DocKind } from './docNames';
import type { BusMessage } from '../bus/RoomBus';
import type { StoredDoc } from '../store/DocStore';
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
    this.content = new DocRoom(
      boardId,
      'content',
      ctx,
      (connection, inspection) => this.judgeContent(connection, inspection),
      (verdict) => this.rememberCreated(verdict),
    );
    this.session = new DocRoom(boardId, 'session', ctx, (connection, inspection) => this.judgeSession(connection, inspection));
    this.private = new DocRoom(boardId, 'private', ctx, () => ({ ok: false, reason: 'the private document is the server’s' }));
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
      case 'board-deleted':
        return this.ctx.evict(this.boardId, 'deleted');
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
      default:
        return unreachable(message);
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
    void this.session.change((doc) => writeVoteTotals(doc, totals));
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
    void this.session.change((doc) => writeScoreResults(doc, results));
  }

  /** Closes connections of `role` that joined with a link other than the current one. */
  closeRevoked(role: Role, currentHash: string): void {
    for (const connection of this.connections()) {
      if (connection.role === role && connection.info.linkHash !== currentHash) closeRevokedLink(connection);
    }
  }

  private policyContext(doc: DocRoom): PolicyContext {
    // Two fields, not the whole session state: this runs for every client update.
    const session = { locked: readSessionField(this.session.doc, 'locked'), phase: readSessionField(this.session.doc, 'phase') };
    return {
      doc: doc.doc,
      session,
      firstSeen: (_collection, id) => readFirstSeen(this.private.doc, id),
    };
  }

  private judgeContent(connection: Connection, inspection: Inspection): Verdict {
    const context = this.policyContext(this.content);
    // A connection that may write nothing at all sends nothing at all (a viewer's answer to sync step 1 is empty).
    if (!canEditContent(connection.role, context.session) && !isEmpty(inspection)) {
      return { ok: false, reason: contentRefusal(connection.role, context.session) ?? 'you cannot change the board' };
    }
    return judgeContentUpdate(inspection, connection.writer, context);
  }

  private judgeSession(connection: Connection, inspection: Inspection): Verdict {
    if (!canRunSession(connection.role) && !isEmpty(inspection)) return { ok: false, reason: 'only facilitators change the session' };
    return judgeSessionUpdate(inspection, connection.writer, this.policyContext(this.session));
  }

  /** Remembers who first made each new card and comment, so an undo that brings one back may carry its author. */
  private rememberCreated(verdict: Extract<Verdict, { ok: true }>): void {
    if (verdict.created.length === 0 || this.destroyed) return;
    const records = verdict.created.filter((record) => readFirstSeen(this.private.doc, record.id) === null);
    if (records.length > 0) void this.private.change((doc) => recordFirstSeen(doc, records));
  }

  /** Loads the stored documents (origin: store, so nothing is re-persisted). */
  load(stored: Record<DocKind, StoredDoc>, origin: unknown): void {
    for (const kind of ['content', 'session', 'private'] as const) this.room(kind).load(stored[kind], origin);
    this.loaded = true;
    if (this.repairAfterLoad) this.repairFromPeers();
  }

  /** Applies what clients sent that is still waiting for the end of the turn (before a shutdown). */
  applyIncoming(): void {
    this.content.applyIncoming();
    this.session.applyIncoming();
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

/** An update with no structs and no deletions at all: what a read-only client answers to sync step 1. */
function isEmpty(inspection: Inspection): boolean {
  return inspection.fresh === 0 && inspection.deletions === 0;
}
