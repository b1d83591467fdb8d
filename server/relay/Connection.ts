/**
 * One client's WebSocket as the relay sees it: who it is (role, link, participant), which
 * document it opened, what it may claim in presence, and what it may cost the server: messages
 * and bytes per second in, costly requests (a whole-board sync, every presence state) now and
 * then, and a send buffer that a peer which stopped reading cannot grow without bound.
 *
 * Frames that arrive before the board has loaded are buffered (a stock provider sends sync
 * step 1 immediately on open), then replayed in order once the room attaches.
 */
import type { Role } from '../../shared/board/types';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes';
import { AppError, closeCodeOf, closeReasonText, type ErrorReason } from '../errors';
import type { PublicDocKind } from './docNames';
import { RateLimiter } from './RateLimiter';
import type { RelaySocket } from './RelaySocket';

export interface ConnectionInfo {
  boardId: string;
  doc: PublicDocKind;
  role: Role;
  /** Hash of the link token it connected with, so rotating that link can close it. */
  linkHash: string;
  /** The participant identity it presented (`?p=`), checked once the board is loaded. */
  participantToken?: string | undefined;
  /** The client's network address, for per-address connection limits. */
  address?: string | undefined;
}

/** Who a connection writes as: its link's role and, once checked, its participant identity. */
export interface ConnectionWriter {
  role: Role;
  participant: { id: string; name: string } | null;
}

export interface ConnectionLimits {
  maxFrameBytes: number;
  maxMessagesPerSecond: number;
  /** Bytes of early frames we hold while the board loads. */
  maxPendingBytes: number;
  /** Bytes per second a connection may send us, sustained; bursts of `maxBurstBytes`. */
  maxBytesPerSecond: number;
  maxBurstBytes: number;
  /** Above this many bytes waiting in the send buffer, presence is not sent (it is refreshed anyway). */
  shedPresenceAtBytes: number;
  /** Above this many, the connection is closed (`too-slow`): the peer stopped reading. */
  closeAtBufferedBytes: number;
}

/**
 * Costly requests (a sync step 1 that needs most of the board, a query for every presence
 * state): two at once (the join, and one more), then one per five seconds. They cost the server
 * the whole board's encoding and its bytes on the wire, against the few bytes they take to ask.
 */
const COSTLY_BURST = 2;
const COSTLY_PER_SECOND = 1 / 5;

/** What a frame carries, for what to drop first when a peer falls behind. */
export type FrameKind = 'document' | 'presence';

export type FrameHandler = (connection: Connection, frame: Uint8Array) => void;

export class Connection {
  /** Awareness client ids this connection has published; it may not touch anyone else's. */
  readonly awarenessIds = new Set<number>();
  /** The participant it joined as (authors are checked against it); null when it presented none. */
  participant: { id: string; name: string } | null = null;
  /** Yjs client ids its updates brought that the document had never seen (see UpdateGuard.ts). */
  newClients = 0;
  private readonly limiter: RateLimiter;
  private readonly bytes: RateLimiter;
  private readonly costly = new RateLimiter(COSTLY_PER_SECOND, COSTLY_BURST);
  /** When we last heard from the peer (a frame or a pong), for the heartbeat. */
  lastHeard = performance.now();
  private pending: Uint8Array[] | null = [];
  private pendingBytes = 0;
  private handler: FrameHandler | null = null;
  private closedFlag = false;
  private readonly closeListeners: Array<() => void> = [];

  constructor(
    /** Unique within one relay; used in logs. */
    readonly id: number,
    readonly socket: RelaySocket,
    readonly info: ConnectionInfo,
    private readonly limits: ConnectionLimits,
    private readonly onReject: (reason: string) => void,
  ) {
    this.limiter = new RateLimiter(limits.maxMessagesPerSecond, limits.maxMessagesPerSecond * 5);
    this.bytes = new RateLimiter(limits.maxBytesPerSecond, limits.maxBurstBytes);
  }

  get role(): Role {
    return this.info.role;
  }

  get writer(): ConnectionWriter {
    return { role: this.info.role, participant: this.participant };
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Entry point for every incoming frame; enforces size and rate before anything else. */
  receive(frame: Uint8Array): void {
    if (this.closedFlag) return;
    this.heard();
    if (frame.byteLength > this.limits.maxFrameBytes) {
      this.fail(new AppError('payload-too-large', `frame of ${frame.byteLength} bytes exceeds the ${this.limits.maxFrameBytes}-byte limit`));
      return;
    }
    if (!this.limiter.take()) {
      this.fail(new AppError('rate-limited', 'too many messages; slow down and reconnect'));
      return;
    }
    if (!this.bytes.take(frame.byteLength)) {
      this.fail(new AppError('rate-limited', 'too much data; slow down and reconnect'));
      return;
    }
    if (this.handler) {
      this.handler(this, frame);
      return;
    }
    this.pendingBytes += frame.byteLength;
    if (this.pendingBytes > this.limits.maxPendingBytes) {
      this.fail(new AppError('payload-too-large', 'too much data sent before the board was ready'));
      return;
    }
    this.pending?.push(frame);
  }

  /** Starts dispatching: replays buffered frames in order, then handles new ones directly. */
  attach(handler: FrameHandler): void {
    this.handler = handler;
    const buffered = this.pending ?? [];
    this.pending = null;
    this.pendingBytes = 0;
    for (const frame of buffered) {
      if (this.closedFlag) return;
      handler(this, frame);
    }
  }

  /** Any sign of life from the peer. */
  heard(): void {
    this.lastHeard = performance.now();
  }

  /**
   * Takes one costly request from this connection's budget; throws `rate-limited` (closing it)
   * when the budget is spent.
   */
  takeCostly(what: string): void {
    if (!this.costly.take()) throw new AppError('rate-limited', `${what} asked too often; wait a few seconds`);
  }

  /**
   * Sends unless the peer has fallen behind: presence is dropped first (everyone re-sends it
   * within seconds), and a peer whose buffer passes the hard limit is closed.
   */
  send(frame: Uint8Array, kind: FrameKind = 'document'): void {
    if (this.closedFlag) return;
    const buffered = this.socket.bufferedAmount;
    if (buffered > this.limits.closeAtBufferedBytes) {
      this.fail(new AppError('too-slow', 'the connection fell too far behind; reconnect'));
      return;
    }
    if (kind === 'presence' && buffered > this.limits.shedPresenceAtBytes) {
      this.onReject('presence-shed');
      return;
    }
    this.socket.send(frame);
  }

  /** Drops a peer that stopped answering (no closing handshake: it would not answer that either). */
  terminate(): void {
    if (this.closedFlag) return;
    this.onReject('heartbeat-timeout');
    try {
      this.socket.terminate();
    } finally {
      this.markClosed();
    }
  }

  /** Closes this connection with the close code of the error's reason. */
  fail(error: AppError): void {
    this.onReject(error.reason);
    this.close(error.reason, error.message);
  }

  close(reason: ErrorReason | 'going-away', message: string): void {
    if (this.closedFlag) return;
    const code = reason === 'going-away' ? CLOSE_CODES.goingAway : closeCodeOf(reason);
    try {
      this.socket.close(code, closeReasonText(message));
    } finally {
      this.markClosed();
    }
  }

  /** The transport reports the socket closed (by the client or the network). */
  markClosed(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.pending = null;
    for (const listener of this.closeListeners.splice(0)) listener();
  }

  onClose(listener: () => void): void {
    if (this.closedFlag) listener();
    else this.closeListeners.push(listener);
  }
}
