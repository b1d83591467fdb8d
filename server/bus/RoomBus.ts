/**
 * Fan-out between relay processes. With one process the LocalBus is enough; with several,
 * a RedisBus carries each board's updates and awareness to every node that has it loaded.
 *
 * A networked bus may lose messages (broker restart, a subscriber reconnecting). It never
 * has to resend them: it reports a gap, and the relay repairs it with a state exchange
 * (`state` / `repair` below, the y-protocols sync steps 1 and 2 between nodes).
 */
import type { Role } from '../../shared/board/types';
import type { DocKind } from '../relay/docNames';

export type BusMessage =
  | { kind: 'update'; boardId: string; doc: DocKind; update: Uint8Array; node: string }
  | { kind: 'awareness'; boardId: string; doc: DocKind; update: Uint8Array; node: string }
  /** A link was rotated: every node closes connections holding the old token. */
  | { kind: 'link-rotated'; boardId: string; role: Role; linkHash: string; node: string }
  /** An operator deleted the board: every node closes its connections and drops it from memory. */
  | { kind: 'board-deleted'; boardId: string; node: string }
  /**
   * What `node` has of a document: its state vector and a digest of state vector plus delete
   * set (deletions do not move the state vector, so the vector alone would miss them). A node
   * whose digest differs answers with `repair`; unless `reply`, it also sends its own `state`
   * back, so one exchange syncs both ways.
   */
  | { kind: 'state'; boardId: string; doc: DocKind; stateVector: Uint8Array; digest: Uint8Array; reply: boolean; node: string }
  /** Answer to `state`: what `to` lacks, as one Yjs update (already durable on `node`). */
  | { kind: 'repair'; boardId: string; doc: DocKind; update: Uint8Array; to: string; node: string };

export type BusMessageKind = BusMessage['kind'];

export interface RoomBus {
  readonly kind: string;
  /**
   * Delivers to every subscriber of the board on other nodes (never back to `message.node`).
   * Never throws: a bus that is down drops the message and reports gaps once it is back.
   */
  publish(message: BusMessage): void;
  /**
   * Receives the board's messages from other nodes; returns an unsubscribe function.
   * `onGap` runs whenever messages of this board may have been missed: once the subscription
   * is live (it may lag the call), and after every reconnect. A bus that cannot lose
   * messages never calls it.
   */
  subscribe(boardId: string, node: string, handler: (message: BusMessage) => void, onGap?: () => void): () => void;
  /** Throws if the bus cannot be reached (used by /healthz); the error says why. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
