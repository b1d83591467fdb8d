/**
 * One client's WebSocket as the relay sees it: who it is (role, link), which document it
 * opened, what it may claim in presence, and how fast it may talk.
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
  participantToken?: string;
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
}

export type FrameHandler = (connection: Connection, frame: Uint8Array) => void;

export class Connection {
  /** Awareness client ids this connection has published; it may not touch anyone else's. */
  readonly awarenessIds = new Set<number>();
  /** The participant it joined as (authors are checked against it); null when it presented none. */
  participant: { id: string; name: string } | null = null;
  /** Yjs client ids its updates brought that the document had never seen (see UpdateGuard.ts). */
  newClients = 0;
  private readonly limiter: RateLimiter;
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
    if (frame.byteLength > this.limits.maxFrameBytes) {
      this.fail(new AppError('payload-too-large', `frame of ${frame.byteLength} bytes exceeds the ${this.limits.maxFrameBytes}-byte limit`));
      return;
    }
    if (!this.limiter.take()) {
      this.fail(new AppError('rate-limited', 'too many messages; slow down and reconnect'));
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

  send(frame: Uint8Array): void {
    if (!this.closedFlag) this.socket.send(frame);
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
