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

  /** The server half, handed to `relay.connect`. */
  readonly serverSide: RelaySocket = {
    send: (frame) => {
      if (!this.closedWith) this.received.push(frame.slice());
    },
    close: (code, reason) => {
      this.closedWith ??= { code, reason };
    },
    bufferedAmount: 0,
  };

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
