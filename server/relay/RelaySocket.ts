/**
 * The only view of a WebSocket the relay has. Adapters wrap `ws` (production) and an
 * in-memory pair (tests), so relay logic never depends on a transport library.
 */
export interface RelaySocket {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Drops the socket without a closing handshake (a peer that no longer answers cannot take part in one). */
  terminate(): void;
  /** Sends a WebSocket ping; the peer's pong reaches the connection as `heard()`. */
  ping(): void;
  /** Bytes queued but not yet written: what a peer that stopped reading leaves behind. */
  readonly bufferedAmount: number;
}
