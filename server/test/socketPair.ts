/**
 * An in-memory socket pair for deterministic relay tests: the server side is a RelaySocket,
 * the client side records what the relay sent and can push frames in, with no network.
 */
import { decodeMessage, type RelayMessage } from '../../shared/protocol/messages';
import type { Connection } from '../relay/Connection';
import type { RelaySocket } from '../relay/RelaySocket';

export class TestClientSocket {
  readonly received: Uint8Array[] = [];
  closedWith: { code: number; reason: string } | null = null;
  connection: Connection | null = null;
  /** Bytes the "network" has not taken yet: what a peer that stopped reading leaves queued. */
  buffered = 0;
  /** A peer that no longer answers pings. */
  silent = false;
  pings = 0;

  /** The server half, handed to `relay.connect`. */
  readonly serverSide: RelaySocket;

  constructor() {
    const owner = this;
    this.serverSide = {
      send: (frame) => {
        if (!owner.closedWith) owner.received.push(frame.slice());
      },
      close: (code, reason) => {
        owner.closedWith ??= { code, reason };
      },
      terminate: () => {
        owner.closedWith ??= { code: 1006, reason: 'terminated' };
      },
      // Answers at once, as a live peer's WebSocket does; `silent` plays a peer that is gone.
      ping: () => {
        owner.pings++;
        if (!owner.silent) queueMicrotask(() => owner.connection?.heard());
      },
      get bufferedAmount() {
        return owner.buffered;
      },
    };
  }

  /** Sends a frame to the relay as if it came over the wire. */
  send(frame: Uint8Array): void {
    this.connection?.receive(frame);
  }

  /** The client hangs up. */
  hangUp(): void {
    this.closedWith ??= { code: 1000, reason: 'client closed' };
    this.connection?.markClosed();
  }

  /** Everything received so far, decoded. */
  messages(): RelayMessage[] {
    return this.received.map((frame) => decodeMessage(frame));
  }

  clear(): void {
    this.received.length = 0;
  }
}
