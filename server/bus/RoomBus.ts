/**
 * Fan-out between relay processes. With one process the LocalBus is enough; with several,
 * a RedisBus carries each board's updates and awareness to every node that has it loaded.
 */
import type { Role } from '../../shared/board/types';
import type { DocKind } from '../relay/docNames';

export type BusMessage =
  | { kind: 'update'; boardId: string; doc: DocKind; update: Uint8Array; node: string }
  | { kind: 'awareness'; boardId: string; doc: DocKind; update: Uint8Array; node: string }
  /** A link was rotated: every node closes connections holding the old token. */
  | { kind: 'link-rotated'; boardId: string; role: Role; linkHash: string; node: string };

export interface RoomBus {
  readonly kind: string;
  /** Delivers to every subscriber of the board on other nodes (never back to `message.node`). */
  publish(message: BusMessage): void;
  /** Receives the board's messages from other nodes; returns an unsubscribe function. */
  subscribe(boardId: string, node: string, handler: (message: BusMessage) => void): () => void;
  /** Throws if the bus cannot be reached (used by /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
