/**
 * The only view of a WebSocket the relay has. Adapters wrap `ws` (production) and an
 * in-memory pair (tests), so relay logic never depends on a transport library.
 */
export interface RelaySocket {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written; used to shed slow consumers. */
  readonly bufferedAmount: number;
}
